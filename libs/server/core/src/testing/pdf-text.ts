import { extractText, getDocumentProxy } from 'unpdf';

/** The text of every page of a PDF, joined, as a reader would extract it (tests read figures back). */
export async function pdfText(bytes: Buffer | Uint8Array): Promise<{ text: string; pages: number }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text, totalPages } = await extractText(pdf, { mergePages: true });
  return { text, pages: totalPages };
}
