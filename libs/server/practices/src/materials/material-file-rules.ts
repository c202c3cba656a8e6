import { uploadRules } from '@lr/server-core';

export { mediaType } from '@lr/server-core';

/** What a material's file may be: a case document or slide deck, or a short video clip (20 MB). */
const materialFiles = uploadRules({
  maxBytes: 20 * 1024 * 1024,
  types: {
    'application/pdf': 'pdf',
    'video/mp4': 'mp4',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
    'image/png': 'png',
    'image/jpeg': 'jpg',
  },
  refusal: 'cannot be uploaded',
  defaultName: 'material',
});

export const MAX_MATERIAL_BYTES = materialFiles.maxBytes;
export const MATERIAL_CONTENT_TYPES = materialFiles.types;
export const contentTypeProblem = materialFiles.typeProblem;
export const tooLargeMessage = materialFiles.tooLargeMessage;
export const safeFileName = materialFiles.fileName;
