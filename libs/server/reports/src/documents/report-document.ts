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

/** A money value as printed: its exact decimal and currency ("7068.00 GBP"), or a dash. */
export const moneyText = (m: { amount: string; currency: string } | null | undefined): string =>
  m ? `${m.amount} ${m.currency}` : '—';
