import { errorMessage } from '@lr/portal-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CombinedError } from 'urql';
import { useSection } from './section-context';

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
 * Downloads a file of the API's (a plan's PDF, a route's CSV) with the session's credentials;
 * `busy` names the download under way, a refusal shows as a toast in the user's language.
 */
export function useDownload() {
  const { t } = useTranslation(['action-plans', 'common']);
  const { apiOrigin, authorizedFetch, notify } = useSection();
  const [busy, setBusy] = useState<string | null>(null);

  async function download(key: string, path: string, fallbackName: string) {
    setBusy(key);
    try {
      const res = await authorizedFetch(`${apiOrigin}${path}`);
      if (!res.ok) throw new Error(await problemOf(res));
      await saveResponse(res, fallbackName);
    } catch (err) {
      notify(t('downloadFailed', { message: err instanceof Error ? err.message : String(err) }), 'error');
    } finally {
      setBusy(null);
    }
  }

  return { busy, download };
}
