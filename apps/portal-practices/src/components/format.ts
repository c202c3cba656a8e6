import { formatterFor } from '@lr/portal-i18n';

/** A score (0-5) as the language writes it, always with two decimals: 3.50, 3,50. */
export function formatScore(score: number, language: string): string {
  return formatterFor(language).number(score, 2);
}
