import { pdfText } from '../testing/pdf-text';
import { renderPdf } from './pdf';

describe('renderPdf', () => {
  it('writes a PDF whose text reads back, accents included', async () => {
    const bytes = await renderPdf({ title: 'Agenda', language: 'es' }, (doc) => {
      doc.fontSize(16).text('Día 1: nutrición en Ayacucho');
      doc.addPage().text('Segunda página');
    });
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, pages } = await pdfText(bytes);
    expect(pages).toBe(2);
    expect(text).toContain('Día 1: nutrición en Ayacucho');
    expect(text).toContain('Segunda página');
  });

  it('rejects when drawing fails', async () => {
    await expect(
      renderPdf({ title: 'Broken', language: 'en' }, () => {
        throw new Error('no data');
      }),
    ).rejects.toThrow('no data');
  });
});
