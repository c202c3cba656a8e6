import { localize, renderPdf, type Language, type PdfDocument } from '@lr/server-core';
import type { AgendaLabels } from './agenda-labels';
import { countryName, dateRange, longDate, timeRange } from './export-format';
import type { RouteAgenda } from '../agenda/agenda-reads';
import type { SessionDetails } from './session-details';

/** The table's columns on a landscape A4 page (741 of the 741.9 points between the margins). */
const COLUMNS: { label: (l: AgendaLabels) => string; width: number }[] = [
  { label: (l) => l.time, width: 62 },
  { label: (l) => l.type, width: 95 },
  { label: (l) => l.session, width: 165 },
  { label: (l) => l.place, width: 135 },
  { label: (l) => l.casePractice, width: 115 },
  { label: (l) => l.champions, width: 99 },
  { label: (l) => l.interpretation, width: 70 },
];
const TABLE_WIDTH = COLUMNS.reduce((sum, c) => sum + c.width, 0);
const PAD = 4;
const BODY_SIZE = 9;
/** A day's heading needs room for itself, the column heads and one row, or it starts a new page. */
const HEADING_ROOM = 80;

const MS_PER_DAY = 86_400_000;
const dayNumber = (routeStart: string | null, date: string, index: number) =>
  routeStart ? Math.round((Date.parse(date) - Date.parse(routeStart)) / MS_PER_DAY) + 1 : index + 1;

function placeCell(d: SessionDetails, labels: AgendaLabels): string {
  const lines = [d.placeName, d.placeName ? d.placeAddress : (d.placeAddress ?? null), d.outsideCapital ? `(${labels.outsideCapital})` : null];
  return lines.filter(Boolean).join('\n');
}

class AgendaTable {
  constructor(
    private readonly doc: PdfDocument,
    private readonly labels: AgendaLabels,
  ) {}

  private get left() {
    return this.doc.page.margins.left;
  }

  private get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Room left on the page, in points. */
  get room() {
    return this.bottom - this.doc.y;
  }

  heads() {
    this.row(
      COLUMNS.map((c) => c.label(this.labels)),
      { bold: true, repeatHeads: false },
    );
  }

  /** One row; a row that does not fit starts a new page, where the column heads are repeated. */
  row(cells: string[], { bold = false, repeatHeads = true } = {}) {
    const doc = this.doc;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(BODY_SIZE);
    const height = Math.max(...cells.map((text, i) => doc.heightOfString(text || ' ', { width: COLUMNS[i].width - 2 * PAD }))) + 2 * PAD;
    if (height > this.room) {
      doc.addPage();
      if (repeatHeads) this.heads();
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(BODY_SIZE);
    }
    const top = doc.y;
    let x = this.left;
    cells.forEach((text, i) => {
      doc.fillColor('#000000').text(text, x + PAD, top + PAD, { width: COLUMNS[i].width - 2 * PAD });
      x += COLUMNS[i].width;
    });
    doc
      .moveTo(this.left, top + height)
      .lineTo(this.left + TABLE_WIDTH, top + height)
      .lineWidth(bold ? 1 : 0.5)
      .strokeColor(bold ? '#444444' : '#bbbbbb')
      .stroke();
    doc.x = this.left;
    doc.y = top + height;
  }
}

function drawHeader(doc: PdfDocument, agenda: RouteAgenda, routeTitle: string, language: Language, labels: AgendaLabels) {
  const { route } = agenda;
  doc.font('Helvetica').fontSize(11).fillColor('#555555').text(labels.agenda);
  doc.font('Helvetica-Bold').fontSize(18).fillColor('#000000').text(routeTitle);
  doc.moveDown(0.4).font('Helvetica').fontSize(10);
  doc.text(`${labels.dates}${labels.colon}${dateRange(route.startDate, route.endDate, language) ?? labels.notSet}`);
  doc.text(`${labels.hostCountry}${labels.colon}${countryName(route.hostCountryCode, language)}`);
  doc.text(`${labels.timeZone}${labels.colon}${agenda.timeZone} (${labels.localTimes})`);
  doc.moveDown();
}

/**
 * The printable agenda: the route's title, dates, host country and zone, then one section per
 * day (its date written in the language, its number and title) with a table of its sessions.
 */
export function agendaPdf(agenda: RouteAgenda, details: Map<string, SessionDetails>, language: Language, labels: AgendaLabels): Promise<Buffer> {
  const routeTitle = localize(agenda.route.title, language) ?? '';
  return renderPdf({ title: `${labels.agenda} — ${routeTitle}`, language, layout: 'landscape' }, (doc) => {
    drawHeader(doc, agenda, routeTitle, language, labels);
    const table = new AgendaTable(doc, labels);
    if (!agenda.days.length) doc.font('Helvetica-Oblique').fontSize(BODY_SIZE).text(labels.noSessions);
    agenda.days.forEach(({ day, sessions }, index) => {
      if (table.room < HEADING_ROOM) doc.addPage();
      const title = localize(day.title, language);
      const heading = `${longDate(day.date, language)} — ${labels.dayNumber(dayNumber(agenda.route.startDate, day.date, index))}${title ? `${labels.colon}${title}` : ''}`;
      doc.moveDown(0.6).font('Helvetica-Bold').fontSize(12).fillColor('#000000').text(heading, doc.page.margins.left, doc.y, { width: TABLE_WIDTH });
      doc.moveDown(0.3);
      if (!sessions.length) {
        doc.font('Helvetica-Oblique').fontSize(BODY_SIZE).text(labels.noSessions);
        return;
      }
      table.heads();
      for (const { session } of sessions) {
        const d = details.get(session.id);
        if (!d) continue;
        table.row([
          timeRange(session.startTime, session.endTime),
          d.type,
          d.title,
          placeCell(d, labels),
          d.casePractice ?? '',
          d.champions.join('\n'),
          d.interpretedLanguages.join(', '),
        ]);
      }
    });
  });
}
