import { renderPdf } from '@lr/server-core';
import type { LetterContent } from './visa-letter-content';

/** Lays the letter out on one A4 page (a second if the body is long): letterhead, addressee, body, signature. */
export function renderVisaLetter(letter: LetterContent): Promise<Buffer> {
  return renderPdf({ title: letter.documentTitle, language: letter.language }, (doc) => {
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    doc.font('Helvetica-Bold').fontSize(14).text(letter.issuerName);
    doc.font('Helvetica').fontSize(9).fillColor('#444444');
    for (const line of letter.issuerAddressLines) doc.text(line);
    const ruleY = doc.y + 6;
    doc.moveTo(doc.page.margins.left, ruleY).lineTo(doc.page.margins.left + width, ruleY).lineWidth(0.5).strokeColor('#888888').stroke();
    doc.fillColor('#000000').fontSize(11).moveDown(2);
    doc.text(letter.placeAndDate, { align: 'right' }).moveDown(1.5);
    doc.text(letter.recipient).moveDown(1.5);
    doc.font('Helvetica-Bold').text(letter.subject).font('Helvetica').moveDown(1);
    doc.text(letter.salutation).moveDown(0.8);
    for (const paragraph of letter.paragraphs) doc.text(paragraph, { align: 'justify', width }).moveDown(0.8);
    doc.moveDown(0.4).text(letter.closing).moveDown(3);
    doc.font('Helvetica-Bold').text(letter.signatoryName).font('Helvetica');
    if (letter.signatoryTitle) doc.text(letter.signatoryTitle);
  });
}
