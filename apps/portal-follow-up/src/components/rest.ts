import { errorMessage } from '@lr/portal-graphql';
import { CombinedError } from 'urql';

/** The message of a REST error body (which has the GraphQL error shape), in the user's language. */
export async function problemOf(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
    return errorMessage(new CombinedError({ graphQLErrors: body.errors ?? [] })) || `HTTP ${res.status}`;
  } catch {
    return `HTTP ${res.status}`;
  }
}
