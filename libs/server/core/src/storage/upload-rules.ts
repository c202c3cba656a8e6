/** The media type of a Content-Type header, lower-cased and without parameters. */
export function mediaType(header: string | undefined): string | null {
  const type = header?.split(';')[0]?.trim().toLowerCase();
  return type || null;
}

export interface UploadRuleOptions {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Accepted media types, each with the extension a download gets. */
  types: Readonly<Record<string, string>>;
  /** Ends the refusal of another type: "cannot be uploaded", "cannot be receipts". */
  refusal: string;
  /** How the allowed types are named to people; the extensions when not given. */
  allowed?: string;
  /** The file name when neither the upload nor the record gives one, e.g. "material". */
  defaultName: string;
}

export interface UploadRules {
  maxBytes: number;
  types: Readonly<Record<string, string>>;
  /** Why a file of this type cannot be uploaded, or null when it can. */
  typeProblem(type: string | null): string | null;
  /** Completes "The file …" when it is too large. */
  tooLargeMessage(): string;
  /**
   * A file name safe to store and to put in a Content-Disposition header: the requested name's
   * last path segment, without control characters, quotes or backslashes, else `fallbackBase`'s
   * words, with the type's extension.
   */
  fileName(requested: string | undefined, fallbackBase: string, type: string): string;
}

/**
 * What one kind of upload accepts (practice materials, expense receipts): the module's REST
 * endpoint checks the type and size before reading the body, and the service names the file.
 * @example const receipts = uploadRules({ maxBytes: 10 * 1024 * 1024, types: { 'application/pdf': 'pdf' }, refusal: 'cannot be receipts', defaultName: 'receipt' });
 */
export function uploadRules(options: UploadRuleOptions): UploadRules {
  const allowed = options.allowed ?? Object.values(options.types).join(', ');
  return {
    maxBytes: options.maxBytes,
    types: options.types,
    typeProblem(type) {
      if (type && type in options.types) return null;
      return `${type ? `files of type ${type}` : 'files without a Content-Type'} ${options.refusal}; allowed: ${allowed}`;
    },
    tooLargeMessage: () => `is larger than ${options.maxBytes / 1024 / 1024} MB`,
    fileName(requested, fallbackBase, type) {
      const extension = options.types[type] ?? 'bin';
      const lastSegment = (requested ?? '').split(/[\\/]/).pop() ?? '';
      const cleaned = [...lastSegment]
        .filter((ch) => ch.charCodeAt(0) > 0x1f && ch.charCodeAt(0) !== 0x7f && ch !== '"' && ch !== '\\')
        .join('')
        .trim()
        .slice(0, 200);
      const base = cleaned || fallbackBase.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 80) || options.defaultName;
      return base.toLowerCase().endsWith(`.${extension}`) ? base : `${base}.${extension}`;
    },
  };
}
