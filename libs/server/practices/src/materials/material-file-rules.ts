/** Largest file a material may have: a case document or slide deck, or a short video clip. */
export const MAX_MATERIAL_BYTES = 20 * 1024 * 1024;

/** The file types materials come in, with the extension a download gets. */
export const MATERIAL_CONTENT_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'video/mp4': 'mp4',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'image/png': 'png',
  'image/jpeg': 'jpg',
};

/** The media type of a Content-Type header, lower-cased and without parameters. */
export function mediaType(header: string | undefined): string | null {
  const type = header?.split(';')[0]?.trim().toLowerCase();
  return type || null;
}

/** Why a file of this type cannot be a material, or null when it can. */
export function contentTypeProblem(type: string | null): string | null {
  if (type && type in MATERIAL_CONTENT_TYPES) return null;
  const allowed = Object.values(MATERIAL_CONTENT_TYPES).join(', ');
  return `${type ? `files of type ${type}` : 'files without a Content-Type'} cannot be uploaded; allowed: ${allowed}`;
}

export function tooLargeMessage(): string {
  return `is larger than ${MAX_MATERIAL_BYTES / 1024 / 1024} MB`;
}

/**
 * A file name safe to store and to put in a Content-Disposition header: the name's last path
 * segment, without control characters, quotes or backslashes, with the type's extension.
 */
export function safeFileName(requested: string | undefined, fallbackBase: string, type: string): string {
  const extension = MATERIAL_CONTENT_TYPES[type] ?? 'bin';
  const lastSegment = (requested ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = [...lastSegment]
    .filter((ch) => ch.charCodeAt(0) > 0x1f && ch.charCodeAt(0) !== 0x7f && ch !== '"' && ch !== '\\')
    .join('')
    .trim()
    .slice(0, 200);
  const base = cleaned || fallbackBase.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 80) || 'material';
  return base.toLowerCase().endsWith(`.${extension}`) ? base : `${base}.${extension}`;
}
