import { defineStateMachine, type Missing, type RequestContext } from '@lr/server-core';
import { FOLLOW_UP } from '../common/access';
import { dateOf } from './survey-dates';
import { SurveyStatus } from './survey-enums';
import { sendInvitations } from './survey-invitations';
import { SurveyInvitation } from './survey-invitation.entity';
import { SurveyQuestion } from './survey-question.entity';
import { cancelRemaining, scheduleReminders, scheduleWindow, unscheduleWindow } from './survey-schedule';
import { Survey } from './survey.entity';

const { DRAFT, SCHEDULED, OPEN, CLOSED } = SurveyStatus;

async function readyToSchedule(ctx: RequestContext, survey: Survey): Promise<Missing[]> {
  // One after the other: inside the move's transaction both would wait for the same connection anyway.
  const questions = await ctx.repo(SurveyQuestion).countBy({ surveyId: survey.id });
  const roster = await ctx.repo(SurveyInvitation).countBy({ surveyId: survey.id });
  const missing: Missing[] = [];
  if (!questions) missing.push({ code: 'QUESTIONS', message: 'at least one question' });
  if (!roster) missing.push({ code: 'ROSTER', message: 'at least one person on its roster' });
  if (survey.closesOn < dateOf(new Date())) missing.push({ code: 'WINDOW', message: 'a closing date that is not past' });
  return missing;
}

/**
 * `survey.status`: built while DRAFT; SCHEDULED once it has questions and a roster (editors may
 * take it back to DRAFT to change it); OPEN on its opening day — by the scheduled job, which
 * acts as the system with an admin's rights, or earlier by an admin — which sends the
 * invitations; CLOSED on the day after its closing date, or earlier by an admin.
 */
export const surveyStatusMachine = defineStateMachine<Survey, SurveyStatus>({
  name: 'survey.status',
  module: FOLLOW_UP,
  entity: Survey,
  property: 'status',
  label: 'survey',
  // Answers and who answered are internal: partners hear nothing of surveys.
  publishesMoves: false,
  moves: [
    { from: DRAFT, to: SCHEDULED },
    { from: SCHEDULED, to: DRAFT },
    { from: SCHEDULED, to: OPEN, by: 'admins' },
    { from: OPEN, to: CLOSED, by: 'admins' },
  ],
  guards: [{ from: DRAFT, to: SCHEDULED, check: readyToSchedule }],
  onEnter: {
    [SCHEDULED]: scheduleWindow,
    [DRAFT]: unscheduleWindow,
    [OPEN]: async (ctx, survey) => {
      await sendInvitations(ctx, survey);
      // Reminders count from the planned opening day, or from today when the opening job ran late
      // (an admin opening early does not bring the reminders forward).
      const today = dateOf(new Date());
      await scheduleReminders(ctx, survey, today > survey.opensOn ? today : survey.opensOn);
    },
    [CLOSED]: cancelRemaining,
  },
});
