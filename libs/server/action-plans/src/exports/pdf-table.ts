import type { PdfDocument } from '@lr/server-core';

export interface PdfColumn {
  label: string;
  width: number;
}

const PAD = 4;
export const BODY_SIZE = 9;

/**
 * A table drawn row by row: each row as tall as its tallest cell; a row that does not fit
 * starts a new page, where the column heads are repeated so a page never shows bare figures.
 */
export class PdfTable {
  private readonly width: number;

  constructor(
    private readonly doc: PdfDocument,
    private readonly columns: readonly PdfColumn[],
  ) {
    this.width = columns.reduce((sum, c) => sum + c.width, 0);
  }

  private get left() {
    return this.doc.page.margins.left;
  }

  private get room() {
    return this.doc.page.height - this.doc.page.margins.bottom - this.doc.y;
  }

  heads(): void {
    this.row(
      this.columns.map((c) => c.label),
      { bold: true, repeatHeads: false },
    );
  }

  row(cells: readonly string[], { bold = false, repeatHeads = true } = {}): void {
    const doc = this.doc;
    const font = bold ? 'Helvetica-Bold' : 'Helvetica';
    doc.font(font).fontSize(BODY_SIZE);
    const height = Math.max(...cells.map((text, i) => doc.heightOfString(text || ' ', { width: this.columns[i].width - 2 * PAD }))) + 2 * PAD;
    if (height > this.room) {
      doc.addPage();
      if (repeatHeads) this.heads();
      doc.font(font).fontSize(BODY_SIZE);
    }
    const top = doc.y;
    let x = this.left;
    cells.forEach((text, i) => {
      doc.fillColor('#000000').text(text, x + PAD, top + PAD, { width: this.columns[i].width - 2 * PAD });
      x += this.columns[i].width;
    });
    doc
      .moveTo(this.left, top + height)
      .lineTo(this.left + this.width, top + height)
      .lineWidth(bold ? 1 : 0.5)
      .strokeColor(bold ? '#444444' : '#bbbbbb')
      .stroke();
    doc.x = this.left;
    doc.y = top + height;
  }
}
