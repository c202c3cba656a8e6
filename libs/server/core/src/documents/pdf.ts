import PDFDocument from 'pdfkit';

export type PdfDocument = PDFKit.PDFDocument;

export interface PdfOptions {
  /** Shown in the reader's title bar and document properties. */
  title: string;
  /** BCP 47, e.g. "fr": screen readers pick their voice from it. */
  language: string;
  size?: 'A4' | 'LETTER';
  layout?: 'portrait' | 'landscape';
}

/**
 * Renders a PDF with pdfkit (see docs/decisions/0012-documents.md) and returns its bytes. The
 * built-in Helvetica covers the Latin accents of en/fr/es; `draw` lays out the pages.
 * @example const bytes = await renderPdf({ title: 'Agenda', language: 'es' }, (doc) => doc.text('Día 1'));
 */
export function renderPdf(options: PdfOptions, draw: (doc: PdfDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({
    size: options.size ?? 'A4',
    layout: options.layout ?? 'portrait',
    margin: 50,
    lang: options.language,
    displayTitle: true,
    info: { Title: options.title, Creator: 'Learning Routes' },
    compress: true,
  });
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      draw(doc);
      doc.end();
    } catch (error) {
      reject(error);
    }
  });
}
