import { errorMessage, fieldProblems, translateFieldProblem } from '@lr/portal-graphql';
import { CombinedError } from 'urql';

/** Helpers for the API's REST endpoints (CSV export, material files). */

/**
 * The first problem of a REST error body, which has the GraphQL error shape
 * `{ errors: [{ message, extensions: { code, fields?: [{ path, message, constraint? }] } }] }`,
 * in the user's language as the GraphQL errors are.
 */
export async function problemOf(res: Response): Promise<{ message: string; field?: string; code?: string }> {
  try {
    const body = (await res.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
    const error = new CombinedError({ graphQLErrors: body.errors ?? [] });
    const [field] = fieldProblems(error);
    const message = field ? translateFieldProblem(field) : errorMessage(error);
    return { message: message || `HTTP ${res.status}`, field: field?.path, code: error.graphQLErrors[0]?.extensions?.['code'] as string | undefined };
  } catch {
    return { message: `HTTP ${res.status}` };
  }
}

/** Hands a fetched body to the browser as a download named `fileName`. */
export async function saveResponse(res: Response, fallbackName: string): Promise<void> {
  const blob = await res.blob();
  const disposition = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="([^"]+)"/i.exec(disposition)?.[1];
  const name = star ? decodeURIComponent(star) : (plain ?? fallbackName);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Largest material file the API accepts, and its types (as material-file-rules.ts says). */
export const MAX_MATERIAL_BYTES = 20 * 1024 * 1024;
export const MATERIAL_TYPES = [
  'application/pdf',
  'video/mp4',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'image/png',
  'image/jpeg',
];
