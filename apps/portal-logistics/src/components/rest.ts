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

/** Hands a fetched body to the browser as a download named by the response, else `fallbackName`. */
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

/**
 * Fetches one of the API's documents (an agenda's iCalendar or PDF, a visa letter, a receipt)
 * with the session's token and saves it; resolves to the refusal in the user's language, or
 * undefined once the browser has the file.
 */
export async function download(fetcher: (url: string) => Promise<Response>, url: string, fallbackName: string): Promise<string | undefined> {
  try {
    const res = await fetcher(url);
    if (!res.ok) return await problemOf(res);
    await saveResponse(res, fallbackName);
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}
