import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionType, Cost, LocalizedText, localizedFieldsResolver, LookAhead, Reads, stateHistory, type RequestContext, type Selection } from '@lr/server-core';
import { loadPerson, Person } from '@lr/server-core-domain';
import { FOLLOW_UP } from '../common/access';
import { SurveyStatus } from './survey-enums';
import { SurveyInvitation } from './survey-invitation.entity';
import { SurveyQuestion } from './survey-question.entity';
import { SurveyStatusChange } from './survey-status-change';
import { surveyStatusMachine } from './survey-status-machine';
import { Survey } from './survey.entity';
import { AddSurveyQuestionInput, CreateSurveyInput, SetSurveyRosterArgs, SurveysArgs, UpdateSurveyInput, UpdateSurveyQuestionInput } from './survey.inputs';
import { SurveyService } from './survey.service';

@ObjectType()
export class SurveyConnection extends ConnectionType(Survey) {}

@ObjectType({ description: 'A choice of a question, with every language version of its label' })
export class SurveyQuestionOption {
  @Field() value: string;
  @Field(() => LocalizedText) label: LocalizedText;
}

export const SurveyTextResolver = localizedFieldsResolver(Survey, [{ name: 'title' }, { name: 'introduction', nullable: true }]);
export const SurveyQuestionTextResolver = localizedFieldsResolver(SurveyQuestion, [{ name: 'text' }]);

/**
 * The survey builder, for editors of follow-up and admins (surveys, their roster and answers are
 * internal: other users and partners do not read them).
 */
@Resolver(() => Survey)
export class SurveyResolver {
  constructor(private readonly service: SurveyService) {}

  @Allow.edit(FOLLOW_UP)
  @Query(() => SurveyConnection, { description: 'Latest opening first; filtered by route, programme, status, kind, and searched by title' })
  surveys(@Ctx() ctx: RequestContext, @Args() args: SurveysArgs, @LookAhead() selection: Selection) {
    return this.service.list(ctx, args, selection);
  }

  @Allow.edit(FOLLOW_UP)
  @Query(() => Survey)
  survey(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow.edit(FOLLOW_UP)
  @Mutation(() => Survey, { description: 'A DRAFT survey of a route (its programme is taken from it) or of a programme' })
  createSurvey(@Ctx() ctx: RequestContext, @Arg('input') input: CreateSurveyInput) {
    return this.service.create(ctx, input);
  }

  @Allow.edit(FOLLOW_UP)
  @Mutation(() => Survey, { description: 'Only while DRAFT' })
  updateSurvey(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateSurveyInput) {
    return this.service.update(ctx, input);
  }

  @Allow.edit(FOLLOW_UP)
  @Mutation(() => ID, { description: 'Only while DRAFT, at the version you read' })
  deleteSurvey(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.delete(ctx, id, version);
  }

  @Allow.edit(FOLLOW_UP)
  @Mutation(() => SurveyQuestion, { description: 'Appended last; only while DRAFT' })
  addSurveyQuestion(@Ctx() ctx: RequestContext, @Arg('input') input: AddSurveyQuestionInput) {
    return this.service.addQuestion(ctx, input);
  }

  @Allow.edit(FOLLOW_UP)
  @Mutation(() => SurveyQuestion, { description: 'Only while DRAFT' })
  updateSurveyQuestion(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateSurveyQuestionInput) {
    return this.service.updateQuestion(ctx, input);
  }

  @Allow.edit(FOLLOW_UP)
  @Mutation(() => ID, { description: 'Only while DRAFT; the others are renumbered' })
  removeSurveyQuestion(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.removeQuestion(ctx, id, version);
  }

  @Allow.edit(FOLLOW_UP)
  @Cost({ assumedSize: 10 })
  @Mutation(() => [SurveyQuestion], { description: "The survey's questions in this order (each exactly once); only while DRAFT" })
  reorderSurveyQuestions(@Ctx() ctx: RequestContext, @Arg('surveyId', () => ID) surveyId: string, @Arg('questionIds', () => [ID]) questionIds: string[]) {
    return this.service.reorderQuestions(ctx, surveyId, questionIds);
  }

  @Allow.edit(FOLLOW_UP)
  @Mutation(() => Survey, { description: 'Makes the roster exactly these people; only while DRAFT' })
  setSurveyRoster(@Ctx() ctx: RequestContext, @Args() args: SetSurveyRosterArgs) {
    return this.service.setRoster(ctx, args.surveyId, args.personIds);
  }

  @Allow.edit(FOLLOW_UP)
  @Mutation(() => Survey, { description: "Adds the route's SELECTED participants not on the roster yet; only while DRAFT" })
  addRouteParticipantsToRoster(@Ctx() ctx: RequestContext, @Arg('surveyId', () => ID) surveyId: string) {
    return this.service.addRouteParticipants(ctx, surveyId);
  }

  @Allow.edit(FOLLOW_UP)
  @Mutation(() => Survey, {
    description: 'DRAFT → SCHEDULED (needs questions and a roster; it then opens on opensOn and closes after closesOn by itself), SCHEDULED → DRAFT; admins: SCHEDULED → OPEN early (sends the invitations), OPEN → CLOSED early',
  })
  changeSurveyStatus(@Ctx() ctx: RequestContext, @Arg('surveyId', () => ID) surveyId: string, @Arg('toStatus', () => SurveyStatus) toStatus: SurveyStatus, @Arg('version', () => Int) version: number) {
    return this.service.changeStatus(ctx, surveyId, toStatus, version);
  }

  @Cost({ assumedSize: 8 })
  @Reads()
  @FieldResolver(() => [SurveyQuestion], { description: 'In order' })
  questions(@Ctx() ctx: RequestContext, @Root() survey: Survey) {
    return ctx.repo(SurveyQuestion).find({ where: { surveyId: survey.id }, order: { position: 'ASC' } });
  }

  @Cost({ assumedSize: 30 })
  @Reads()
  @FieldResolver(() => [SurveyInvitation], { description: 'The roster, in the order people were added' })
  invitations(@Ctx() ctx: RequestContext, @Root() survey: Survey) {
    return ctx.repo(SurveyInvitation).find({ where: { surveyId: survey.id }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  @Cost({ assumedSize: 4 })
  @Reads()
  @FieldResolver(() => [SurveyStatusChange], { description: 'Its moves, oldest first' })
  statusHistory(@Ctx() ctx: RequestContext, @Root() survey: Survey) {
    return stateHistory(ctx, surveyStatusMachine, survey.id);
  }

  @Reads('status')
  @FieldResolver(() => [SurveyStatus], { description: 'The moves open to you now' })
  allowedMoves(@Ctx() ctx: RequestContext, @Root() survey: Survey) {
    return surveyStatusMachine.allowedMoves(ctx.principal, survey.status);
  }
}

@Resolver(() => SurveyQuestion)
export class SurveyQuestionResolver {
  @Cost({ assumedSize: 5 })
  @Reads('options')
  @FieldResolver(() => [SurveyQuestionOption], { description: 'For choice questions' })
  options(@Root() question: SurveyQuestion): SurveyQuestionOption[] {
    return question.options.map((o) => ({ value: o.value, label: { ...o.label } }));
  }
}

@Resolver(() => SurveyInvitation)
export class SurveyInvitationResolver {
  @Reads('personId')
  @FieldResolver(() => Person)
  person(@Ctx() ctx: RequestContext, @Root() invitation: SurveyInvitation) {
    return loadPerson(ctx, invitation.personId);
  }
}
