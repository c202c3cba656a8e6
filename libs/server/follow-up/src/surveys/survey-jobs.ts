import { lockRowIfExists, transition, type JobHandler, type RequestContext } from '@lr/server-core';
import { startOfDay } from './survey-dates';
import { SurveyStatus } from './survey-enums';
import { sendReminders } from './survey-invitations';
import { SURVEY_JOBS } from './survey-schedule';
import { surveyStatusMachine } from './survey-status-machine';
import { Survey } from './survey.entity';

interface SurveyPayload {
  surveyId: string;
}

/**
 * Opens a scheduled survey on its opening day (entering OPEN sends the invitations). A survey
 * deleted, taken back to DRAFT or opened early by an admin meanwhile is left as it is.
 */
export async function openSurveyJob(ctx: RequestContext, payload: SurveyPayload): Promise<void> {
  const survey = await lockRowIfExists(ctx, Survey, payload.surveyId);
  if (survey?.status !== SurveyStatus.SCHEDULED) return;
  await transition(ctx, surveyStatusMachine, { id: survey.id, to: SurveyStatus.OPEN, version: survey.version });
}

/** Closes an open survey the day after its closing date; one closed (or never opened) is left alone. */
export async function closeSurveyJob(ctx: RequestContext, payload: SurveyPayload): Promise<void> {
  const survey = await lockRowIfExists(ctx, Survey, payload.surveyId);
  if (survey?.status !== SurveyStatus.OPEN) return;
  await transition(ctx, surveyStatusMachine, { id: survey.id, to: SurveyStatus.CLOSED, version: survey.version });
}

/**
 * Reminds those who have not answered, on the reminder's day (`on`); only while the survey is
 * open. Its key is per survey and day, and a job is done once; even run again, it finds everyone
 * reminded since that day and sends nothing.
 */
export async function remindSurveyJob(ctx: RequestContext, payload: SurveyPayload & { on: string }): Promise<void> {
  const survey = await lockRowIfExists(ctx, Survey, payload.surveyId);
  if (survey?.status !== SurveyStatus.OPEN) return;
  await sendReminders(ctx, survey, startOfDay(payload.on));
}

/** The handlers registered in surveys.part.ts `jobs`. */
export const surveyJobs: Record<string, JobHandler> = {
  [SURVEY_JOBS.open]: (ctx, payload) => openSurveyJob(ctx, payload as unknown as SurveyPayload),
  [SURVEY_JOBS.close]: (ctx, payload) => closeSurveyJob(ctx, payload as unknown as SurveyPayload),
  [SURVEY_JOBS.remind]: (ctx, payload) => remindSurveyJob(ctx, payload as unknown as SurveyPayload & { on: string }),
};
