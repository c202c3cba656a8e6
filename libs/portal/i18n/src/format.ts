import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** What the portal shows where a value is missing. */
export const EMPTY = '—';

type DateInput = string | Date | null | undefined;

/**
 * A calendar day as the API sends it ('2014-06-02') at local midnight, so it shows as that day
 * whatever the browser's time zone; a timestamp as the instant it names.
 */
export function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value);
}

/** Integer minor units ('100903800') as an exact decimal string ('1009038.00') for `digits` decimals. */
function decimalOf(minorUnits: string, digits: number): string {
  const negative = minorUnits.startsWith('-');
  const digitsOnly = (negative ? minorUnits.slice(1) : minorUnits).padStart(digits + 1, '0');
  const whole = digits ? `${digitsOnly.slice(0, -digits)}.${digitsOnly.slice(-digits)}` : digitsOnly;
  return negative ? `-${whole}` : whole;
}

export interface Formatter {
  language: string;
  /** A day or an instant, e.g. 2 June 2014 / 2 juin 2014; '—' when there is none. */
  date(value: DateInput, style?: 'short' | 'medium' | 'long'): string;
  /** A day and time, e.g. 2 Jun 2014, 14:05. */
  dateTime(value: DateInput): string;
  /** Two days as one range the language's way (3–10 Nov 2014); an open end shows as '…'. */
  dateRange(from: DateInput, to: DateInput): string;
  /** A number with the language's separators; `digits` fixes the decimals. */
  number(value: number | null | undefined, digits?: number): string;
  /** Money from exact minor units and its ISO currency: { minorUnits: '100903800', currency: 'GBP' } → £1,009,038.00. */
  money(value: { minorUnits: string; currency: string } | null | undefined): string;
  /** A file's size in the largest fitting unit, the language's way: 1,5 Mo, 1.5 MB, 820 kB. */
  fileSize(bytes: number | null | undefined): string;
}

/** Intl formatting in one language; `useFormat()` gives the one of the page's language. */
export function formatterFor(language: string): Formatter {
  const dateFormats = new Map<string, Intl.DateTimeFormat>();
  const dateFormat = (style: 'short' | 'medium' | 'long') => {
    if (!dateFormats.has(style)) dateFormats.set(style, new Intl.DateTimeFormat(language, { dateStyle: style }));
    return dateFormats.get(style) as Intl.DateTimeFormat;
  };
  const format: Formatter = {
    language,
    date: (value, style = 'medium') => (value ? dateFormat(style).format(toDate(value)) : EMPTY),
    dateTime: (value) => (value ? new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(toDate(value)) : EMPTY),
    dateRange(from, to) {
      if (!from && !to) return EMPTY;
      if (from && to) return dateFormat('medium').formatRange(toDate(from), toDate(to));
      return `${from ? format.date(from) : '…'} – ${to ? format.date(to) : '…'}`;
    },
    number: (value, digits) =>
      value === null || value === undefined
        ? EMPTY
        : new Intl.NumberFormat(language, digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value),
    money(value) {
      if (!value) return EMPTY;
      const currency = new Intl.NumberFormat(language, { style: 'currency', currency: value.currency });
      const digits = currency.resolvedOptions().maximumFractionDigits ?? 2;
      // A decimal string keeps every digit (Intl formats strings exactly); a float could not.
      return currency.format(decimalOf(value.minorUnits, digits) as unknown as number);
    },
    fileSize(bytes) {
      if (bytes === null || bytes === undefined) return EMPTY;
      const [unit, size] = bytes >= 1024 * 1024 ? (['megabyte', bytes / 1024 / 1024] as const) : bytes >= 1024 ? (['kilobyte', bytes / 1024] as const) : (['byte', bytes] as const);
      return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(size);
    },
  };
  return format;
}

/** The formatter of the page's language; re-renders when the language changes. */
export function useFormat(): Formatter {
  const { i18n } = useTranslation();
  return useMemo(() => formatterFor(i18n.language), [i18n.language]);
}
