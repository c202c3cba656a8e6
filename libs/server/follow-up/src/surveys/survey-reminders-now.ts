import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsUUID } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { In } from 'typeorm';
import { ConflictError, lockRow, Service, today, type RequestContext } from '@lr/server-core';
import { startOfDay } from './survey-dates';
import { SurveyStatus } from './survey-enums';
import { dueReminder, mailEach } from './survey-invitations';
import { SurveyInvitation } from './survey-invitation.entity';
import { Survey } from './survey.entity';

/** What became of one person of a reminder sent by hand. */
export enum SurveyReminderResult {
  SENT = 'SENT',
  ANSWERED = 'ANSWERED',
  ALREADY_REMINDED = 'ALREADY_REMINDED',
  NOT_INVITED = 'NOT_INVITED',
  NO_EMAIL = 'NO_EMAIL',
  NOT_ON_ROSTER = 'NOT_ON_ROSTER',
}
registerEnumType(SurveyReminderResult, {
  name: 'SurveyReminderResult',
  description:
    'SENT: a reminder is queued; not sent because: ANSWERED (already answered), ALREADY_REMINDED (reminded today, by hand or by the scheduled reminder), NOT_INVITED (never invited: no e-mail address when the survey opened), NO_EMAIL (no e-mail address now), NOT_ON_ROSTER (not an invitation of this survey)',
});

@InputType()
export class RemindSurveyInviteesInput {
  @Field(() => ID) @IsUUID() surveyId: string;
  @Field(() => [ID], { description: 'Roster rows (SurveyInvitation ids) to remind' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique({ message: 'lists a person twice' })
  @IsUUID('all', { each: true })
  invitationIds: string[];
}

@ObjectType({ description: 'What became of one roster row of remindSurveyInvitees, in the order asked' })
export class SurveyReminderOutcome {
  @Field(() => ID) invitationId: string;
  @Field(() => SurveyReminderResult) result: SurveyReminderResult;
}

/**
 * Reminds the chosen people of an OPEN survey now ("send a reminder to these"). Each row stands
 * on its own: those who answered, were reminded today, or cannot be mailed are skipped and say
 * so, the others are mailed, all in one transaction (the mails are queued in the outbox and go
 * once it commits). Unlike the bulk moves this is not all or nothing: a skipped row is not a
 * refusal of the editor's decision, only a person who needs no reminder or cannot get one.
 *
 * A reminder round is a day: a row reminded since midnight UTC (here, or by the survey's
 * scheduled reminder of the day, which uses the same `dueReminder`) is not reminded again, so
 * clicking twice, or two editors at once, send one e-mail. The survey's row is locked first,
 * as the scheduled reminder does, so concurrent sends wait for each other.
 *
 * Anonymous surveys: the roster already tells editors who answered (`answeredOn`, never which
 * answer), so saying ANSWERED here reveals nothing new.
 */
@Service()
export class SurveyRemindersNowService {
  async remind(ctx: RequestContext, input: RemindSurveyInviteesInput): Promise<SurveyReminderOutcome[]> {
    const survey = await lockRow(ctx, Survey, input.surveyId);
    if (survey.status !== SurveyStatus.OPEN) {
      throw new ConflictError(`The survey is ${survey.status}: reminders go out only while it is OPEN`, { constraint: 'surveyOpenOnly' });
    }
    const rows = await ctx.repo(SurveyInvitation).find({ where: { surveyId: survey.id, id: In(input.invitationIds) } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const round = startOfDay(today());
    const due = rows.filter((r) => dueReminder(r, round));
    const sent = new Set((await mailEach(ctx, survey, due, 'remind')).map((r) => r.id));
    const now = new Date();
    const reminded = due.filter((r) => sent.has(r.id));
    for (const invitation of reminded) invitation.lastRemindedAt = now;
    await ctx.repo(SurveyInvitation).save(reminded);
    return input.invitationIds.map((invitationId) => ({ invitationId, result: resultOf(byId.get(invitationId), sent, round) }));
  }
}

/** Why a row was (not) reminded; a row due a reminder but not sent had no e-mail address (mailEach skips those). */
function resultOf(row: SurveyInvitation | undefined, sent: ReadonlySet<string>, round: Date): SurveyReminderResult {
  if (!row) return SurveyReminderResult.NOT_ON_ROSTER;
  if (sent.has(row.id)) return SurveyReminderResult.SENT;
  if (row.answeredOn) return SurveyReminderResult.ANSWERED;
  if (!row.invitedAt) return SurveyReminderResult.NOT_INVITED;
  return dueReminder(row, round) ? SurveyReminderResult.NO_EMAIL : SurveyReminderResult.ALREADY_REMINDED;
}
