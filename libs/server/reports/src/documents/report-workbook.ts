import ExcelJS from 'exceljs';
import { minorDigits } from '@lr/server-core';
import { indicatorCounts } from '../report-parts';
import type { ReportCount } from '../report.types';
import { valueLabel } from '../texts/report-labels';
import type { ReportDocument } from './report-document';

type Cell = string | number | null;
interface Column {
  header: string;
  width?: number;
  /** Money columns: the currency shown by the cell's format. */
  currency?: string;
}

/** A sheet's name: Excel refuses : \ / ? * [ ] and more than 31 characters. */
const sheetName = (text: string) =>
  text
    .replace(/[:\\/?*[\]]/g, '')
    .trim()
    .slice(0, 31);

/** Exact decimal text as a number; money stays its decimal, only its display is formatted. */
const amount = (m: { amount: string } | null | undefined): number | null =>
  m ? Number(m.amount) : null;

/**
 * A money column's number format: grouped, with the currency's own decimals (none for JPY, three
 * for KWD) and its code; the spreadsheet shows it in the reader's locale, the cell stays a number.
 */
const currencyFormat = (currency: string) => {
  const digits = minorDigits(currency);
  return `#,##0${digits ? `.${'0'.repeat(digits)}` : ''} "${currency}"`;
};

function addSheet(
  book: ExcelJS.Workbook,
  name: string,
  columns: Column[],
  rows: Cell[][],
): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(sheetName(name), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width ?? Math.max(12, c.header.length + 2),
  }));
  sheet.addRows(rows);
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF2F6F9F' } };
  columns.forEach((c, i) => {
    if (c.currency) sheet.getColumn(i + 1).numFmt = currencyFormat(c.currency);
  });
  header.eachCell((cell) => (cell.numFmt = 'General'));
  return sheet;
}

const countRows = (title: string, list: ReportCount[]): Cell[][] =>
  list.map((c) => [title, c.label, c.count]);

/** The report as a workbook: one sheet per part, numbers as numbers, money with its currency's format. */
export async function reportWorkbook(d: ReportDocument): Promise<Buffer> {
  const l = d.labels;
  const r = d.report;
  const book = new ExcelJS.Workbook();
  book.creator = 'Learning Routes';
  book.title = `${d.heading} — ${d.title}`;

  if (d.routes.length) {
    addSheet(
      book,
      l.routes,
      [
        { header: l.name, width: 40 },
        { header: l.participants },
        { header: l.selected },
        { header: l.plans },
        { header: l.indicators },
      ],
      d.routes.map((x) => [
        x.title,
        x.report.participation.participants,
        x.report.participation.selected,
        x.report.plans.total,
        x.report.indicators.total,
      ]),
    );
  }

  const p = r.participation;
  addSheet(
    book,
    l.participation,
    [{ header: l.kind, width: 24 }, { header: l.value, width: 32 }, { header: l.count }],
    [
      [l.total, l.delegations, p.delegations],
      [l.total, l.participants, p.participants],
      [l.total, l.selected, p.selected],
      ...countRows(l.byCountry, p.byCountry),
      ...countRows(l.bySector, p.bySector),
      ...countRows(l.byGender, p.byGender),
      ...countRows(l.byStatus, p.byStatus),
      ...p.delegationRows.map((x) => [l.delegation, x.name, x.participants]),
    ],
  );

  addSheet(
    book,
    l.practices,
    [
      { header: l.practice, width: 48 },
      { header: l.country },
      { header: l.isCase },
      { header: l.sessions },
    ],
    r.practices.map((x) => [x.title, x.countryCode, x.isCase ? l.yes : l.no, x.sessions]),
  );

  addSheet(
    book,
    l.agenda,
    [{ header: l.value, width: 32 }, { header: l.count }],
    [
      [l.days, r.agenda.days],
      [l.sessions, r.agenda.sessions],
      [l.blockingFindings, r.agenda.blockingFindings],
      [l.warningFindings, r.agenda.warningFindings],
      ...r.agenda.byType.map((c) => [c.label, c.count]),
    ],
  );

  const fundCurrency = r.plans.fund?.currency;
  addSheet(
    book,
    l.plans,
    [
      { header: l.delegation, width: 28 },
      { header: l.plan, width: 48 },
      { header: l.status, width: 18 },
      { header: l.awarded, width: 16, currency: fundCurrency },
      { header: l.awardKinds, width: 28 },
    ],
    [
      ...r.plans.plans.map((x) => [
        x.delegation,
        x.title,
        valueLabel(l, x.status),
        amount(x.awarded),
        x.awardKinds.map((k) => valueLabel(l, k)).join(', '),
      ]),
      [l.total, l.fund, null, amount(r.plans.fund), null],
      [l.total, l.awards, r.plans.awards, amount(r.plans.awarded), null],
    ],
  );

  addSheet(
    book,
    l.indicators,
    [
      { header: l.indicator, width: 48 },
      { header: l.status, width: 18 },
      { header: l.progress },
      { header: l.targetDate },
    ],
    [
      ...r.indicators.indicators.map((x) => [
        x.name,
        valueLabel(l, x.status),
        x.progressPercent === null ? null : Number(x.progressPercent),
        x.targetDate,
      ]),
      ...indicatorCounts(r.indicators, l).map((c) => [l.total, c.label, c.count, null]),
    ],
  );

  addSheet(
    book,
    l.surveys,
    [
      { header: l.survey, width: 40 },
      { header: l.status },
      { header: l.invited },
      { header: l.answered },
      { header: l.responseRate },
    ],
    r.surveys.map((x) => [x.title, valueLabel(l, x.status), x.invited, x.answered, x.responseRate]),
  );

  const b = r.budget;
  addSheet(
    book,
    l.budget,
    [
      { header: l.category, width: 24 },
      { header: l.planned, width: 16, currency: b?.currency },
      { header: l.actual, width: 16, currency: b?.currency },
      { header: l.variance, width: 16, currency: b?.currency },
    ],
    b
      ? [
          ...b.categories.map((c) => [
            valueLabel(l, c.category),
            amount(c.planned),
            amount(c.actual),
            amount(c.variance),
          ]),
          [l.total, amount(b.planned), amount(b.actual), amount(b.variance)],
        ]
      : [[l.notShown, null, null, null]],
  );

  return Buffer.from(await book.xlsx.writeBuffer());
}
