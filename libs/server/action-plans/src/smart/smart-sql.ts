/**
 * The SMART check as an SQL condition over `action_plan` (as `alias`), for the `smartPasses`
 * filter of a list: a page of plans filtered by it cannot be computed row by row in memory.
 * It states the rules of `smartCheck` again, so `test/smart.spec.ts` holds the two together:
 * a plan failing each rule alone, and one passing, must be sorted alike by both.
 */
export function smartPassesCondition(alias: string): string {
  const blank = (expression: string) => `coalesce(btrim(${expression}, E' \\t\\r\\n'), '') = ''`;
  const failingObjective = [
    `NOT EXISTS (SELECT 1 FROM jsonb_each_text(so.indicator) si WHERE NOT ${blank('si.value')})`,
    'so.baseline_value IS NULL',
    'so.baseline_date IS NULL',
    'so.target_value IS NULL',
    'so.target_date IS NULL',
    // numeric compares as numbers: 5 = 5.00
    'so.target_value = so.baseline_value',
    'so.target_date <= so.baseline_date',
  ].join(' OR ');
  const failingActivity = [
    'sa.responsible_person_id IS NULL AND sa.responsible_organisation_id IS NULL',
    'sa.start_date IS NULL',
    'sa.due_date IS NULL',
    'sa.start_date > sa.due_date',
    `${blank('sa.resources')} AND coalesce(sa.budget_minor, 0) <= 0`,
  ]
    .map((c) => `(${c})`)
    .join(' OR ');
  return `(EXISTS (SELECT 1 FROM action_plan_objective so WHERE so.plan_id = ${alias}.id)
    AND EXISTS (SELECT 1 FROM action_plan_activity sa WHERE sa.plan_id = ${alias}.id)
    AND NOT EXISTS (SELECT 1 FROM action_plan_objective so WHERE so.plan_id = ${alias}.id AND (${failingObjective}))
    AND NOT EXISTS (SELECT 1 FROM action_plan_activity sa WHERE sa.plan_id = ${alias}.id AND (${failingActivity})))`;
}
