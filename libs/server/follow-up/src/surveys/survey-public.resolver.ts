import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, Language, type RequestContext } from '@lr/server-core';
import { SurveyAnswered, SurveyAnsweringService, SurveyForm } from './survey-answering';
import { SurveyAnswerInput } from './survey.inputs';

/**
 * What a personal survey link does, without signing in: the token in the link is the
 * credential. Public like `acceptInvitation`, and counted like every anonymous call by the
 * gateway's per-address rate limit.
 */
@Resolver()
export class SurveyPublicResolver {
  constructor(private readonly answering: SurveyAnsweringService) {}

  @Allow.public()
  @Query(() => SurveyForm, { description: 'The survey a personal link opens (`/survey?token=…&lang=xx`), in that language, and whether it was answered. An unknown link, or a survey not open yet, is NOT_FOUND' })
  surveyByToken(@Ctx() ctx: RequestContext, @Arg('token') token: string, @Arg('lang', () => Language, { nullable: true, description: 'Defaults to the Accept-Language header' }) lang?: Language) {
    return this.answering.form(ctx, token, lang);
  }

  @Allow.public()
  @Mutation(() => SurveyAnswered, {
    description: 'Answers the survey of a personal link, once (CONFLICT after, and once the survey is closed). Each answer is checked against its question: BAD_USER_INPUT on answers.N.score|choices|text|questionId, or on answers for a required question left out',
  })
  answerSurvey(@Ctx() ctx: RequestContext, @Arg('token') token: string, @Arg('answers', () => [SurveyAnswerInput]) answers: SurveyAnswerInput[]) {
    return this.answering.answer(ctx, token, answers);
  }
}
