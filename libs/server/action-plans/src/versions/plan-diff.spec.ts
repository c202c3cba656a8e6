import { Language } from '@lr/server-core';
import { diffSnapshots, PlanChangeKind } from './plan-diff';
import type { ActivitySnapshot, ObjectiveSnapshot, PlanSnapshot } from './plan-snapshot';

const objective = (id: string, position: number, over: Partial<ObjectiveSnapshot> = {}): ObjectiveSnapshot => ({
  id,
  position,
  statement: { en: `Objective ${id}` },
  indicator: { en: 'Commitments adopted' },
  unit: 'commitments',
  baselineValue: '0',
  baselineDate: '2025-01-01',
  targetValue: '5',
  targetDate: '2025-12-31',
  ...over,
});

const activity = (id: string, position: number, over: Partial<ActivitySnapshot> = {}): ActivitySnapshot => ({
  id,
  position,
  objectiveId: 'o1',
  description: { en: `Activity ${id}` },
  responsiblePersonId: 'p1',
  responsibleOrganisationId: null,
  startDate: '2025-02-01',
  dueDate: '2025-03-01',
  resources: 'A room',
  budgetMinor: null,
  budgetCurrency: null,
  ...over,
});

const snapshot = (over: Partial<PlanSnapshot> = {}): PlanSnapshot => ({
  schema: 1,
  language: Language.EN,
  title: { en: 'District nutrition committees' },
  innovations: {},
  context: { en: 'Our districts' },
  expectedResults: {},
  practiceIds: ['pr1'],
  objectives: [objective('o1', 1), objective('o2', 2)],
  activities: [activity('a1', 1)],
  ...over,
});

const { ADDED, REMOVED, CHANGED } = PlanChangeKind;

describe('the diff between two versions', () => {
  it('finds nothing between equal versions', () => {
    expect(diffSnapshots(snapshot(), snapshot())).toEqual([]);
  });

  it('compares each language version of the texts on its own', () => {
    const changes = diffSnapshots(snapshot(), snapshot({ title: { en: 'District committees', es: 'Comités distritales' }, context: {} }));
    expect(changes).toEqual([
      { path: 'title.en', kind: CHANGED, before: 'District nutrition committees', after: 'District committees', itemId: null },
      { path: 'title.es', kind: ADDED, before: null, after: 'Comités distritales', itemId: null },
      { path: 'context.en', kind: REMOVED, before: 'Our districts', after: null, itemId: null },
    ]);
  });

  it('reports the language and the practices adapted', () => {
    const changes = diffSnapshots(snapshot(), snapshot({ language: Language.ES, practiceIds: ['pr2'] }));
    expect(changes).toEqual([
      { path: 'language', kind: CHANGED, before: 'en', after: 'es', itemId: null },
      { path: 'practiceIds', kind: REMOVED, before: 'pr1', after: null, itemId: null },
      { path: 'practiceIds', kind: ADDED, before: null, after: 'pr2', itemId: null },
    ]);
  });

  it('matches objectives by id: one edited and moved is one item changed, numbered as in the newer version', () => {
    const before = snapshot();
    const after = snapshot({ objectives: [objective('o2', 1, { targetDate: '2026-06-30' }), objective('o1', 2)] });
    expect(diffSnapshots(before, after)).toEqual([
      { path: 'objectives.1.position', kind: CHANGED, before: '2', after: '1', itemId: 'o2' },
      { path: 'objectives.1.targetDate', kind: CHANGED, before: '2025-12-31', after: '2026-06-30', itemId: 'o2' },
      { path: 'objectives.2.position', kind: CHANGED, before: '1', after: '2', itemId: 'o1' },
    ]);
  });

  it('reports objectives added (numbered in the newer version) and removed (in the older)', () => {
    const after = snapshot({ objectives: [objective('o1', 1), objective('o3', 2, { statement: { en: 'Budget tracking' } })] });
    expect(diffSnapshots(snapshot(), after)).toEqual([
      { path: 'objectives.2', kind: ADDED, before: null, after: '2. Budget tracking', itemId: 'o3' },
      { path: 'objectives.2', kind: REMOVED, before: '2. Objective o2', after: null, itemId: 'o2' },
    ]);
  });

  it('compares values as numbers ("5" is "5.0") and every other field of an objective', () => {
    const after = snapshot({ objectives: [objective('o1', 1, { targetValue: '5.0', baselineValue: '1', unit: '%', indicator: { en: 'Share of budget' } }), objective('o2', 2)] });
    expect(diffSnapshots(snapshot(), after).map((c) => [c.path, c.before, c.after])).toEqual([
      ['objectives.1.indicator.en', 'Commitments adopted', 'Share of budget'],
      ['objectives.1.unit', 'commitments', '%'],
      ['objectives.1.baselineValue', '0', '1'],
    ]);
  });

  it('reports an activity’s fields, its budget as money and its objective by name', () => {
    const after = snapshot({
      activities: [activity('a1', 1, { objectiveId: 'o2', responsiblePersonId: null, responsibleOrganisationId: 'org1', budgetMinor: '120050', budgetCurrency: 'USD', dueDate: '2025-04-01' })],
    });
    expect(diffSnapshots(snapshot(), after)).toEqual([
      { path: 'activities.1.objective', kind: CHANGED, before: '1. Objective o1', after: '2. Objective o2', itemId: 'a1' },
      { path: 'activities.1.responsiblePersonId', kind: REMOVED, before: 'p1', after: null, itemId: 'a1' },
      { path: 'activities.1.responsibleOrganisationId', kind: ADDED, before: null, after: 'org1', itemId: 'a1' },
      { path: 'activities.1.dueDate', kind: CHANGED, before: '2025-03-01', after: '2025-04-01', itemId: 'a1' },
      { path: 'activities.1.budget', kind: ADDED, before: null, after: '1200.50 USD', itemId: 'a1' },
    ]);
  });

  it('does not report an activity whose objective was only renumbered', () => {
    const after = snapshot({ objectives: [objective('o2', 1), objective('o1', 2)] });
    expect(diffSnapshots(snapshot(), after).filter((c) => c.path.startsWith('activities'))).toEqual([]);
  });

  it('reports activities added and removed', () => {
    const after = snapshot({ activities: [activity('a2', 1, { description: { en: 'Training' } })] });
    expect(diffSnapshots(snapshot(), after)).toEqual([
      { path: 'activities.1', kind: ADDED, before: null, after: '1. Training', itemId: 'a2' },
      { path: 'activities.1', kind: REMOVED, before: '1. Activity a1', after: null, itemId: 'a1' },
    ]);
  });
});
