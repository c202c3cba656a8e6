import { registerEnumType } from 'type-graphql';
import { LANGUAGES, localize, moneyFromMinor, type Language, type LocalizedValue } from '@lr/server-core';
import { sameDecimal } from '../common/decimal';
import type { ActivitySnapshot, ObjectiveSnapshot, PlanSnapshot } from './plan-snapshot';

export enum PlanChangeKind {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
}
registerEnumType(PlanChangeKind, { name: 'PlanChangeKind', description: 'How a part of a plan changed between two versions' });

/** One difference between two versions of a plan. */
export interface PlanChange {
  /**
   * What changed: `title.es`, `practiceIds`, `objectives.2` (an objective added or removed),
   * `objectives.2.targetDate`, `activities.1.description.en`. Items are numbered from 1 as in
   * the newer version (a removed one as in the older).
   */
  path: string;
  kind: PlanChangeKind;
  /** The older value as text; null when ADDED. */
  before: string | null;
  /** The newer value as text; null when REMOVED. */
  after: string | null;
  /** The objective or activity the change is about (the same id in both versions); null for the plan's own texts. */
  itemId: string | null;
}

const TEXTS = ['title', 'innovations', 'context', 'expectedResults'] as const;

function change(path: string, before: string | null, after: string | null, itemId: string | null = null): PlanChange | null {
  if (before === after) return null;
  const kind = before === null ? PlanChangeKind.ADDED : after === null ? PlanChangeKind.REMOVED : PlanChangeKind.CHANGED;
  return { path, kind, before, after, itemId };
}

/** Each language version of a text is compared on its own: a translation added is one change. */
function textChanges(path: string, before: LocalizedValue, after: LocalizedValue, itemId: string | null = null): (PlanChange | null)[] {
  return LANGUAGES.map((l) => change(`${path}.${l}`, before[l] ?? null, after[l] ?? null, itemId));
}

function decimalChange(path: string, before: string | null, after: string | null, itemId: string): PlanChange | null {
  return before !== null && after !== null && sameDecimal(before, after) ? null : change(path, before, after, itemId);
}

const money = (minor: string | null, currency: string | null) => {
  const m = moneyFromMinor(minor, currency);
  return m ? `${m.amount} ${m.currency}` : null;
};

/** "2. Adopt the CSN commitments": how a changed item or an activity's objective is shown. */
const label = (item: { position: number; statement?: LocalizedValue; description?: LocalizedValue }, language: Language) =>
  `${item.position}. ${localize(item.statement ?? item.description, language) ?? ''}`.trim();

/** Items matched by id: changed and moved ones in the newer order, then added, then removed. */
function itemChanges<T extends { id: string; position: number }>(
  kind: 'objectives' | 'activities',
  before: readonly T[],
  after: readonly T[],
  fields: (path: string, b: T, a: T) => (PlanChange | null)[],
  describe: (item: T, snapshot: 'before' | 'after') => string,
): (PlanChange | null)[] {
  const older = new Map(before.map((i) => [i.id, i]));
  const newer = new Set(after.map((i) => i.id));
  const out: (PlanChange | null)[] = [];
  for (const a of after) {
    const path = `${kind}.${a.position}`;
    const b = older.get(a.id);
    if (!b) {
      out.push(change(path, null, describe(a, 'after'), a.id));
      continue;
    }
    out.push(change(`${path}.position`, String(b.position), String(a.position), a.id));
    out.push(...fields(path, b, a));
  }
  for (const b of before) if (!newer.has(b.id)) out.push(change(`${kind}.${b.position}`, describe(b, 'before'), null, b.id));
  return out;
}

/**
 * What changed from one version of a plan to another (pure): the language, each language
 * version of its texts, the practices it adapts, and its objectives and activities matched by
 * their ids, so an item edited and moved is one item changed, not one removed and one added.
 */
export function diffSnapshots(from: PlanSnapshot, to: PlanSnapshot): PlanChange[] {
  const objectiveLabel = (snapshot: PlanSnapshot, id: string | null) => {
    const o = id ? snapshot.objectives.find((x) => x.id === id) : undefined;
    return o ? label(o, snapshot.language) : null;
  };
  const changes: (PlanChange | null)[] = [
    change('language', from.language, to.language),
    ...TEXTS.flatMap((t) => textChanges(t, from[t], to[t])),
    ...from.practiceIds.filter((id) => !to.practiceIds.includes(id)).map((id) => change('practiceIds', id, null)),
    ...to.practiceIds.filter((id) => !from.practiceIds.includes(id)).map((id) => change('practiceIds', null, id)),
    ...itemChanges<ObjectiveSnapshot>(
      'objectives',
      from.objectives,
      to.objectives,
      (path, b, a) => [
        ...textChanges(`${path}.statement`, b.statement, a.statement, a.id),
        ...textChanges(`${path}.indicator`, b.indicator, a.indicator, a.id),
        change(`${path}.unit`, b.unit, a.unit, a.id),
        decimalChange(`${path}.baselineValue`, b.baselineValue, a.baselineValue, a.id),
        change(`${path}.baselineDate`, b.baselineDate, a.baselineDate, a.id),
        decimalChange(`${path}.targetValue`, b.targetValue, a.targetValue, a.id),
        change(`${path}.targetDate`, b.targetDate, a.targetDate, a.id),
      ],
      (o, side) => label(o, (side === 'before' ? from : to).language),
    ),
    ...itemChanges<ActivitySnapshot>(
      'activities',
      from.activities,
      to.activities,
      (path, b, a) => [
        ...textChanges(`${path}.description`, b.description, a.description, a.id),
        // The objective it serves, by identity: renumbering the objectives changes nothing here.
        b.objectiveId === a.objectiveId ? null : change(`${path}.objective`, objectiveLabel(from, b.objectiveId), objectiveLabel(to, a.objectiveId), a.id),
        change(`${path}.responsiblePersonId`, b.responsiblePersonId, a.responsiblePersonId, a.id),
        change(`${path}.responsibleOrganisationId`, b.responsibleOrganisationId, a.responsibleOrganisationId, a.id),
        change(`${path}.startDate`, b.startDate, a.startDate, a.id),
        change(`${path}.dueDate`, b.dueDate, a.dueDate, a.id),
        change(`${path}.resources`, b.resources, a.resources, a.id),
        change(`${path}.budget`, money(b.budgetMinor, b.budgetCurrency), money(a.budgetMinor, a.budgetCurrency), a.id),
      ],
      (a, side) => label(a, (side === 'before' ? from : to).language),
    ),
  ];
  return changes.filter((c): c is PlanChange => c !== null);
}
