import { ValidationError, type FieldProblem } from '@lr/server-core';

interface WeightRow {
  criterionId: string;
  weight: number;
}

/**
 * A set's weights are saved whole: each row names a criterion of the set, once, and every
 * criterion of the set has a row (the total the editor saw is the total saved). Each problem
 * names its row (`input.weights.2.criterionId`) and a constraint the portal words itself.
 */
export function checkWeightRows(criteria: readonly { id: string; code: string }[], rows: readonly WeightRow[]): void {
  const inSet = new Set(criteria.map((c) => c.id));
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  rows.forEach((row, i) => {
    const path = `input.weights.${i}.criterionId`;
    if (!inSet.has(row.criterionId)) problems.push({ path, message: 'is not a criterion of this set', constraint: 'criterionNotInSet' });
    else if (seen.has(row.criterionId)) problems.push({ path, message: 'names a criterion already given in an earlier row', constraint: 'criterionTwice' });
    seen.add(row.criterionId);
  });
  const missing = criteria.filter((c) => !seen.has(c.id)).map((c) => c.code);
  if (missing.length) problems.push({ path: 'input.weights', message: `must give every criterion of the set; missing ${missing.join(', ')}`, constraint: 'criteriaMissing' });
  if (problems.length) throw new ValidationError(problems);
}
