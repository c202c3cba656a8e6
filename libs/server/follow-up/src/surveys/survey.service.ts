import {
  cleanLocalized,
  ConflictError,
  findOrFail,
  hasSearch,
  loadForUpdate,
  lockRow,
  paginate,
  ReferenceCheck,
  searchTerm,
  Service,
  textMatches,
  transition,
  ValidationError,
  type Connection,
  type FieldProblem,
  type RequestContext,
  type Selection,
  type SortKey,
} from '@lr/server-core';
import { PersonRef, ProgrammeRef, RouteRef } from '@lr/server-core-domain';
import { travellersOf } from '@lr/server-delegations';
import { isChoice, optionProblems } from './question-rules';
import { SurveyKind, SurveyStatus } from './survey-enums';
import { SurveyInvitation } from './survey-invitation.entity';
import { SurveyQuestion, type QuestionOption } from './survey-question.entity';
import { surveyStatusMachine } from './survey-status-machine';
import { newInvitationKey } from './survey-token';
import { Survey } from './survey.entity';
import type { AddSurveyQuestionInput, CreateSurveyInput, QuestionOptionInput, SurveyFilter, SurveysArgs, UpdateSurveyInput, UpdateSurveyQuestionInput } from './survey.inputs';

const DEFAULT_REMINDER_DAYS = [7, 14];

function windowProblems(opensOn: string, closesOn: string, reminderDays: readonly number[], prefix: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (closesOn <= opensOn) problems.push({ path: `${prefix}.closesOn`, message: `must be after opensOn (${opensOn})`, constraint: 'surveyClosesAfterOpens' });
  if (new Set(reminderDays).size !== reminderDays.length) problems.push({ path: `${prefix}.reminderDays`, message: 'must not repeat a day', constraint: 'uniqueReminderDays' });
  return problems;
}

const cleanOptions = (options: readonly QuestionOptionInput[] | undefined): QuestionOption[] => (options ?? []).map((o) => ({ value: o.value.trim(), label: cleanLocalized(o.label) }));

/** Only a DRAFT survey is built or changed; a SCHEDULED one goes back to DRAFT first. */
function assertDraft(survey: Survey, what: string): void {
  if (survey.status !== SurveyStatus.DRAFT) throw new ConflictError(`The survey is ${survey.status}: ${what} only while it is DRAFT (take it back to DRAFT first if it is SCHEDULED)`, { constraint: 'surveyDraftOnly' });
}

/** The surveys list's order: the latest opening first. */
export const SURVEY_SORT: SortKey = { expression: 's.opens_on', direction: 'DESC' };

/** The surveys the list shows under its filter (the list and its CSV run this one query). */
export function surveysQuery(ctx: RequestContext, f: SurveyFilter | undefined) {
  const q = ctx.repo(Survey).createQueryBuilder('s');
  if (f?.routeId) q.andWhere('s.route_id = :routeId', { routeId: f.routeId });
  if (f?.programmeId) q.andWhere('s.programme_id = :programmeId', { programmeId: f.programmeId });
  if (f?.status) q.andWhere('s.status = :status', { status: f.status });
  if (f?.kind) q.andWhere('s.kind = :kind', { kind: f.kind });
  if (hasSearch(f?.search)) q.andWhere(textMatches('s', { localized: ['title'] }), { term: searchTerm(f.search) });
  return q;
}

/**
 * The survey builder: surveys, their questions and roster, and their moves (`survey.status`).
 * Editors of follow-up and admins write.
 */
@Service()
export class SurveyService {
  /** A page of surveys, the latest opening first. */
  list(ctx: RequestContext, args: SurveysArgs, selection?: Selection): Promise<Connection<Survey>> {
    return paginate(surveysQuery(ctx, args.filter), args, SURVEY_SORT, selection);
  }

  get(ctx: RequestContext, id: string): Promise<Survey> {
    return findOrFail(ctx, Survey, id);
  }

  async create(ctx: RequestContext, input: CreateSurveyInput): Promise<Survey> {
    const check = new ReferenceCheck(ctx);
    const route = await check.one(RouteRef, input.routeId, 'input.routeId');
    const programme = await check.one(ProgrammeRef, input.programmeId, 'input.programmeId');
    if (!input.routeId && !input.programmeId) check.add('input.programmeId', 'is required when no routeId is given', 'surveyProgrammeOrRoute');
    if (route && programme && route.programmeId !== programme.id) check.add('input.programmeId', "must be the route's programme (or left out)", 'surveyRouteOfProgramme');
    const kind = input.kind ?? SurveyKind.CUSTOM;
    if (kind === SurveyKind.SIX_MONTH && !input.routeId) check.add('input.kind', 'SIX_MONTH surveys are of a route: give routeId', 'sixMonthOfRoute');
    const reminderDays = input.reminderDays ?? DEFAULT_REMINDER_DAYS;
    for (const p of windowProblems(input.opensOn, input.closesOn, reminderDays, 'input')) check.add(p.path, p.message, p.constraint);
    check.assertValid();
    if (kind === SurveyKind.SIX_MONTH && route && (await ctx.repo(Survey).existsBy({ routeId: route.id, kind }))) {
      throw ValidationError.field('input.kind', 'the route already has its six-month survey', 'oneSixMonthSurvey');
    }
    const repo = ctx.repo(Survey);
    return repo.save(
      repo.create({
        programmeId: route?.programmeId ?? (input.programmeId as string),
        routeId: route?.id ?? null,
        kind,
        status: SurveyStatus.DRAFT,
        title: cleanLocalized(input.title),
        introduction: cleanLocalized(input.introduction),
        anonymous: input.anonymous ?? false,
        opensOn: input.opensOn,
        closesOn: input.closesOn,
        reminderDays: [...reminderDays].sort((a, b) => a - b),
      }),
    );
  }

  async update(ctx: RequestContext, input: UpdateSurveyInput): Promise<Survey> {
    const survey = await loadForUpdate(ctx, Survey, input.id, input.version);
    assertDraft(survey, 'it can be changed');
    const opensOn = input.opensOn ?? survey.opensOn;
    const closesOn = input.closesOn ?? survey.closesOn;
    const reminderDays = input.reminderDays ?? survey.reminderDays;
    const problems = windowProblems(opensOn, closesOn, reminderDays, 'input');
    if (problems.length) throw new ValidationError(problems);
    if (input.title) survey.title = cleanLocalized(input.title);
    if (input.introduction) survey.introduction = cleanLocalized(input.introduction);
    if (input.anonymous !== undefined && input.anonymous !== null) survey.anonymous = input.anonymous;
    Object.assign(survey, { opensOn, closesOn, reminderDays: [...reminderDays].sort((a, b) => a - b) });
    return ctx.repo(Survey).save(survey);
  }

  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const survey = await loadForUpdate(ctx, Survey, id, version);
    assertDraft(survey, 'it can be deleted');
    await ctx.repo(Survey).remove(survey);
    return id;
  }

  async addQuestion(ctx: RequestContext, input: AddSurveyQuestionInput): Promise<SurveyQuestion> {
    const survey = await lockRow(ctx, Survey, input.surveyId);
    assertDraft(survey, 'questions can be added');
    const options = cleanOptions(input.options);
    const problems = optionProblems(input.type, options, 'input.options');
    if (problems.length) throw new ValidationError(problems);
    const repo = ctx.repo(SurveyQuestion);
    const last = await repo.createQueryBuilder('q').select('MAX(q.position)', 'max').where('q.survey_id = :id', { id: survey.id }).getRawOne<{ max: number | null }>();
    return repo.save(repo.create({ surveyId: survey.id, position: (last?.max ?? 0) + 1, type: input.type, text: cleanLocalized(input.text), options, required: input.required ?? true }));
  }

  async updateQuestion(ctx: RequestContext, input: UpdateSurveyQuestionInput): Promise<SurveyQuestion> {
    const question = await loadForUpdate(ctx, SurveyQuestion, input.id, input.version);
    assertDraft(await lockRow(ctx, Survey, question.surveyId), 'questions can be changed');
    const type = input.type ?? question.type;
    // A type that takes no options drops the old ones; a choice type keeps them unless new ones are given.
    const options = input.options ? cleanOptions(input.options) : isChoice(type) ? question.options : [];
    const problems = optionProblems(type, options, 'input.options');
    if (problems.length) throw new ValidationError(problems);
    question.type = type;
    question.options = options;
    if (input.text) question.text = cleanLocalized(input.text);
    if (input.required !== undefined && input.required !== null) question.required = input.required;
    return ctx.repo(SurveyQuestion).save(question);
  }

  async removeQuestion(ctx: RequestContext, id: string, version: number): Promise<string> {
    const question = await loadForUpdate(ctx, SurveyQuestion, id, version);
    assertDraft(await lockRow(ctx, Survey, question.surveyId), 'questions can be removed');
    await ctx.repo(SurveyQuestion).remove(question);
    await this.renumber(ctx, question.surveyId);
    return id;
  }

  /** Puts the survey's questions in the given order: every question once. */
  async reorderQuestions(ctx: RequestContext, surveyId: string, questionIds: string[]): Promise<SurveyQuestion[]> {
    const survey = await lockRow(ctx, Survey, surveyId);
    assertDraft(survey, 'questions can be reordered');
    const questions = await ctx.repo(SurveyQuestion).findBy({ surveyId });
    const ids = new Set(questions.map((q) => q.id));
    if (questionIds.length !== ids.size || new Set(questionIds).size !== questionIds.length || questionIds.some((id) => !ids.has(id))) {
      throw ValidationError.field('questionIds', `must list each of the survey's ${ids.size} questions exactly once`, 'everyQuestionOnce');
    }
    const byId = new Map(questions.map((q) => [q.id, q]));
    const ordered = questionIds.map((id, i) => Object.assign(byId.get(id) as SurveyQuestion, { position: i + 1 }));
    return ctx.repo(SurveyQuestion).save(ordered);
  }

  private async renumber(ctx: RequestContext, surveyId: string): Promise<void> {
    const questions = await ctx.repo(SurveyQuestion).find({ where: { surveyId }, order: { position: 'ASC' } });
    const moved = questions.filter((q, i) => q.position !== i + 1).map((q) => Object.assign(q, { position: questions.indexOf(q) + 1 }));
    if (moved.length) await ctx.repo(SurveyQuestion).save(moved);
  }

  /**
   * Makes the roster exactly these people (while DRAFT): new people get an invitation (sent when
   * the survey opens), people left out lose theirs.
   */
  async setRoster(ctx: RequestContext, surveyId: string, personIds: string[]): Promise<Survey> {
    const survey = await lockRow(ctx, Survey, surveyId);
    assertDraft(survey, 'the roster can be changed');
    const wanted = [...new Set(personIds)];
    const check = new ReferenceCheck(ctx);
    await check.many(PersonRef, wanted, 'personIds');
    check.assertValid();
    const repo = ctx.repo(SurveyInvitation);
    const current = await repo.findBy({ surveyId });
    const gone = current.filter((i) => !wanted.includes(i.personId));
    if (gone.length) await repo.remove(gone);
    await addInvitations(ctx, survey.id, wanted.filter((id) => !current.some((i) => i.personId === id)));
    return survey;
  }

  /** Adds the route's SELECTED participants (not its team) who are not on the roster yet. */
  async addRouteParticipants(ctx: RequestContext, surveyId: string): Promise<Survey> {
    const survey = await lockRow(ctx, Survey, surveyId);
    assertDraft(survey, 'the roster can be changed');
    if (!survey.routeId) throw ValidationError.field('surveyId', 'is a programme survey: it has no route to take participants from', 'surveyHasRoute');
    const current = new Set((await ctx.repo(SurveyInvitation).findBy({ surveyId })).map((i) => i.personId));
    await addInvitations(ctx, survey.id, await routeParticipants(ctx, survey.routeId, current));
    return survey;
  }

  changeStatus(ctx: RequestContext, surveyId: string, to: SurveyStatus, version: number): Promise<Survey> {
    return transition(ctx, surveyStatusMachine, { id: surveyId, to, version });
  }
}

/** The route's SELECTED participants not in `except`, in the delegations' order (the route team is not surveyed). */
export async function routeParticipants(ctx: RequestContext, routeId: string, except: ReadonlySet<string> = new Set()): Promise<string[]> {
  const travellers = await travellersOf(ctx, routeId);
  return [...new Set(travellers.filter((t) => t.kind === 'PARTICIPANT' && !except.has(t.personId)).map((t) => t.personId))];
}

/** One invitation per person, each with its own link (sent when the survey opens). */
export async function addInvitations(ctx: RequestContext, surveyId: string, personIds: readonly string[]): Promise<void> {
  if (!personIds.length) return;
  const repo = ctx.repo(SurveyInvitation);
  await repo.save(personIds.map((personId) => repo.create({ ...newInvitationKey(ctx), surveyId, personId, invitedAt: null, lastRemindedAt: null, answeredOn: null })));
}
