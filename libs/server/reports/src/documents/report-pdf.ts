import { renderPdf, type PdfDocument } from '@lr/server-core';
import { indicatorCounts } from '../report-parts';
import type { ReportCount } from '../report.types';
import { valueLabel } from '../texts/report-labels';
import { drawBars } from './report-charts';
import { moneyText, percentText, type ReportDocument } from './report-document';

const heading = (doc: PdfDocument, text: string) => {
  if (doc.y > doc.page.height - 150) doc.addPage();
  doc
    .moveDown(0.8)
    .font('Helvetica-Bold')
    .fontSize(13)
    .text(text)
    .font('Helvetica')
    .fontSize(10)
    .moveDown(0.3);
};
const line = (doc: PdfDocument, label: string, value: string | number) =>
  doc.text(`${label}: ${value}`);
const counts = (doc: PdfDocument, title: string, list: ReportCount[]) => {
  if (!list.length) return;
  doc.font('Helvetica-Bold').text(title).font('Helvetica');
  for (const c of list) doc.text(`  ${c.label}: ${c.count}`);
};

/** The report as a PDF in the document's language, with bars for plans by status, indicators by state and the budget. */
export function reportPdf(d: ReportDocument): Promise<Buffer> {
  const l = d.labels;
  const r = d.report;
  return renderPdf({ title: `${d.heading} — ${d.title}`, language: d.language }, (doc) => {
    doc
      .font('Helvetica-Bold')
      .fontSize(18)
      .text(d.heading)
      .fontSize(14)
      .text(d.title)
      .font('Helvetica')
      .fontSize(9)
      .text(`${l.generatedOn} ${d.generatedOn}`)
      .fontSize(10);

    if (d.routes.length) {
      heading(doc, l.routes);
      for (const route of d.routes)
        doc.text(
          `${route.title}: ${l.participants} ${route.report.participation.participants}, ${l.plans} ${route.report.plans.total}, ${l.indicators} ${route.report.indicators.total}`,
        );
    }

    heading(doc, l.participation);
    line(doc, l.delegations, r.participation.delegations);
    line(doc, l.participants, r.participation.participants);
    line(doc, l.selected, r.participation.selected);
    counts(doc, l.byCountry, r.participation.byCountry);
    counts(doc, l.bySector, r.participation.bySector);
    counts(doc, l.byGender, r.participation.byGender);
    counts(doc, l.byStatus, r.participation.byStatus);
    doc.font('Helvetica-Bold').text(l.delegations).font('Helvetica');
    for (const dl of r.participation.delegationRows)
      doc.text(
        `  ${dl.name} (${valueLabel(l, dl.kind)}): ${dl.participants} / ${l.selected} ${dl.selected}`,
      );

    heading(doc, l.practices);
    if (!r.practices.length) doc.text(l.none);
    for (const p of r.practices)
      doc.text(
        `${p.title} (${p.countryCode}) — ${l.isCase}: ${p.isCase ? l.yes : l.no}; ${l.sessions}: ${p.sessions}`,
      );

    heading(doc, l.agenda);
    line(doc, l.days, r.agenda.days);
    line(doc, l.sessions, r.agenda.sessions);
    line(doc, l.blockingFindings, r.agenda.blockingFindings ?? l.notShown);
    line(doc, l.warningFindings, r.agenda.warningFindings ?? l.notShown);
    counts(doc, l.byType, r.agenda.byType);

    heading(doc, l.plans);
    line(doc, l.total, r.plans.total);
    line(doc, l.fund, moneyText(r.plans.fund, d.language));
    line(doc, l.awarded, moneyText(r.plans.awarded, d.language));
    line(doc, l.awards, r.plans.awards);
    doc.moveDown(0.5);
    drawBars(
      doc,
      r.plans.byStatus.map((c) => ({ label: c.label, values: [c.count] })),
    );
    for (const p of r.plans.plans)
      doc.text(
        `${p.delegation} — ${p.title}: ${valueLabel(l, p.status)}${p.awarded ? `; ${l.awarded} ${moneyText(p.awarded, d.language)} (${p.awardKinds.map((k) => valueLabel(l, k)).join(', ')})` : ''}`,
      );

    heading(doc, l.indicators);
    line(doc, l.total, r.indicators.total);
    doc.moveDown(0.5);
    drawBars(
      doc,
      indicatorCounts(r.indicators, l).map((c) => ({ label: c.label, values: [c.count] })),
    );
    for (const i of r.indicators.indicators)
      doc.text(
        `${i.name}: ${valueLabel(l, i.status)}; ${l.progress} ${percentText(i.progressPercent, d.language)}`,
      );

    heading(doc, l.surveys);
    if (!r.surveys.length) doc.text(l.none);
    for (const s of r.surveys)
      doc.text(
        `${s.title}: ${l.invited} ${s.invited}; ${l.answered} ${s.answered}; ${l.responseRate} ${percentText(s.responseRate, d.language)}`,
      );

    heading(doc, l.budget);
    if (!r.budget) doc.text(l.notShown);
    else {
      line(doc, l.planned, moneyText(r.budget.planned, d.language));
      line(doc, l.actual, moneyText(r.budget.actual, d.language));
      line(doc, l.variance, moneyText(r.budget.variance, d.language));
      line(doc, l.burn, percentText(r.budget.burnPercent, d.language));
      doc.moveDown(0.5);
      const used = r.budget.categories.filter(
        (c) => Number(c.planned?.amount ?? 0) || Number(c.actual?.amount ?? 0),
      );
      drawBars(
        doc,
        used.map((c) => ({
          label: valueLabel(l, c.category),
          values: [Number(c.planned?.amount ?? 0), Number(c.actual?.amount ?? 0)],
          texts: [moneyText(c.planned, d.language), moneyText(c.actual, d.language)],
        })),
        [l.planned, l.actual],
      );
    }
  });
}
