import { createLogger, platformModule, Role, seedDemoData } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { coreDomainModule } from '@lr/server-core-domain';
import { delegationsModule } from '@lr/server-delegations';
import { practicesModule } from '@lr/server-practices';
import { actionPlansModule } from '@lr/server-action-plans';
import { followUpModule } from '../src';
import { ok, startFollowUpGateway } from './helpers';

const CSN_INDICATOR = 'Number of member-led communities of practice within the Civil Society Network';

const INDICATORS = `query($programmeId: ID!) {
  trackedIndicators(first: 50, filter: { programmeId: $programmeId }) { edges { node {
    nameTranslations { en } objectiveTranslations { en } unit baselineValue baselineDate targetValue targetDate progressShare onTrack
    lastVerified { value reportedOn } programme { budget { amount currency } }
  } } }
}`;

/** Seed 003's indicator as the indicators area's GraphQL fields read it, on the core demo's CSN programme. */
async function csnIndicator(gw: TestGateway, token: string) {
  const [{ id }] = await gw.dataSource.query(`SELECT id FROM programme WHERE name->>'en' ILIKE '%CSN%'`);
  const page = await ok(gw, INDICATORS, { programmeId: id }, { token });
  return page.edges.map((e: { node: { nameTranslations: { en: string } } }) => e.node).filter((n: { nameTranslations: { en: string } }) => n.nameTranslations.en === CSN_INDICATOR);
}

const CSN_EXPECTED = {
  nameTranslations: { en: CSN_INDICATOR },
  objectiveTranslations: { en: 'Increase # of member-led communities of practice within the CSN Network' },
  unit: 'member-led communities of practice',
  baselineDate: '2021-01-01',
  targetDate: '2025-12-31',
  progressShare: '40',
  // On 31 December 2023 the straight line from 0 (2021) to 5 (2025) stands at 3: 2 is behind it.
  onTrack: false,
  lastVerified: { reportedOn: '2023-12-31' },
  programme: { budget: { amount: '1009038.00', currency: 'GBP' } },
};

describe('follow-up demo data', () => {
  let gw: TestGateway;
  let admin: string;
  let routeId: string;

  beforeAll(async () => {
    gw = await startFollowUpGateway();
    // Every module's demo data, in the gateway's order (the modules this gateway composes).
    expect(await seedDemoData(gw.dataSource, [platformModule, coreDomainModule, delegationsModule, practicesModule, actionPlansModule, followUpModule], createLogger('silent'))).toBe(true);
    admin = await gw.tokenFor(Role.ADMIN);
    [{ id: routeId }] = await gw.dataSource.query(`SELECT id FROM learning_route WHERE host_country_code = 'PE'`);
  });
  afterAll(() => gw?.close());

  it('has seed 003’s CSN commitment indicator on the CSN programme (GBP 1,009,038), 40 % of the way to its target', async () => {
    const found = await csnIndicator(gw, admin);
    expect(found).toEqual([expect.objectContaining({ ...CSN_EXPECTED, lastVerified: expect.objectContaining(CSN_EXPECTED.lastVerified) })]);
    expect([found[0].baselineValue, found[0].targetValue, found[0].lastVerified.value].map(Number)).toEqual([0, 5, 2]);
    const [verified] = await gw.dataSource.query(
      `SELECT h.from_state, h.to_state, (h.at AT TIME ZONE 'UTC')::date::text AS on FROM state_change h JOIN progress_report r ON r.id = h.record_id JOIN tracked_indicator i ON i.id = r.indicator_id
        WHERE h.machine = 'progress_report.verification' AND i.name->>'en' = $1`,
      [CSN_INDICATOR],
    );
    expect(verified).toEqual({ from_state: 'UNVERIFIED', to_state: 'VERIFIED', on: '2024-01-15' });
  });

  it('tracks the indicators of the Peru route’s accepted plans (Tanzania’s and Guatemala’s), with verified, waiting and returned progress', async () => {
    const indicators = await gw.dataSource.query(
      `SELECT d.country_code AS country, count(DISTINCT i.id)::int AS indicators
         FROM tracked_indicator i JOIN action_plan p ON p.id = i.plan_id JOIN delegation d ON d.id = p.delegation_id
        WHERE i.route_id = $1 GROUP BY d.country_code ORDER BY d.country_code`,
      [routeId],
    );
    expect(indicators).toEqual([
      { country: 'GT', indicators: 2 },
      { country: 'TZ', indicators: 2 },
    ]);
    const reports = await gw.dataSource.query(
      `SELECT r.verification, count(*)::int AS n FROM progress_report r JOIN tracked_indicator i ON i.id = r.indicator_id WHERE i.route_id = $1 GROUP BY r.verification ORDER BY r.verification`,
      [routeId],
    );
    expect(reports).toEqual([
      { verification: 'RETURNED', n: 1 },
      { verification: 'UNVERIFIED', n: 2 },
      { verification: 'VERIFIED', n: 4 },
    ]);
    const [returned] = await gw.dataSource.query(
      `SELECT h.reason, h.to_state FROM state_change h JOIN progress_report r ON r.id = h.record_id WHERE h.machine = 'progress_report.verification' AND r.verification = 'RETURNED'`,
    );
    expect(returned).toEqual({ to_state: 'RETURNED', reason: expect.stringMatching(/analysis of its nutrition spending/) });
    // Each decision by the admin, dated when it was made in the story; every report in the half-year of its date.
    const decisions = await gw.dataSource.query(
      `SELECT r.reported_on::text AS reported, (h.at AT TIME ZONE 'UTC')::date::text AS decided, h.changed_by AS by, r.period_id IS NOT NULL AS in_period
         FROM state_change h JOIN progress_report r ON r.id = h.record_id JOIN tracked_indicator i ON i.id = r.indicator_id
        WHERE h.machine = 'progress_report.verification' AND i.route_id = $1 ORDER BY 1, 2`,
      [routeId],
    );
    expect(decisions).toEqual(
      [
        ['2014-12-31', '2015-01-20'],
        ['2014-12-31', '2015-01-22'],
        ['2015-06-30', '2015-07-15'],
        ['2015-06-30', '2015-07-15'],
        ['2015-06-30', '2015-07-20'],
      ].map(([reported, decided]) => ({ reported, decided, by: 'Ada Admin', in_period: true })),
    );
    // Each plan indicator keeps its plan's baseline and target (Tanzania's revised target of 12).
    const [districts] = await gw.dataSource.query(`SELECT target_value, target_date::text AS target_date FROM tracked_indicator WHERE route_id = $1 AND unit = 'districts'`, [routeId]);
    expect({ target: Number(districts.target_value), date: districts.target_date }).toEqual({ target: 12, date: '2015-12-31' });
    // Tanzania's districts: 7 verified of 12 from 0.
    const route = await ok(gw, `query($id: ID!) { route(id: $id) { trackedIndicators { unit progressShare lastVerified { value } } } }`, { id: routeId }, { token: admin });
    const tz = route.trackedIndicators.find((i: { unit: string }) => i.unit === 'districts');
    expect({ share: tz.progressShare, last: Number(tz.lastVerified.value) }).toEqual({ share: '58.3', last: 7 });
  });

  it('has the Peru route’s anonymous six-month survey, its roster and ten answers linked to nobody', async () => {
    const [survey] = await gw.dataSource.query(`SELECT id, status, anonymous, opens_on::text AS opens_on, closes_on::text AS closes_on FROM survey WHERE route_id = $1 AND kind = 'SIX_MONTH'`, [routeId]);
    expect(survey).toMatchObject({ status: 'CLOSED', anonymous: true, opens_on: '2014-12-16', closes_on: '2015-01-15' });
    const results = await ok(gw, `query($id: ID!) { surveyResults(surveyId: $id) { anonymous invited answered responseRate questions { type answered mean } } }`, { id: survey.id }, { token: admin });
    expect({ ...results, questions: results.questions.map((q: { type: string }) => q.type) }).toEqual({
      anonymous: true,
      invited: 15,
      answered: 10,
      responseRate: 66.7,
      questions: ['LIKERT', 'LIKERT', 'LIKERT', 'LIKERT', 'FREE_TEXT', 'FREE_TEXT', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE'],
    });
    // Every response answered the four statements; "satisfied" averages 4.2 over the ten.
    expect(results.questions.slice(0, 4).map((q: { answered: number }) => q.answered)).toEqual([10, 10, 10, 10]);
    expect(results.questions[0].mean).toBe('4.20');
    const [{ linked }] = await gw.dataSource.query(`SELECT count(invitation_id)::int AS linked FROM survey_response WHERE survey_id = $1`, [survey.id]);
    expect(linked).toBe(0);
  });

  it('has the route’s final virtual meeting and technical-assistance visit, two scaling-up stories and a community of practice', async () => {
    const route = await ok(
      gw,
      `query($id: ID!) { route(id: $id) {
        followUpEvents { kind date title country { code } participants { id } }
        scalingStories { title country { code } practice { id } adaptedByOrganisation { acronym } evidenceUrl }
      } }`,
      { id: routeId },
      { token: admin },
    );
    expect(route.followUpEvents.map((e: { kind: string; date: string; country: { code: string } | null }) => [e.kind, e.date, e.country?.code ?? null])).toEqual([
      ['FINAL_VIRTUAL_MEETING', '2014-12-11', null],
      ['TECHNICAL_ASSISTANCE_VISIT', '2015-03-16', 'TZ'],
    ]);
    // Everyone of the route's teams, and the host's focal point; the visit, the Tanzanian team and her.
    expect(route.followUpEvents.map((e: { participants: unknown[] }) => e.participants.length)).toEqual([16, 4]);
    expect(route.scalingStories.map((s: { country: { code: string }; adaptedByOrganisation: { acronym: string } }) => [s.country.code, s.adaptedByOrganisation.acronym])).toEqual([
      ['TZ', 'PANITA'],
      ['GT', 'SESAN'],
    ]);
    const cases = await gw.dataSource.query(`SELECT practice_id FROM route_case WHERE route_id = $1`, [routeId]);
    for (const story of route.scalingStories) expect(cases.map((c: { practice_id: string }) => c.practice_id)).toContain(story.practice.id);
    const communities = await ok(gw, `query($r: ID!) { communitiesOfPractice(first: 5, filter: { routeId: $r }) { edges { node { name memberCount routes { id } } } } }`, { r: routeId }, { token: admin });
    expect(communities.edges.map((e: { node: unknown }) => e.node)).toEqual([{ name: 'Comunidad de práctica: articulación territorial para la nutrición', memberCount: 38, routes: [{ id: routeId }] }]);
  });

  it('names the demo admin in the audit trail of what it wrote through the services', async () => {
    const rows = await gw.dataSource.query(
      `SELECT a.entity_type AS entity, u.email, count(*)::int AS n FROM audit_entry a JOIN app_user u ON u.id = a.actor_id
        WHERE a.entity_type IN ('FollowUpEvent', 'ScalingStory', 'CommunityOfPractice') GROUP BY 1, 2 ORDER BY 1`,
    );
    expect(rows).toEqual([
      { entity: 'CommunityOfPractice', email: 'admin@learningroutes.org', n: 1 },
      { entity: 'FollowUpEvent', email: 'admin@learningroutes.org', n: 2 },
      { entity: 'ScalingStory', email: 'admin@learningroutes.org', n: 2 },
    ]);
  });
});

describe('follow-up demo data without the other modules’ demos', () => {
  it('still seeds seed 003’s indicator, and skips what needs the route’s teams, plans and practices', async () => {
    const gw = await startFollowUpGateway();
    try {
      // No delegations, practices or action plans demo: no teams, no plans, no case practices.
      expect(await seedDemoData(gw.dataSource, [platformModule, coreDomainModule, followUpModule], createLogger('silent'))).toBe(true);
      expect((await csnIndicator(gw, await gw.tokenFor(Role.ADMIN))).map((i: { progressShare: string }) => i.progressShare)).toEqual(['40']);
      const [{ stories }] = await gw.dataSource.query(`SELECT count(*)::int AS stories FROM scaling_story`);
      const [{ plans }] = await gw.dataSource.query(`SELECT count(*)::int AS plans FROM tracked_indicator WHERE plan_id IS NOT NULL`);
      const [{ surveys }] = await gw.dataSource.query(`SELECT count(*)::int AS surveys FROM survey`);
      expect({ stories, plans, surveys }).toEqual({ stories: 0, plans: 0, surveys: 0 });
    } finally {
      await gw.close();
    }
  });
});
