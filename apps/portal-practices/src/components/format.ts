/** A score (0-5) as the language writes it, always with two decimals: 3.50, 3,50. */
export function formatScore(score: number, language: string): string {
  return score.toLocaleString(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
