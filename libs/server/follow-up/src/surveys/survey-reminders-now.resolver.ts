import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Allow, Cost, type RequestContext } from '@lr/server-core';
import { FOLLOW_UP } from '../common/access';
import { RemindSurveyInviteesInput, SurveyReminderOutcome, SurveyRemindersNowService } from './survey-reminders-now';

/** Reminders sent by hand from a survey's roster, for the survey builders (follow-up editors and admins). */
@Resolver()
export class SurveyRemindersNowResolver {
  constructor(private readonly service: SurveyRemindersNowService) {}

  @Allow.edit(FOLLOW_UP)
  @Cost({ assumedSize: 100 })
  @Mutation(() => [SurveyReminderOutcome], {
    description:
      'Reminds the chosen roster rows of an OPEN survey now; each row says whether it was sent or why not (answered, reminded today, never invited, no e-mail). At most one reminder per person and day, with the scheduled ones',
  })
  remindSurveyInvitees(@Ctx() ctx: RequestContext, @Arg('input') input: RemindSurveyInviteesInput) {
    return this.service.remind(ctx, input);
  }
}
