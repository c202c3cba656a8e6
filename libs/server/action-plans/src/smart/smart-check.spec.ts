import { Language } from '@lr/server-core';
import { smartCheck, type SmartActivity, type SmartObjective } from './smart-check';
import { SmartRule } from './smart-rule';

const plan = { language: Language.EN };

/** An objective that passes every rule: 0 → 5 commitments from 2025-01-01 to 2025-12-31. */
const objective = (over: Partial<SmartObjective> = {}): SmartObjective => ({
  id: `o${over.position ?? 1}`,
  position: 1,
  statement: { en: 'Adopt the CSN commitments' },
  indicator: { en: 'Commitments adopted by the council' },
  baselineValue: '0',
  baselineDate: '2025-01-01',
  targetValue: '5',
  targetDate: '2025-12-31',
  ...over,
});

/** An activity that passes every rule. */
const activity = (over: Partial<SmartActivity> = {}): SmartActivity => ({
  id: `a${over.position ?? 1}`,
  position: 1,
  description: { en: 'Costing workshop' },
  responsiblePersonId: 'p1',
  responsibleOrganisationId: null,
  startDate: '2025-02-01',
  dueDate: '2025-03-01',
  resources: 'Two facilitators, a room',
  budgetMinor: null,
  ...over,
});

/** The findings as `path rule`, the shape every test compares. */
const findings = (objectives: SmartObjective[], activities: SmartActivity[]) => smartCheck(plan, objectives, activities).items.map((i) => `${i.path} ${i.rule}`);

describe('the SMART check', () => {
  it('passes a plan whose objectives and activities are complete', () => {
    expect(smartCheck(plan, [objective()], [activity()])).toEqual({ passes: true, items: [] });
  });

  it('needs at least one objective and one activity', () => {
    expect(findings([], [])).toEqual(['objectives PLAN_HAS_OBJECTIVE', 'activities PLAN_HAS_ACTIVITY']);
    expect(smartCheck(plan, [], [activity()]).passes).toBe(false);
    expect(findings([objective()], [])).toEqual(['activities PLAN_HAS_ACTIVITY']);
  });

  describe('objectives', () => {
    it.each([
      ['indicator', { indicator: {} }, SmartRule.OBJECTIVE_INDICATOR],
      ['indicator', { indicator: { en: '   ' } }, SmartRule.OBJECTIVE_INDICATOR],
      ['indicator', { indicator: null }, SmartRule.OBJECTIVE_INDICATOR],
      ['baselineValue', { baselineValue: null }, SmartRule.OBJECTIVE_BASELINE_VALUE],
      ['baselineDate', { baselineDate: null }, SmartRule.OBJECTIVE_BASELINE_DATE],
      ['targetValue', { targetValue: null }, SmartRule.OBJECTIVE_TARGET_VALUE],
      ['targetDate', { targetDate: null }, SmartRule.OBJECTIVE_TARGET_DATE],
    ] as [string, Partial<SmartObjective>, SmartRule][])('needs the %s (%j)', (field, over, rule) => {
      expect(findings([objective(over)], [activity()])).toEqual([`objectives.1.${field} ${rule}`]);
    });

    it('accepts an indicator written in any one language', () => {
      expect(findings([objective({ indicator: { fr: 'Engagements adoptés' } })], [activity()])).toEqual([]);
    });

    it('needs a target that differs from the baseline, as numbers ("5" is "5.00")', () => {
      expect(findings([objective({ baselineValue: '5', targetValue: '5.00' })], [activity()])).toEqual(['objectives.1.targetValue OBJECTIVE_TARGET_DIFFERS']);
      expect(findings([objective({ baselineValue: '5', targetValue: '5.01' })], [activity()])).toEqual([]);
      // A target may be lower than the baseline (stunting down from 30 % to 20 %).
      expect(findings([objective({ baselineValue: '30', targetValue: '20' })], [activity()])).toEqual([]);
    });

    it('needs the target dated after the baseline, not on the same day', () => {
      expect(findings([objective({ baselineDate: '2025-06-01', targetDate: '2025-06-01' })], [activity()])).toEqual(['objectives.1.targetDate OBJECTIVE_TARGET_AFTER_BASELINE']);
      expect(findings([objective({ baselineDate: '2025-06-01', targetDate: '2024-06-01' })], [activity()])).toEqual(['objectives.1.targetDate OBJECTIVE_TARGET_AFTER_BASELINE']);
      expect(findings([objective({ baselineDate: '2025-06-01', targetDate: '2025-06-02' })], [activity()])).toEqual([]);
    });

    it('does not compare what is missing: a missing date is one finding, not two', () => {
      expect(findings([objective({ baselineDate: null, baselineValue: null })], [activity()])).toEqual([
        'objectives.1.baselineValue OBJECTIVE_BASELINE_VALUE',
        'objectives.1.baselineDate OBJECTIVE_BASELINE_DATE',
      ]);
    });
  });

  describe('activities', () => {
    it('needs a responsible person or organisation, either one', () => {
      expect(findings([objective()], [activity({ responsiblePersonId: null })])).toEqual(['activities.1.responsible ACTIVITY_RESPONSIBLE']);
      expect(findings([objective()], [activity({ responsiblePersonId: null, responsibleOrganisationId: 'org' })])).toEqual([]);
    });

    it('needs a start and a due date', () => {
      expect(findings([objective()], [activity({ startDate: null })])).toEqual(['activities.1.startDate ACTIVITY_START_DATE']);
      expect(findings([objective()], [activity({ dueDate: null })])).toEqual(['activities.1.dueDate ACTIVITY_DUE_DATE']);
    });

    it('needs the start on or before the due date (a one-day workshop is fine)', () => {
      expect(findings([objective()], [activity({ startDate: '2025-03-02', dueDate: '2025-03-01' })])).toEqual(['activities.1.dueDate ACTIVITY_START_BEFORE_DUE']);
      expect(findings([objective()], [activity({ startDate: '2025-03-01', dueDate: '2025-03-01' })])).toEqual([]);
    });

    it('needs resources in words or a budget above zero', () => {
      expect(findings([objective()], [activity({ resources: null })])).toEqual(['activities.1.resources ACTIVITY_RESOURCES']);
      expect(findings([objective()], [activity({ resources: '  ' })])).toEqual(['activities.1.resources ACTIVITY_RESOURCES']);
      expect(findings([objective()], [activity({ resources: null, budgetMinor: '0' })])).toEqual(['activities.1.resources ACTIVITY_RESOURCES']);
      expect(findings([objective()], [activity({ resources: null, budgetMinor: '120000' })])).toEqual([]);
    });
  });

  it('numbers items by position, as people read them, and names each by its words in the plan’s language', () => {
    const result = smartCheck(
      { language: Language.ES },
      [objective({ id: 'second', position: 7, targetDate: null, statement: { en: 'Second', es: 'Segundo' } }), objective({ id: 'first', position: 3 })],
      [activity({ id: 'act', responsiblePersonId: null, description: { en: 'A very long description of an activity that goes on and on beyond sixty characters' } })],
    );
    expect(result.passes).toBe(false);
    expect(result.items).toEqual([
      { path: 'objectives.2.targetDate', rule: SmartRule.OBJECTIVE_TARGET_DATE, message: 'Objective 2 (“Segundo”) has no target date', itemId: 'second' },
      {
        path: 'activities.1.responsible',
        rule: SmartRule.ACTIVITY_RESPONSIBLE,
        message: 'Activity 1 (“A very long description of an activity that goes on and…”) has no responsible person or organisation',
        itemId: 'act',
      },
    ]);
  });
});
