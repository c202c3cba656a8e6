import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Cost, findOrFail, isAdmin, localize, Service, type RequestContext } from '@lr/server-core';
import { Person, peopleByIds } from '@lr/server-core-domain';
import { In, IsNull, Not } from 'typeorm';
import { QuestionType } from './survey-enums';
import { SurveyInvitation } from './survey-invitation.entity';
import { SurveyQuestion } from './survey-question.entity';
import { SurveyResponse } from './survey-response.entity';
import { percentOneDecimal, summarize } from './survey-summary';
import { Survey } from './survey.entity';

@ObjectType()
export class LikertCount {
  @Field(() => Int) score: number;
  @Field(() => Int) count: number;
}

@ObjectType()
export class ChoiceCount {
  @Field() value: string;
  @Field({ description: "The option's label in the caller's language" }) label: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'A free-text answer; who wrote it only in named surveys, and only for admins' })
export class FreeTextAnswer {
  @Field() text: string;
  @Field(() => Person, { nullable: true }) person: Person | null;
}

@ObjectType({ description: "One question's answers, summarized" })
export class QuestionResult {
  @Field(() => ID) questionId: string;
  @Field(() => Int) position: number;
  @Field(() => QuestionType) type: QuestionType;
  @Field({ description: "In the caller's language" }) text: string;
  @Field(() => Int, { description: 'Responses that answered it' }) answered: number;
  @Cost({ assumedSize: 5 }) @Field(() => [LikertCount], { description: 'LIKERT: each score 1-5 and how many chose it' }) likert: LikertCount[];
  @Field(() => String, { nullable: true, description: 'LIKERT: the mean score, exact to two decimals ("4.67")' }) mean: string | null;
  @Cost({ assumedSize: 5 }) @Field(() => [ChoiceCount], { description: 'Choice questions: each option and how many chose it' }) choices: ChoiceCount[];
  @Cost({ assumedSize: 30 }) @Field(() => [FreeTextAnswer], { description: 'FREE_TEXT: the answers (anonymous surveys: in no particular order, never with a person)' }) texts: FreeTextAnswer[];
}

@ObjectType({ description: "A survey's response rate and per-question summaries" })
export class SurveyResults {
  @Field(() => ID) surveyId: string;
  @Field() anonymous: boolean;
  @Field(() => Int, { description: 'People on the roster' }) invited: number;
  @Field(() => Int) answered: number;
  @Field(() => Float, { description: 'answered / invited, in percent with one decimal (66.7)' }) responseRate: number;
  @Cost({ assumedSize: 10 }) @Field(() => [QuestionResult]) questions: QuestionResult[];
}

/**
 * The responses of a survey in a fixed order that says nothing of when each came: by their
 * random id. Named surveys carry the invitation, anonymous ones nothing.
 */
export function responsesOf(ctx: RequestContext, surveyId: string): Promise<SurveyResponse[]> {
  return ctx.repo(SurveyResponse).find({ where: { surveyId }, order: { id: 'ASC' } });
}

@Service()
export class SurveyResultsService {
  async results(ctx: RequestContext, surveyId: string): Promise<SurveyResults> {
    const survey = await findOrFail(ctx, Survey, surveyId);
    const [questions, responses, invited, answered] = await Promise.all([
      ctx.repo(SurveyQuestion).find({ where: { surveyId }, order: { position: 'ASC' } }),
      responsesOf(ctx, surveyId),
      ctx.repo(SurveyInvitation).countBy({ surveyId }),
      ctx.repo(SurveyInvitation).countBy({ surveyId, answeredOn: Not(IsNull()) }),
    ]);
    // Who wrote what: named surveys, admins only. An anonymous survey's responses hold no link to follow.
    const named = !survey.anonymous && isAdmin(ctx.principal);
    const authors = named ? await authorsOf(ctx, responses) : new Map<string, Person>();
    return {
      surveyId,
      anonymous: survey.anonymous,
      invited,
      answered,
      responseRate: percentOneDecimal(answered, invited),
      questions: questions.map((q) => {
        const s = summarize(q, responses);
        return {
          questionId: q.id,
          position: q.position,
          type: q.type,
          text: localize(q.text, ctx.language) ?? '',
          answered: s.answered,
          likert: s.likert,
          mean: s.mean,
          choices: s.choices.map((c) => ({ ...c, label: localize(q.options.find((o) => o.value === c.value)?.label, ctx.language) ?? c.value })),
          texts: s.texts.map((t) => ({ text: t.text, person: named ? (authors.get(responses[t.response].invitationId ?? '') ?? null) : null })),
        };
      }),
    };
  }
}

/** The person behind each named response, by invitation id. */
export async function authorsOf(ctx: RequestContext, responses: readonly SurveyResponse[]): Promise<Map<string, Person>> {
  const ids = responses.map((r) => r.invitationId).filter((id): id is string => !!id);
  if (!ids.length) return new Map();
  const invitations = await ctx.repo(SurveyInvitation).findBy({ id: In(ids) });
  const people = new Map((await peopleByIds(ctx, invitations.map((i) => i.personId))).map((p) => [p.id, p]));
  return new Map(invitations.flatMap((i) => (people.has(i.personId) ? [[i.id, people.get(i.personId) as Person] as const] : [])));
}
