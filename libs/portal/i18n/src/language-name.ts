/**
 * A language's name in another language, from the browser's own data, e.g.
 * languageName('fr', 'es') → 'francés'; the code itself if the browser does not know it.
 */
export function languageName(code: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
