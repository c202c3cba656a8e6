import type { PdfDocument } from '@lr/server-core';

export interface Bar {
  label: string;
  value: number;
}

const BAR_COLOURS = ['#2f6f9f', '#d9822b'];
const LABEL_WIDTH = 150;
const BAR_HEIGHT = 12;

/**
 * Horizontal bars, one row per label, each row one bar per series (e.g. planned and actual),
 * scaled to the largest value, each with its figure printed at its end. Drawn with pdfkit's
 * vector shapes: no image library, and readers that extract text still find the figures.
 */
export function drawBars(
  doc: PdfDocument,
  rows: { label: string; values: number[]; texts?: string[] }[],
  series: string[] = [],
): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right - LABEL_WIDTH - 70;
  const max = Math.max(1, ...rows.flatMap((r) => r.values));
  if (series.length > 1) {
    let x = left + LABEL_WIDTH;
    series.forEach((name, i) => {
      doc.rect(x, doc.y + 2, 8, 8).fill(BAR_COLOURS[i % BAR_COLOURS.length]);
      doc
        .fillColor('#000')
        .fontSize(8)
        .text(name, x + 12, doc.y, { lineBreak: false });
      x += 20 + doc.widthOfString(name);
    });
    doc.moveDown(1.2);
  }
  for (const row of rows) {
    const rowHeight = row.values.length * (BAR_HEIGHT + 2) + 4;
    if (doc.y + rowHeight > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const top = doc.y;
    doc
      .fillColor('#000')
      .fontSize(9)
      .text(row.label, left, top + 1, { width: LABEL_WIDTH - 8, lineBreak: false, ellipsis: true });
    row.values.forEach((value, i) => {
      const y = top + i * (BAR_HEIGHT + 2);
      const w = Math.max(0, (value / max) * width);
      if (w > 0)
        doc.rect(left + LABEL_WIDTH, y, w, BAR_HEIGHT).fill(BAR_COLOURS[i % BAR_COLOURS.length]);
      doc
        .fillColor('#000')
        .fontSize(8)
        .text(row.texts?.[i] ?? String(value), left + LABEL_WIDTH + w + 4, y + 2, {
          lineBreak: false,
        });
    });
    doc.x = left;
    doc.y = top + rowHeight;
  }
  doc.fillColor('#000').fontSize(10);
  doc.moveDown(0.5);
}
