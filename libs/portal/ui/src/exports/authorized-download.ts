import { errorMessage } from '@lr/portal-graphql';
import type { SectionProps } from '@lr/portal-shell-contract';
import { useState } from 'react';
import { CombinedError } from 'urql';
import { saveDownload } from './save-download';

/**
 * A REST error body (which has the GraphQL error shape) as the GraphQL error it mirrors, so the
 * GraphQL error helpers read it; null when the body is not that shape's JSON.
 */
export async function restError(res: Response): Promise<CombinedError | null> {
  try {
    const body = (await res.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
    return new CombinedError({ graphQLErrors: body.errors ?? [] });
  } catch {
    return null;
  }
}

/** The message of a REST error body, in the user's language (as a GraphQL error's would be). */
export async function restProblem(res: Response): Promise<string> {
  const error = await restError(res);
  return (error && errorMessage(error)) || `HTTP ${res.status}`;
}

/** What a section needs to download with the session's credentials (its `useSection()`). */
export type DownloadSection = Pick<SectionProps, 'apiOrigin' | 'authorizedFetch' | 'notify'>;

/**
 * Fetches one of the API's files (`path` under the API origin) with the session's credentials
 * and hands it to the browser, named by the answer, else `fallbackName`. Resolves to the
 * refusal in the user's language, or undefined once the browser has the file.
 */
export async function fetchDownload(section: Pick<SectionProps, 'apiOrigin' | 'authorizedFetch'>, path: string, fallbackName: string): Promise<string | undefined> {
  try {
    const res = await section.authorizedFetch(`${section.apiOrigin}${path}`);
    if (!res.ok) return await restProblem(res);
    await saveDownload(res, fallbackName);
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/**
 * Downloads the API's files (a plan's PDF, an agenda, a receipt) for a section's buttons:
 * `busy` is the key of the download under way (for that button's spinner), and a refusal shows
 * as an error toast, worded by `failed` (the section's "download failed: …").
 *
 * @example const { busy, download } = useAuthorizedDownload(useSection(), (message) => t('downloadFailed', { message }));
 */
export function useAuthorizedDownload(section: DownloadSection, failed: (message: string) => string) {
  const [busy, setBusy] = useState<string | null>(null);

  async function download(key: string, path: string, fallbackName: string): Promise<void> {
    setBusy(key);
    const refused = await fetchDownload(section, path, fallbackName);
    setBusy(null);
    if (refused) section.notify(failed(refused), 'error');
  }

  return { busy, download };
}
