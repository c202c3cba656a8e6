import { cancelJob, scheduleJob, type RequestContext } from '@lr/server-core';
import { addDays, startOfDay } from './survey-dates';
import type { Survey } from './survey.entity';

/** The job kinds of surveys, handled in `survey-jobs.ts` (registered in surveys.part.ts). */
export const SURVEY_JOBS = {
  open: 'follow-up.survey-open',
  close: 'follow-up.survey-close',
  remind: 'follow-up.survey-remind',
} as const;

/** Job keys: one per survey and purpose, one per survey and reminder day, so a job is never done twice. */
export const surveyJobKey = {
  open: (surveyId: string) => `survey-open:${surveyId}`,
  close: (surveyId: string) => `survey-close:${surveyId}`,
  remind: (surveyId: string, day: number) => `survey-remind:${surveyId}:${day}`,
};

/** When a scheduled survey opens (midnight UTC of opensOn) and closes (the midnight after closesOn, its last day). */
export const openingTime = (survey: Survey) => startOfDay(survey.opensOn);
export const closingTime = (survey: Survey) => startOfDay(addDays(survey.closesOn, 1));

/** On SCHEDULED: the opening and the closing, as jobs. */
export async function scheduleWindow(ctx: RequestContext, survey: Survey): Promise<void> {
  await scheduleJob(ctx, { kind: SURVEY_JOBS.open, key: surveyJobKey.open(survey.id), runAt: openingTime(survey), payload: { surveyId: survey.id } });
  await scheduleJob(ctx, { kind: SURVEY_JOBS.close, key: surveyJobKey.close(survey.id), runAt: closingTime(survey), payload: { surveyId: survey.id } });
}

/** Back to DRAFT: nothing opens or closes it until it is scheduled again. */
export async function unscheduleWindow(ctx: RequestContext, survey: Survey): Promise<void> {
  await cancelJob(ctx, surveyJobKey.open(survey.id));
  await cancelJob(ctx, surveyJobKey.close(survey.id));
}

/**
 * On OPEN: a reminder job for each of the survey's reminder days, counted from `from` (see the
 * machine's OPEN), skipping days after it closes.
 */
export async function scheduleReminders(ctx: RequestContext, survey: Survey, from: string): Promise<void> {
  for (const day of survey.reminderDays) {
    const on = addDays(from, day);
    if (on > survey.closesOn) continue;
    await scheduleJob(ctx, { kind: SURVEY_JOBS.remind, key: surveyJobKey.remind(survey.id, day), runAt: startOfDay(on), payload: { surveyId: survey.id, day, on } });
  }
}

/** On CLOSED: reminders not yet sent, and the closing job if an admin closed it first, are dropped. */
export async function cancelRemaining(ctx: RequestContext, survey: Survey): Promise<void> {
  for (const day of survey.reminderDays) await cancelJob(ctx, surveyJobKey.remind(survey.id, day));
  await cancelJob(ctx, surveyJobKey.close(survey.id));
}
