import { renderPdf, type PdfDocument } from '@lr/server-core';
import { sectionOrder } from '../reviews/review-sections';
import { calendarDate, dayOf, decimalFigure, moneyFigure } from './export-format';
import { PLAN_LABELS, sectionLabel, type PlanLabels } from './plan-labels';
import type { PlanPrint, PrintedActivity, PrintedObjective, PrintedReview } from './plan-print';
import { PdfTable, type PdfColumn } from './pdf-table';

/** Text sizes and the room a heading needs (itself and a few lines), or it starts a new page. */
const TEXT_SIZE = 10;
const HEADING_ROOM = 70;
const GREY = '#555555';
const DRAFT_RED = '#b00020';

const left = (doc: PdfDocument) => doc.page.margins.left;
const usableWidth = (doc: PdfDocument) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const roomLeft = (doc: PdfDocument) => doc.page.height - doc.page.margins.bottom - doc.y;

function heading(doc: PdfDocument, text: string): void {
  if (roomLeft(doc) < HEADING_ROOM) doc.addPage();
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).fillColor('#000000').text(text, left(doc), doc.y, { width: usableWidth(doc) });
  doc.moveDown(0.3);
}

/** A section's own text, or a dash when the plan leaves it empty (so "empty" is visible, not missing). */
function paragraph(doc: PdfDocument, text: string | null, labels: PlanLabels): void {
  if (text?.trim()) doc.font('Helvetica').fontSize(TEXT_SIZE).fillColor('#000000').text(text.trim(), { width: usableWidth(doc) });
  else doc.font('Helvetica-Oblique').fontSize(TEXT_SIZE).fillColor(GREY).text(labels.none);
}

/** "Label: value" as one paragraph, its lines wrapping at `indent` points from the margin. */
function fact(doc: PdfDocument, labels: PlanLabels, label: string, value: string, indent = 0): void {
  doc
    .font('Helvetica-Bold')
    .fontSize(TEXT_SIZE)
    .fillColor('#000000')
    .text(labels.labelled(label), left(doc) + indent, doc.y, { continued: true, width: usableWidth(doc) - indent });
  doc.font('Helvetica').text(value);
  doc.x = left(doc);
}

function header(doc: PdfDocument, plan: PlanPrint, labels: PlanLabels): void {
  doc.font('Helvetica').fontSize(11).fillColor(GREY).text(labels.actionPlan, { continued: !plan.version });
  if (!plan.version) doc.font('Helvetica-Bold').fillColor(DRAFT_RED).text(`  ${labels.draft.toUpperCase()}`);
  doc.font('Helvetica-Bold').fontSize(18).fillColor('#000000').text(plan.title || labels.none, { width: usableWidth(doc) });
  doc.moveDown(0.5);
  fact(doc, labels, labels.delegation, plan.delegation ?? labels.notSet);
  fact(doc, labels, labels.country, plan.country ?? labels.notSet);
  fact(doc, labels, labels.route, plan.route ?? labels.notSet);
  fact(doc, labels, labels.status, labels.statuses[plan.status]);
  if (plan.version) fact(doc, labels, labels.version, labels.versionLine(plan.version.number, dayOf(plan.version.submittedAt, plan.language)));
  else doc.font('Helvetica-Oblique').fontSize(TEXT_SIZE).fillColor(DRAFT_RED).text(labels.draftNote);
}

/** "12,5 %\n1 mars 2024": a figure and its date, each line only when set. */
function figureAndDate(value: string | null, date: string | null, unit: string | null, plan: PlanPrint, labels: PlanLabels): string {
  const figure = value !== null ? decimalFigure(value, plan.language, unit) : labels.notSet;
  return `${figure}\n${date ? calendarDate(date, plan.language, 'short') : labels.notSet}`;
}

function objectivesTable(doc: PdfDocument, plan: PlanPrint, labels: PlanLabels): void {
  if (!plan.objectives.length) return paragraph(doc, null, labels);
  const columns: PdfColumn[] = [
    { label: '#', width: 22 },
    { label: labels.statement, width: 138 },
    { label: labels.indicator, width: 115 },
    { label: labels.baseline, width: 110 },
    { label: labels.target, width: 110 },
  ];
  const table = new PdfTable(doc, columns);
  table.heads();
  plan.objectives.forEach((o: PrintedObjective, i) =>
    table.row([
      String(i + 1),
      o.statement ?? labels.notSet,
      o.indicator ?? labels.notSet,
      figureAndDate(o.baselineValue, o.baselineDate, o.unit, plan, labels),
      figureAndDate(o.targetValue, o.targetDate, o.unit, plan, labels),
    ]),
  );
}

function activitiesTable(doc: PdfDocument, plan: PlanPrint, labels: PlanLabels): void {
  if (!plan.activities.length) return paragraph(doc, null, labels);
  const columns: PdfColumn[] = [
    { label: '#', width: 22 },
    { label: labels.description, width: 130 },
    { label: labels.responsible, width: 95 },
    { label: labels.start, width: 63 },
    { label: labels.due, width: 63 },
    { label: labels.resourcesBudget, width: 122 },
  ];
  const table = new PdfTable(doc, columns);
  table.heads();
  const date = (d: string | null) => (d ? calendarDate(d, plan.language, 'short') : labels.notSet);
  plan.activities.forEach((a: PrintedActivity, i) => {
    const means = [a.resources?.trim() || null, a.budget ? moneyFigure(a.budget.minorUnits, a.budget.currency, plan.language) : null].filter(Boolean).join('\n');
    table.row([String(i + 1), a.description ?? labels.notSet, a.responsible ?? labels.notSet, date(a.startDate), date(a.dueDate), means || labels.notSet]);
  });
}

/** "objectives.2.targetDate" → "Objectif 2": where a SMART finding or a comment points, in words. */
function placeOf(path: string, labels: PlanLabels): string {
  const [list, position] = path.split('.');
  return sectionLabel(position && /^\d+$/.test(position) ? `${list}.${position}` : list, labels);
}

function smartSection(doc: PdfDocument, plan: PlanPrint, labels: PlanLabels): void {
  if (plan.smart.passes) {
    doc.font('Helvetica').fontSize(TEXT_SIZE).fillColor('#1b5e20').text(labels.smartPasses);
    return;
  }
  doc.font('Helvetica-Bold').fontSize(TEXT_SIZE).fillColor(DRAFT_RED).text(labels.smartFails(plan.smart.items.length));
  doc.font('Helvetica').fillColor('#000000');
  for (const item of plan.smart.items) doc.text(`• ${labels.labelled(placeOf(item.path, labels))}${labels.smartRules[item.rule]}`, left(doc) + 8, doc.y, { width: usableWidth(doc) - 8 });
  doc.x = left(doc);
}

function review(doc: PdfDocument, r: PrintedReview, plan: PlanPrint, labels: PlanLabels): void {
  if (roomLeft(doc) < HEADING_ROOM) doc.addPage();
  doc.moveDown(0.5).font('Helvetica-Bold').fontSize(TEXT_SIZE).fillColor('#000000').text(labels.reviewBy(r.reviewerName, dayOf(r.at, plan.language)), left(doc), doc.y, { width: usableWidth(doc) });
  fact(doc, labels, labels.recommendation, labels.recommendations[r.recommendation]);
  if (r.summary?.trim()) fact(doc, labels, labels.summary, r.summary.trim());
  const comments = [...r.comments].sort((a, b) => sectionOrder(a.section) - sectionOrder(b.section));
  for (const c of comments) fact(doc, labels, sectionLabel(c.section, labels), c.comment, 10);
}

/** What pdfkit keeps of the text being written: a paragraph cut by a page break goes on with it. */
interface TextState {
  _font: unknown;
  _fontSize: number;
  _fillColor: unknown;
}

/**
 * The plan's title and version at the top of a new page. Pages are added in the middle of a
 * paragraph that does not fit, and the paragraph goes on with pdfkit's current font, size and
 * colour once the page is there: the head is drawn without a line wrapper (which the paragraph
 * is using), in its own graphics state, and pdfkit's text state is put back as it was.
 */
function runningHead(doc: PdfDocument, text: string, color: string): void {
  const state = doc as unknown as TextState;
  const saved = { font: state._font, size: state._fontSize, fill: state._fillColor, x: doc.x, y: doc.y };
  doc.save().font('Helvetica').fontSize(8).fillColor(color);
  let head = text;
  while (head.length > 1 && doc.widthOfString(head) > usableWidth(doc)) head = `${head.slice(0, -2).trimEnd()}…`;
  doc.text(head, left(doc), 28, { lineBreak: false });
  doc.restore();
  Object.assign(state, { _font: saved.font, _fontSize: saved.size, _fillColor: saved.fill });
  doc.x = saved.x;
  doc.y = saved.y;
}

/**
 * A plan as a document in its own language: what it is (delegation, country, route, status,
 * which version and when, or the "Draft" mark), its sections and tables, the SMART check of
 * what is printed, and the reviews of that version. Every page after the first repeats the
 * plan's title and version at its top, so loose pages still say what they belong to.
 */
export function planPdf(plan: PlanPrint): Promise<Buffer> {
  const labels = PLAN_LABELS[plan.language];
  const which = plan.version ? `${labels.version} ${plan.version.number}` : labels.draft;
  return renderPdf({ title: `${labels.actionPlan} — ${plan.title} — ${which}`, language: plan.language }, (doc) => {
    doc.on('pageAdded', () => runningHead(doc, `${plan.title} — ${which}`, plan.version ? GREY : DRAFT_RED));
    header(doc, plan, labels);
    heading(doc, labels.context);
    paragraph(doc, plan.context, labels);
    heading(doc, labels.innovations);
    paragraph(doc, plan.innovations, labels);
    heading(doc, labels.practicesAdapted);
    if (plan.practices.length) doc.font('Helvetica').fontSize(TEXT_SIZE).fillColor('#000000').list(plan.practices, { bulletRadius: 1.5, width: usableWidth(doc) });
    else paragraph(doc, null, labels);
    heading(doc, labels.objectives);
    objectivesTable(doc, plan, labels);
    heading(doc, labels.activities);
    activitiesTable(doc, plan, labels);
    heading(doc, labels.expectedResults);
    paragraph(doc, plan.expectedResults, labels);
    heading(doc, labels.smartCheck);
    smartSection(doc, plan, labels);
    // A draft has no reviews: only submitted versions are reviewed.
    if (plan.version) {
      heading(doc, labels.reviews);
      if (!plan.reviews.length) paragraph(doc, labels.noReviews, labels);
      plan.reviews.forEach((r) => review(doc, r, plan, labels));
    }
  });
}
