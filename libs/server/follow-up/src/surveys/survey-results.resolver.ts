import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Allow, Cost, type RequestContext } from '@lr/server-core';
import { FOLLOW_UP } from '../common/access';
import { SurveyResults, SurveyResultsService } from './survey-results';

@Resolver()
export class SurveyResultsResolver {
  constructor(private readonly results: SurveyResultsService) {}

  @Allow.edit(FOLLOW_UP)
  @Cost({ assumedSize: 10 })
  @Query(() => SurveyResults, {
    description: 'Response rate and per-question summaries. Free-text answers name their author only in named surveys and only for admins; an anonymous survey never links an answer to anyone',
  })
  surveyResults(@Ctx() ctx: RequestContext, @Arg('surveyId', () => ID) surveyId: string) {
    return this.results.results(ctx, surveyId);
  }
}
