/** The API's rule on one weight (AssessmentCriterion.weight): a whole number from 1 to 100. */
export const MIN_WEIGHT = 1;
export const MAX_WEIGHT = 100;

/** A typed weight as a whole number, or null while it is not one the API accepts. */
export function parseWeight(text: string): number | null {
  if (!/^\d{1,3}$/.test(text.trim())) return null;
  const weight = Number(text.trim());
  return weight >= MIN_WEIGHT && weight <= MAX_WEIGHT ? weight : null;
}

/**
 * The total of the valid weights typed so far. Weights are relative (a practice's score is
 * their weighted mean), so the total has no required value; each criterion counts for its
 * weight divided by the total.
 */
export function weightTotal(texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + (parseWeight(text) ?? 0), 0);
}

/** A criterion's share of the score, as a whole percentage (shares may not add to exactly 100 once rounded). */
export function sharePercent(text: string, total: number): number | null {
  const weight = parseWeight(text);
  return weight === null || total === 0 ? null : Math.round((weight / total) * 100);
}
