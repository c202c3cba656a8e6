import { uploadRules } from '@lr/server-core';

/** What evidence of progress may be: a document, a spreadsheet or a picture, up to 10 MB. */
export const evidenceFiles = uploadRules({
  maxBytes: 10 * 1024 * 1024,
  types: {
    'application/pdf': 'pdf',
    'image/jpeg': 'jpg',
    'image/png': 'png',
    'image/webp': 'webp',
    'text/csv': 'csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  },
  refusal: 'cannot be evidence',
  allowed: 'PDF, JPEG, PNG, WebP, CSV, XLSX, DOCX',
  defaultName: 'evidence',
});

/** The evidence's stored name: the uploaded one made safe, else "evidence-<report id's start>". */
export const evidenceFileName = (requested: string | undefined, reportId: string, type: string) => evidenceFiles.fileName(requested, `evidence-${reportId.slice(0, 8)}`, type);
