import type { Language } from '@lr/server-core';
import type { ProgrammeReport, RouteReport } from '../report.types';
import type { ReportLabels } from '../texts/report-labels';

/** What the PDF and the workbook print: one report, its title, and for a programme its routes. */
export interface ReportDocument {
  language: Language;
  labels: ReportLabels;
  /** "Route report" or "Programme report". */
  heading: string;
  /** The route's or programme's title in the language. */
  title: string;
  /** YYYY-MM-DD. */
  generatedOn: string;
  report: RouteReport | ProgrammeReport;
  /** A programme's routes, each with its title; empty for a route. */
  routes: { title: string; report: RouteReport }[];
}

/**
 * A money value as printed in the language, with its currency's code and decimals: "GBP 7,068.00",
 * "7 068,00 GBP", "7068,00 GBP"; a dash for none. Formatted from the exact decimal string, which
 * Intl formats digit for digit (a float would lose the cents of amounts beyond 2^53 minor units).
 * The code rather than a symbol: "$" does not say which dollar, and the PDF's Helvetica has no glyph
 * for most symbols (₹, ₦, ₱). Intl's no-break spaces become plain ones for the same font.
 */
export function moneyText(
  m: { amount: string; currency: string } | null | undefined,
  language: Language,
): string {
  if (!m) return '—';
  const format = new Intl.NumberFormat(language, {
    style: 'currency',
    currency: m.currency,
    currencyDisplay: 'code',
  });
  // Intl.NumberFormat formats a decimal string exactly (ES2023); TypeScript's lib types only numbers.
  return format.format(m.amount as unknown as number).replace(/[\u00a0\u2009\u202f]/g, ' ');
}

/**
 * A percentage as printed in the language, under a label that already says "(%)": the number
 * with the language's decimal separator and grouping ("66.7", "66,7", "1 234,5"), as many
 * decimals as the figure has (the modules give one, or none for a whole "40"); a dash for none.
 * Formatted from the decimal text, as amounts are, so nothing is rounded twice.
 */
export function percentText(value: string | number | null | undefined, language: Language): string {
  if (value === null || value === undefined || value === '') return '—';
  const text = String(value);
  const decimals = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
  const format = new Intl.NumberFormat(language, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  // As in moneyText: exact from the decimal string (ES2023), plain spaces for the PDF's font.
  return format.format(text as unknown as number).replace(/[\u00a0\u2009\u202f]/g, ' ');
}
