import { DelegationKind } from '../delegations/delegation-kind';
import { Sector } from '../participants/participant-enums';
import type { CompositionTargets } from './defaults';
import { RouteKind } from './route-kind';

/** What the rules count: the route team and each delegation's selected participants. */
export interface CompositionFacts {
  teamMembers: number;
  delegations: DelegationFacts[];
}

export interface DelegationFacts {
  id: string;
  name: string;
  kind: DelegationKind;
  selected: { sector: Sector; gender: string }[];
}

export type RuleCode =
  | 'ROUTE_SIZE'
  | 'NATIONAL_TEAM_COUNT'
  | 'TEAM_SIZE'
  | 'TEAM_GOVERNMENT'
  | 'STAKEHOLDER_DELEGATES'
  | 'PARTICIPANT_COUNT'
  | 'ALLIANCE_COUNT'
  | 'GENDER_BALANCE';

/** One rule as it stands: the bounds, the current value, and whether it holds. */
export interface RuleResult {
  code: RuleCode;
  /** HARD rules refuse a selection that would break them and keep the route out of IMPLEMENTATION; SOFT ones warn. */
  hard: boolean;
  min: number | null;
  max: number | null;
  current: number;
  holds: boolean;
  /** The delegation a per-delegation rule is about. */
  delegationId: string | null;
  delegationName: string | null;
  /** An English sentence; the portal words it from the code and numbers in the reader's language. */
  message: string;
}

function rule(code: RuleCode, hard: boolean, bounds: { min?: number; max?: number }, current: number, message: string, delegation?: DelegationFacts): RuleResult {
  const min = bounds.min ?? null;
  const max = bounds.max ?? null;
  const holds = (min === null || current >= min) && (max === null || current <= max);
  return { code, hard, min, max, current, holds, delegationId: delegation?.id ?? null, delegationName: delegation?.name ?? null, message };
}

const withSelected = (delegations: DelegationFacts[], kind: DelegationKind) => delegations.filter((d) => d.kind === kind && d.selected.length > 0);

/** The largest share (whole percent) one gender has among selected people whose gender is known. */
function largestGenderShare(delegations: DelegationFacts[]): { share: number; known: number } {
  const counts = new Map<string, number>();
  for (const d of delegations) for (const p of d.selected) if (p.gender !== 'UNDISCLOSED') counts.set(p.gender, (counts.get(p.gender) ?? 0) + 1);
  const known = [...counts.values()].reduce((a, b) => a + b, 0);
  return { share: known ? Math.round((100 * Math.max(...counts.values())) / known) : 0, known };
}

/**
 * Every composition rule of a route with its current value (000 §28-30 for national-team
 * routes, 001 for civil-society ones). Pure: the service gathers the facts.
 */
export function evaluateComposition(t: CompositionTargets, facts: CompositionFacts): RuleResult[] {
  const all = facts.delegations;
  const selected = all.reduce((n, d) => n + d.selected.length, 0);
  const people = selected + facts.teamMembers;
  const rules: RuleResult[] = [
    rule('ROUTE_SIZE', true, { max: t.maxPeople }, people, `At most ${t.maxPeople} people on the route (selected participants and route team); now ${people}`),
  ];
  if (t.routeKind === RouteKind.NATIONAL_TEAMS) {
    const teams = withSelected(all, DelegationKind.NATIONAL_TEAM);
    rules.push(rule('NATIONAL_TEAM_COUNT', true, { min: t.nationalTeams, max: t.nationalTeams }, teams.length, `${t.nationalTeams} national teams; now ${teams.length}`));
    for (const team of teams) {
      rules.push(rule('TEAM_SIZE', true, { min: t.teamSize, max: t.teamSize }, team.selected.length, `${team.name}: ${t.teamSize} selected participants; now ${team.selected.length}`, team));
      const government = team.selected.filter((p) => p.sector === Sector.GOVERNMENT).length;
      rules.push(
        rule('TEAM_GOVERNMENT', false, { min: t.minGovernmentPerTeam }, government, `${team.name}: at least ${t.minGovernmentPerTeam} from government; now ${government}`, team),
      );
    }
  } else {
    const alliances = withSelected(all, DelegationKind.CIVIL_SOCIETY_ALLIANCE).length;
    rules.push(
      rule('PARTICIPANT_COUNT', true, { min: t.minParticipants, max: t.maxParticipants }, selected, `${t.minParticipants}-${t.maxParticipants} selected participants; now ${selected}`),
      rule('ALLIANCE_COUNT', true, { min: t.minAlliances }, alliances, `Participants from at least ${t.minAlliances} alliances; now ${alliances}`),
    );
  }
  for (const group of withSelected(all, DelegationKind.STAKEHOLDER_GROUP)) {
    rules.push(
      rule('STAKEHOLDER_DELEGATES', true, { max: t.maxPerStakeholderGroup }, group.selected.length, `${group.name}: at most ${t.maxPerStakeholderGroup} delegate; now ${group.selected.length}`, group),
    );
  }
  const gender = largestGenderShare(all);
  rules.push(rule('GENDER_BALANCE', false, { max: t.maxGenderSharePercent }, gender.share, `No gender above ${t.maxGenderSharePercent}% of selected participants; now ${gender.share}%`));
  return rules;
}

/** Facts with one more selected participant in `delegationId`. */
export function withSelection(facts: CompositionFacts, delegationId: string, person: { sector: Sector; gender: string }): CompositionFacts {
  return { ...facts, delegations: facts.delegations.map((d) => (d.id === delegationId ? { ...d, selected: [...d.selected, person] } : d)) };
}

/** Facts with one more route team member. */
export function withTeamMember(facts: CompositionFacts): CompositionFacts {
  return { ...facts, teamMembers: facts.teamMembers + 1 };
}

const key = (r: RuleResult) => `${r.code}:${r.delegationId ?? ''}`;

/**
 * The hard rules a change would break: those it takes above their maximum (a selection only
 * adds people, so minimums cannot be broken by it; they are checked before IMPLEMENTATION).
 */
export function brokenBy(before: RuleResult[], after: RuleResult[]): RuleResult[] {
  const previous = new Map(before.map((r) => [key(r), r.current]));
  return after.filter((r) => r.hard && r.max !== null && r.current > r.max && r.current > (previous.get(key(r)) ?? 0));
}
