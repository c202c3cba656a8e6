import { IsNull } from 'typeorm';
import { queueMail, type RequestContext } from '@lr/server-core';
import { peopleByIds } from '@lr/server-core-domain';
import { mailLanguage, surveyMail } from './survey-mail';
import { surveyLink } from './survey-token';
import { SurveyInvitation } from './survey-invitation.entity';
import type { Survey } from './survey.entity';

/** Queues one invitation or reminder e-mail per invitation (people without an e-mail address are skipped). */
export async function mailEach(ctx: RequestContext, survey: Survey, invitations: SurveyInvitation[], kind: 'invite' | 'remind'): Promise<SurveyInvitation[]> {
  const people = new Map((await peopleByIds(ctx, invitations.map((i) => i.personId))).map((p) => [p.id, p]));
  const sent: SurveyInvitation[] = [];
  for (const invitation of invitations) {
    const person = people.get(invitation.personId);
    if (!person?.email) continue;
    const language = mailLanguage(person.languages ?? []);
    const name = `${person.givenName} ${person.familyName}`.trim();
    const mail = surveyMail(kind, { name, title: survey.title, link: surveyLink(ctx, invitation.id, language), closesOn: survey.closesOn, anonymous: survey.anonymous, language });
    await queueMail(ctx, { to: person.email, toName: name, subject: mail.subject, text: mail.text, kind: kind === 'invite' ? 'survey-invitation' : 'survey-reminder', language });
    sent.push(invitation);
  }
  return sent;
}

/**
 * Sends the personal link to everyone on the roster not yet invited (on opening; again for
 * nobody): the mail is queued in the opening's transaction, so it goes out once it commits.
 */
export async function sendInvitations(ctx: RequestContext, survey: Survey): Promise<number> {
  const repo = ctx.repo(SurveyInvitation);
  const pending = await repo.find({ where: { surveyId: survey.id, invitedAt: IsNull() }, order: { createdAt: 'ASC' } });
  const sent = await mailEach(ctx, survey, pending, 'invite');
  const now = new Date();
  for (const invitation of sent) invitation.invitedAt = now;
  await repo.save(sent);
  return sent.length;
}

/**
 * Whether an invitation is due a reminder of the round that began at `due`: invited, not
 * answered, not reminded since. The scheduled reminders and those sent by hand share it, so
 * nobody gets two reminders of one round, whichever sent first.
 */
export function dueReminder(invitation: SurveyInvitation, due: Date): boolean {
  return !!invitation.invitedAt && !invitation.answeredOn && !(invitation.lastRemindedAt && invitation.lastRemindedAt >= due);
}

/**
 * Reminds those invited who have not answered and were not reminded since `due` (the reminder's
 * day): a second run of the same reminder finds them reminded and sends nothing.
 */
export async function sendReminders(ctx: RequestContext, survey: Survey, due: Date): Promise<number> {
  const repo = ctx.repo(SurveyInvitation);
  const pending = await repo
    .createQueryBuilder('i')
    .where('i.survey_id = :surveyId AND i.answered_on IS NULL AND i.invited_at IS NOT NULL', { surveyId: survey.id })
    .andWhere('(i.last_reminded_at IS NULL OR i.last_reminded_at < :due)', { due })
    .orderBy('i.created_at', 'ASC')
    .getMany();
  const sent = await mailEach(ctx, survey, pending, 'remind');
  const now = new Date();
  for (const invitation of sent) invitation.lastRemindedAt = now;
  await repo.save(sent);
  return sent.length;
}
