import i18next from 'i18next';
import type { SmartRule } from '../graphql/generated/graphql';

/** One finding of the SMART check as the API reports it. */
export interface SmartFinding {
  path: string;
  rule: SmartRule;
  message: string;
  itemId?: string | null;
}

/** Where a finding points: the plan itself, or a field of its n-th objective or activity (from 1). */
export type SmartPlace = { list: 'objectives' | 'activities'; number: number; field: string | null } | { list: null; field: string };

const t = (key: string, options?: Record<string, unknown>) => i18next.t(key as never, { ns: 'action-plans', ...options }) as string;

/** "objectives.2.targetDate" → objective 2, its target date; "objectives" → the plan's list of objectives. */
export function placeOf(path: string): SmartPlace {
  const [list, number, field] = path.split('.');
  if ((list === 'objectives' || list === 'activities') && number && /^\d+$/.test(number)) return { list, number: Number(number), field: field ?? null };
  return { list: null, field: path };
}

/** The findings about one objective's or activity's field (by the item's id, so a reordered list still matches). */
export function findingsOf(items: readonly SmartFinding[], itemId: string, field: string): SmartFinding[] {
  return items.filter((i) => i.itemId === itemId && placeOf(i.path).field === field);
}

/** What a rule asks for, in the user's language, as it is shown next to its field. */
export function smartRuleText(rule: string): string {
  return i18next.exists(`smartRules.${rule}`, { ns: 'action-plans' }) ? t(`smartRules.${rule}`) : rule;
}

/** Where a finding is, in words: "Objective 2", "Activity 1", "The plan". */
export function placeName(path: string): string {
  const place = placeOf(path);
  if (place.list === 'objectives') return t('objectiveNumber', { number: place.number });
  if (place.list === 'activities') return t('activityNumber', { number: place.number });
  return t('thePlan');
}

/** A finding in the user's language, with where it is: "Objective 2: give the date the target is due." */
export function smartFindingText(finding: Pick<SmartFinding, 'path' | 'rule'>): string {
  return t('smartEntry', { where: placeName(finding.path), problem: smartRuleText(finding.rule) });
}

/** The id of the field a finding points at in the editor, so the summary can link to it. */
export function anchorOf(finding: Pick<SmartFinding, 'path' | 'itemId'>): string {
  const place = placeOf(finding.path);
  if (place.list && finding.itemId) return `ap-${finding.itemId}-${place.field ?? 'item'}`;
  return `ap-${place.field}`;
}
