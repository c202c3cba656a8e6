/** A decimal string of the API ("12.5") as a number for drawing; null when there is none. */
export function numberOf(value: string | null | undefined): number | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** A day (YYYY-MM-DD) as a number of days, for placing it on a time axis. */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/** Today as YYYY-MM-DD, in the user's time zone (the date a value describes is a local day). */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A number shown in the user's language. */
export function formatNumber(value: string | number | null | undefined, language: string): string {
  if (value === null || value === undefined || value === '') return '—';
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(n) : String(value);
}
