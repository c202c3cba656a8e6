/**
 * Demo data for action plans (seed 000 §42-§45): the Peru route's five national teams each have
 * a take-home action plan, in every state of the review cycle —
 * - Tanzania's, sent back once and accepted at its second version, then AWARDED a cash grant
 *   and a technical-assistance visit from the route's fund;
 * - Guatemala's (in Spanish), accepted: FINAL;
 * - Benin's, in revision, with the reviewer's comments on its objective and activities;
 * - Laos's, SUBMITTED and waiting for its reviewer;
 * - Sierra Leone's, a DRAFT that fails the SMART check;
 * and the route's fund (USD 12,000) has had its vote: ballots from most participants (never for
 * their own team's plan), then CLOSED.
 *
 * Everything goes through the module's own services, as the demo's users would through the API
 * (`DemoSession`): a team's government member drafts the plan (PlanService and the objective and
 * activity services) and submits it (PlanWorkflowService: the plan machine freezes each
 * version); the reviewer reviews the latest version and decides (PlanReviewService: the machine
 * checks SMART before FINAL); the admin opens and closes the vote and records the awards, and
 * participants cast their ballots (the fund's services). The route's SELECTED participants get
 * accounts (the demo password) so each can sign in and see their team's plan and ballot.
 * A delegation that already has a plan is left as it is.
 */
import type { EntityManager } from 'typeorm';
import { DEMO_ADMIN, hashPassword, Language, Role, toMinorUnits, User, type DemoSeedContext, type RequestContext } from '@lr/server-core';
import { LearningRoute, Person } from '@lr/server-core-domain';
import { Delegation, Participant, Sector, SelectionStatus } from '@lr/server-delegations';
import { casePracticeIdsOfRoute } from '@lr/server-practices';
import { ActionFund } from '../fund/action-fund.entity';
import { fundDefaultSetting, fundIdOf } from '../fund/fund-defaults';
import { ActionFundService } from '../fund/fund.service';
import { AwardKind, VotingStatus } from '../fund/fund-enums';
import { AwardService } from '../fund/award.service';
import { VotingService } from '../fund/voting.service';
import { PlanActivityService } from '../plans/activity.service';
import { ActionPlan } from '../plans/action-plan.entity';
import { PlanObjectiveService } from '../plans/objective.service';
import { PlanObjective } from '../plans/plan-objective.entity';
import { PlanWorkflowService } from '../plans/plan-workflow.service';
import { PlanService } from '../plans/plan.service';
import type { SectionComment } from '../reviews/plan-review.entity';
import { PlanReviewService } from '../reviews/plan-review.service';
import { Recommendation } from '../reviews/recommendation';
import { PlanVersion } from '../versions/plan-version.entity';
import { DemoSession } from './demo-context';
import { BENIN, GUATEMALA, LAOS, SIERRA_LEONE, TANZANIA, TANZANIA_REVISED, type ActivitySeed, type PlanSeed } from './demo-plans';

const REVIEWER_EMAIL = 'reviewer@learningroutes.org';
const SECTOR_ORDER = Object.values(Sector);

/** What happens to each team's plan, by the team's country; teams of other countries take the roles left, in order. */
type Story = 'awarded' | 'final' | 'revision' | 'submitted' | 'draft';
const STORIES: readonly { country: string; story: Story; seed: PlanSeed }[] = [
  { country: 'TZ', story: 'awarded', seed: TANZANIA },
  { country: 'GT', story: 'final', seed: GUATEMALA },
  { country: 'BJ', story: 'revision', seed: BENIN },
  { country: 'LA', story: 'submitted', seed: LAOS },
  { country: 'SL', story: 'draft', seed: SIERRA_LEONE },
];

interface Team {
  delegation: Delegation;
  /** The team's SELECTED participants' accounts, government member first. */
  members: User[];
  story: Story;
  seed: PlanSeed;
  plan?: ActionPlan;
}

/** The module's services, as the container would build them (demo data runs outside it). */
function servicesOf() {
  const funds = new ActionFundService();
  const workflow = new PlanWorkflowService();
  return {
    plans: new PlanService(),
    objectives: new PlanObjectiveService(),
    activities: new PlanActivityService(),
    workflow,
    reviews: new PlanReviewService(workflow),
    funds,
    voting: new VotingService(funds),
    awards: new AwardService(funds, workflow),
  };
}
type Services = ReturnType<typeof servicesOf>;

function addActivity(ctx: RequestContext, s: Services, planId: string, objectiveIds: string[], team: Team, seed: ActivitySeed) {
  return s.activities.add(ctx, {
    planId,
    description: seed.description,
    objectiveId: seed.objective ? (objectiveIds[seed.objective - 1] ?? null) : null,
    responsiblePersonId: seed.responsible === null ? null : (team.members[seed.responsible]?.personId ?? null),
    startDate: seed.startDate,
    dueDate: seed.dueDate,
    resources: seed.resources,
    budget: seed.budget ? { amount: seed.budget, currency: 'USD' } : null,
  });
}

/** The team's plan as its government member drafts it: texts, objectives, activities. */
async function draftPlan(ctx: RequestContext, s: Services, team: Team, practiceIds: string[]): Promise<ActionPlan> {
  const { seed } = team;
  const plan = await s.plans.create(ctx, {
    delegationId: team.delegation.id,
    language: seed.language === 'es' ? Language.ES : Language.EN,
    title: seed.title,
    practiceIds,
    innovations: seed.innovations,
    context: seed.context,
    expectedResults: seed.expectedResults,
  });
  const objectiveIds: string[] = [];
  for (const { statement, ...measure } of seed.objectives) objectiveIds.push((await s.objectives.add(ctx, { planId: plan.id, statement, ...measure })).id);
  for (const activity of seed.activities) await addActivity(ctx, s, plan.id, objectiveIds, team, activity);
  return plan;
}

/** The plan as it is now (its version changes with every move and content change). */
const current = (ctx: RequestContext, planId: string) => ctx.repo(ActionPlan).findOneByOrFail({ id: planId });

type Verdict = { accept: true; summary: string } | { accept: false; summary: string; comments: SectionComment[] };

/** The reviewer reads the plan's latest version and recommends (taking it IN_REVIEW), then applies the recommendation. */
async function reviewCycle(demo: DemoSession, s: Services, reviewer: User, planId: string, verdict: Verdict): Promise<ActionPlan> {
  const review = await demo.as(reviewer, async (ctx) => {
    const plan = await current(ctx, planId);
    const version = await ctx.repo(PlanVersion).findOneByOrFail({ planId, number: plan.versionCount });
    return s.reviews.review(ctx, {
      versionId: version.id,
      recommendation: verdict.accept ? Recommendation.ACCEPT : Recommendation.REVISE,
      summary: verdict.summary,
      comments: verdict.accept ? [] : verdict.comments,
    });
  });
  return demo.as(reviewer, async (ctx) => s.reviews.decide(ctx, review.id, (await current(ctx, planId)).version));
}

async function tellStory(demo: DemoSession, s: Services, team: Team, reviewer: User, practiceIds: string[]): Promise<ActionPlan> {
  const author = team.members[0];
  const submit = (planId: string) => demo.as(author, async (ctx) => s.workflow.submit(ctx, planId, (await current(ctx, planId)).version));
  const draft = await demo.as(author, (ctx) => draftPlan(ctx, s, team, practiceIds));
  if (team.story === 'draft') return draft;
  const submitted = await submit(draft.id);
  switch (team.story) {
    case 'submitted':
      return submitted;
    case 'final':
      return reviewCycle(demo, s, reviewer, draft.id, {
        accept: true,
        summary: 'Plan claro y medible, con responsables y presupuesto para cada actividad. Listo.',
      });
    case 'revision':
      return reviewCycle(demo, s, reviewer, draft.id, {
        accept: false,
        summary: 'A good start that the communes will recognise. Objective 1 needs a target and a date, and activity 2 an owner and resources, before it can be accepted.',
        comments: [
          { section: 'expectedResults', comment: 'Say how you will know coordination is better: the number of committees meeting, or decisions taken together.' },
          { section: 'objectives.1', comment: '“Improve coordination” has no target: how many communes with a committee meeting every quarter, and by when?' },
          { section: 'activities.2', comment: 'Who sets the committees up, and with what? Name a person or an organisation, and the resources or budget.' },
        ],
      });
    case 'awarded': {
      await reviewCycle(demo, s, reviewer, draft.id, {
        accept: false,
        summary: 'Strong and owned by the government. Check the district target, and say how spending will be published, before it is final.',
        comments: [
          { section: 'objectives.1', comment: 'Ten districts leaves out the two pilot districts of Mbeya: is twelve within reach?' },
          { section: 'activities', comment: 'Objective 2 has no activity: who publishes the budget analysis, and when?' },
        ],
      });
      // The team answers the review, and submits its second version.
      await demo.as(author, async (ctx) => {
        const objectives = await ctx.repo(PlanObjective).find({ where: { planId: draft.id }, order: { position: 'ASC' } });
        await s.objectives.update(ctx, { id: objectives[0].id, version: objectives[0].version, targetValue: TANZANIA_REVISED.targetValue });
        await addActivity(ctx, s, draft.id, objectives.map((o) => o.id), team, TANZANIA_REVISED.activity);
      });
      await submit(draft.id);
      return reviewCycle(demo, s, reviewer, draft.id, { accept: true, summary: 'Both points answered. Accepted.' });
    }
  }
}

/** A PARTICIPANT account for each of the route's SELECTED participants (reusing any they have). */
async function accountsOf(manager: EntityManager, participants: Participant[]): Promise<Map<string, User>> {
  const users = manager.getRepository(User);
  const passwordHash = await hashPassword(DEMO_ADMIN.password);
  const byPerson = new Map<string, User>();
  for (const p of participants) {
    const existing = await users.findOneBy({ personId: p.personId });
    if (existing) {
      byPerson.set(p.personId, existing);
      continue;
    }
    const person = await manager.getRepository(Person).findOneByOrFail({ id: p.personId });
    const email = person.email ?? `${p.personId}@participants.example.org`;
    const user = (await users.findOneBy({ email })) ?? (await users.save(users.create({ email, displayName: `${person.givenName} ${person.familyName}`, role: Role.PARTICIPANT, modules: [], passwordHash, active: true, lastLoginAt: null, personId: p.personId })));
    byPerson.set(p.personId, user);
  }
  return byPerson;
}

/** The vote: most participants choose the awarded team's plan, some the other FINAL one; nobody their own. */
async function holdTheVote(demo: DemoSession, s: Services, admin: User, routeId: string, teams: Team[]) {
  const winner = teams.find((t) => t.story === 'awarded')?.plan;
  const runnerUp = teams.find((t) => t.story === 'final')?.plan;
  if (!winner || !runnerUp) return;
  const opened = await demo.as(admin, async (ctx) => s.voting.open(ctx, routeId, (await s.funds.get(ctx, routeId)).version));
  for (const team of teams) {
    const own = team.plan?.id;
    // Two of each team choose the plan most liked (the other FINAL one if it is their own); the third the other, or abstains.
    const choices = own === winner.id ? [runnerUp, runnerUp, null] : own === runnerUp.id ? [winner, winner, null] : [winner, winner, runnerUp];
    for (const [i, member] of team.members.entries()) {
      const choice = choices[i];
      if (choice) await demo.as(member, (ctx) => s.voting.cast(ctx, routeId, choice.id));
    }
  }
  await demo.as(admin, (ctx) => s.voting.close(ctx, routeId, opened.version));

  // The admins award the vote's winner from the fund (USD 12,000): a grant and a visit.
  await demo.as(admin, (ctx) =>
    s.awards.record(ctx, { planId: winner.id, kind: AwardKind.CASH, amount: { amount: '6000', currency: 'USD' }, description: 'Seed grant for the district planning and costing workshops' }),
  );
  await demo.as(admin, (ctx) =>
    s.awards.record(ctx, {
      planId: winner.id,
      kind: AwardKind.TECHNICAL_ASSISTANCE_VISIT,
      amount: { amount: '2500', currency: 'USD' },
      description: "Five days of Peru's district coordination team in Dodoma and Iringa",
    }),
  );
}

/** Every demo route gets its fund stored from the default, as a route made through the API does. */
async function storeDemoFunds(manager: EntityManager): Promise<void> {
  const routes = await manager.getRepository(LearningRoute).find({ select: { id: true } });
  const { fund } = fundDefaultSetting.defaults;
  const rows = routes.map((r) => ({ id: fundIdOf(r.id), routeId: r.id, amountMinor: toMinorUnits(fund, 'fund'), currency: fund.currency, votingStatus: VotingStatus.NOT_OPEN, version: 1 }));
  if (rows.length) await manager.createQueryBuilder().insert().into(ActionFund).values(rows).orIgnore().execute();
}

export async function seedActionPlansDemo({ manager, logger }: DemoSeedContext): Promise<void> {
  await storeDemoFunds(manager);
  const route = await manager.getRepository(LearningRoute).findOneBy({ hostCountryCode: 'PE' });
  const admin = await manager.getRepository(User).findOneBy({ email: DEMO_ADMIN.email });
  const reviewer = await manager.getRepository(User).findOneBy({ email: REVIEWER_EMAIL });
  if (!route || !admin || !reviewer) {
    logger.warn('no Peru demo route or no demo admin and reviewer: action plans demo data skipped');
    return;
  }
  const delegations = await manager.getRepository(Delegation).find({ where: { routeId: route.id }, order: { name: 'ASC' } });
  const participants = await manager.getRepository(Participant).find({ where: { routeId: route.id, status: SelectionStatus.SELECTED }, order: { createdAt: 'ASC' } });
  const accounts = await accountsOf(manager, participants);

  // Each team its story: by its country, else the stories left, in order.
  const left = STORIES.filter((s) => !delegations.some((d) => d.countryCode === s.country));
  const teams: Team[] = [];
  for (const delegation of delegations) {
    const story = STORIES.find((s) => s.country === delegation.countryCode) ?? left.shift();
    if (!story) continue;
    // Government first, then civil society, then the others (the order the seeds' roles assume).
    const members = participants
      .filter((p) => p.delegationId === delegation.id)
      .sort((a, b) => SECTOR_ORDER.indexOf(a.sector) - SECTOR_ORDER.indexOf(b.sector) || a.personId.localeCompare(b.personId))
      .map((p) => accounts.get(p.personId) as User);
    if (!members.length) continue;
    teams.push({ delegation, members, story: story.story, seed: story.seed });
  }
  const demo = new DemoSession(manager, logger);
  const practiceIds = await demo.as(admin, (ctx) => casePracticeIdsOfRoute(ctx, route.id));
  const services = servicesOf();
  for (const team of teams) {
    if (await manager.getRepository(ActionPlan).existsBy({ delegationId: team.delegation.id })) continue;
    team.plan = await tellStory(demo, services, team, reviewer, practiceIds.slice(0, 2));
  }
  await holdTheVote(demo, services, admin, route.id, teams);
}
