/** The file name a download's `Content-Disposition` gives (the exact `filename*` first), or the fallback. */
export function downloadName(res: Response, fallbackName: string): string {
  const disposition = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="([^"]+)"/i.exec(disposition)?.[1];
  try {
    return star ? decodeURIComponent(star) : (plain ?? fallbackName);
  } catch {
    return plain ?? fallbackName;
  }
}

/** Hands a fetched body to the browser as a download (a link to the blob, clicked once). */
export async function saveDownload(res: Response, fallbackName: string): Promise<void> {
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = downloadName(res, fallbackName);
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The first error of a REST answer (the GraphQL error shape): its code, message and values. */
export async function refusalOf(res: Response): Promise<{ code?: string; message: string; extensions: Record<string, unknown> }> {
  try {
    const body = (await res.json()) as { errors?: { message?: string; extensions?: Record<string, unknown> }[] };
    const first = body.errors?.[0];
    const extensions = first?.extensions ?? {};
    return { code: typeof extensions['code'] === 'string' ? extensions['code'] : undefined, message: first?.message ?? `HTTP ${res.status}`, extensions };
  } catch {
    return { message: `HTTP ${res.status}`, extensions: {} };
  }
}

/** A list's filters as query parameters: empty values left out, several values joined by commas. */
export function filterQuery(filters: Record<string, string | number | boolean | readonly string[] | null | undefined>): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) query.set(key, value.join(','));
    } else query.set(key, String(value));
  }
  return query;
}
