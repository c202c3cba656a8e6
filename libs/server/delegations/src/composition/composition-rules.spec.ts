import { DelegationKind } from '../delegations/delegation-kind';
import { Sector } from '../participants/participant-enums';
import { brokenBy, evaluateComposition, withSelection, withTeamMember, type CompositionFacts, type DelegationFacts } from './composition-rules';
import { DEFAULT_COMPOSITION, type CompositionTargets } from './defaults';
import { RouteKind } from './route-kind';

const targets = (over: Partial<CompositionTargets> = {}): CompositionTargets => ({ ...DEFAULT_COMPOSITION, ...over }) as CompositionTargets;
const member = (sector = Sector.GOVERNMENT, gender = 'FEMALE') => ({ sector, gender });
const team = (id: string, members = [member(), member(Sector.UN, 'MALE'), member(Sector.CIVIL_SOCIETY)], kind = DelegationKind.NATIONAL_TEAM): DelegationFacts => ({ id, name: id, kind, selected: members });
const facts = (delegations: DelegationFacts[], teamMembers = 4): CompositionFacts => ({ teamMembers, delegations });
const find = (rules: ReturnType<typeof evaluateComposition>, code: string, id?: string) => rules.find((r) => r.code === code && (!id || r.delegationId === id));

describe('composition rules (000 §28-30, 001)', () => {
  const five = facts(['GT', 'BJ', 'LA', 'SL', 'TZ'].map((c, i) => team(c, i % 2 ? [member(), member(Sector.UN, 'MALE'), member(Sector.UN, 'MALE')] : undefined)));

  it('holds for five teams of three, each with its government member, 19 people with the team', () => {
    const rules = evaluateComposition(targets(), five);
    expect(rules.filter((r) => !r.holds)).toEqual([]);
    expect(find(rules, 'ROUTE_SIZE')).toMatchObject({ current: 19, max: 26, hard: true });
    expect(rules.filter((r) => r.code === 'TEAM_SIZE')).toHaveLength(5);
  });

  it('counts only teams with someone selected, and every selected person and team member toward the size', () => {
    const withEmpty = facts([...five.delegations, team('NE', [])]);
    expect(find(evaluateComposition(targets(), withEmpty), 'NATIONAL_TEAM_COUNT')?.current).toBe(5);
    expect(find(evaluateComposition(targets({ maxPeople: 18 }), five), 'ROUTE_SIZE')).toMatchObject({ holds: false, current: 19 });
  });

  it('makes a missing government member a soft failure and a short team a hard one', () => {
    const rules = evaluateComposition(targets(), facts([team('GT', [member(Sector.UN), member(Sector.UN, 'MALE')])]));
    expect(find(rules, 'TEAM_GOVERNMENT', 'GT')).toMatchObject({ hard: false, holds: false, current: 0, min: 1 });
    expect(find(rules, 'TEAM_SIZE', 'GT')).toMatchObject({ hard: true, holds: false, current: 2, min: 3, max: 3 });
  });

  it('allows one delegate per stakeholder group', () => {
    const donors = team('Donors', [member(Sector.DONOR), member(Sector.DONOR, 'MALE')], DelegationKind.STAKEHOLDER_GROUP);
    expect(find(evaluateComposition(targets(), facts([donors])), 'STAKEHOLDER_DELEGATES', 'Donors')).toMatchObject({ hard: true, holds: false, current: 2, max: 1 });
  });

  it('measures gender balance among people whose gender is known', () => {
    const undisclosed = facts([team('GT', [member(), member(Sector.UN, 'MALE'), member(Sector.UN, 'UNDISCLOSED')])]);
    expect(find(evaluateComposition(targets(), undisclosed), 'GENDER_BALANCE')).toMatchObject({ current: 50, holds: true, hard: false });
    const women = facts([team('GT', [member(), member(), member(Sector.UN, 'MALE')])]);
    expect(find(evaluateComposition(targets(), women), 'GENDER_BALANCE')).toMatchObject({ current: 67, holds: false });
  });

  it('uses participant and alliance counts on civil-society routes instead of national teams', () => {
    const alliance = (id: string, n: number) => team(id, Array.from({ length: n }, () => member(Sector.CIVIL_SOCIETY)), DelegationKind.CIVIL_SOCIETY_ALLIANCE);
    const rules = evaluateComposition(targets({ routeKind: RouteKind.CIVIL_SOCIETY }), facts(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => alliance(id, 4)), 2));
    expect(rules.map((r) => r.code)).toEqual(['ROUTE_SIZE', 'PARTICIPANT_COUNT', 'ALLIANCE_COUNT', 'GENDER_BALANCE']);
    expect(find(rules, 'PARTICIPANT_COUNT')).toMatchObject({ current: 24, min: 21, max: 24, holds: true });
    expect(find(rules, 'ALLIANCE_COUNT')).toMatchObject({ current: 6, min: 7, holds: false, hard: true });
  });

  describe('brokenBy: the hard maximums a change takes a rule over', () => {
    it('names a fourth selection into a team of three, and nothing for a third', () => {
      const t = targets();
      const two = facts([team('GT', [member(), member(Sector.UN, 'MALE')])]);
      const three = withSelection(two, 'GT', member(Sector.UN));
      expect(brokenBy(evaluateComposition(t, two), evaluateComposition(t, three))).toEqual([]);
      const four = withSelection(three, 'GT', member(Sector.UN, 'MALE'));
      expect(brokenBy(evaluateComposition(t, three), evaluateComposition(t, four)).map((r) => r.code)).toEqual(['TEAM_SIZE']);
    });

    it('names the first member of a sixth team and a team member past the route size', () => {
      const t = targets();
      const six = facts([...five.delegations, team('NE', [])]);
      expect(brokenBy(evaluateComposition(t, six), evaluateComposition(t, withSelection(six, 'NE', member()))).map((r) => r.code)).toEqual(['NATIONAL_TEAM_COUNT']);
      const full = facts(five.delegations, 11);
      expect(brokenBy(evaluateComposition(t, full), evaluateComposition(t, withTeamMember(full))).map((r) => r.code)).toEqual(['ROUTE_SIZE']);
    });

    it('ignores soft rules and minimums', () => {
      const t = targets({ maxGenderSharePercent: 50 });
      const one = facts([team('GT', [member()])]);
      expect(brokenBy(evaluateComposition(t, one), evaluateComposition(t, withSelection(one, 'GT', member(Sector.UN))))).toEqual([]);
    });
  });
});
