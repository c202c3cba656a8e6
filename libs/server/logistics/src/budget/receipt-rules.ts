import { uploadRules } from '@lr/server-core';

export { mediaType } from '@lr/server-core';

/** What a receipt may be: a PDF or a picture (a phone photo or a scanned invoice), up to 10 MB. */
const receiptFiles = uploadRules({
  maxBytes: 10 * 1024 * 1024,
  types: {
    'application/pdf': 'pdf',
    'image/jpeg': 'jpg',
    'image/png': 'png',
    'image/webp': 'webp',
    'image/heic': 'heic',
  },
  refusal: 'cannot be receipts',
  allowed: 'PDF, JPEG, PNG, WebP, HEIC',
  defaultName: 'receipt',
});

export const MAX_RECEIPT_BYTES = receiptFiles.maxBytes;
export const RECEIPT_CONTENT_TYPES = receiptFiles.types;
export const receiptTypeProblem = receiptFiles.typeProblem;
export const tooLargeMessage = receiptFiles.tooLargeMessage;

/** The receipt's stored name: the uploaded one made safe, else "receipt-<expense id's start>". */
export const receiptFileName = (requested: string | undefined, expenseId: string, type: string) => receiptFiles.fileName(requested, `receipt-${expenseId.slice(0, 8)}`, type);
