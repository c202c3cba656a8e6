import { In } from 'typeorm';
import { LANGUAGES, Language, localize, queueMail, transition, User, type RequestContext } from '@lr/server-core';
import { peopleByIds } from '@lr/server-core-domain';
import { TrackedIndicator } from '../indicators/tracked-indicator.entity';
import { periodStatusMachine } from './period-machine';
import { PeriodStatus } from './period-status';
import { reminderMail } from './reminder-texts';
import { ReportingPeriod } from './reporting-period.entity';

/** The e-mail kind admins filter the outbox by. */
export const REMINDER_MAIL_KIND = 'follow-up.period-reminder';

const periodOf = (ctx: RequestContext, payload: Record<string, unknown>) =>
  typeof payload['periodId'] === 'string' ? ctx.repo(ReportingPeriod).findOneBy({ id: payload['periodId'] }) : Promise.resolve(null);

/**
 * The language to write to a person in: their account's (the one they chose for e-mail), else
 * the first working language they speak, else English.
 */
function languageOf(account: User | undefined, spoken: readonly string[]): Language {
  if (account) return account.language;
  return (spoken.map((l) => l.toLowerCase()).find((l) => (LANGUAGES as readonly string[]).includes(l)) as Language | undefined) ?? Language.EN;
}

/** The programme's indicators with an owner and no report dated in the period (nor filed under it). */
function unreported(ctx: RequestContext, period: ReportingPeriod): Promise<TrackedIndicator[]> {
  return ctx
    .repo(TrackedIndicator)
    .createQueryBuilder('i')
    .where('i.programme_id = :programmeId AND i.owner_person_id IS NOT NULL', { programmeId: period.programmeId })
    .andWhere(
      'NOT EXISTS (SELECT 1 FROM progress_report r WHERE r.indicator_id = i.id AND (r.period_id = :periodId OR r.reported_on BETWEEN :startsOn AND :endsOn))',
      { periodId: period.id, startsOn: period.startsOn, endsOn: period.endsOn },
    )
    .orderBy('i.created_at', 'ASC')
    .getMany();
}

/**
 * The reminder job: one e-mail to each owner of an indicator with no report in the period,
 * queued in the job's transaction (the outbox sends it after the commit, so once). Nothing is
 * sent for a period deleted or already locked, nor to an owner without an e-mail address.
 */
export async function remindOwners(ctx: RequestContext, payload: Record<string, unknown>): Promise<void> {
  const period = await periodOf(ctx, payload);
  if (!period || period.status === PeriodStatus.LOCKED) return;
  const indicators = await unreported(ctx, period);
  const byOwner = new Map<string, TrackedIndicator[]>();
  for (const indicator of indicators) {
    const owner = indicator.ownerPersonId as string;
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), indicator]);
  }
  const ownerIds = [...byOwner.keys()];
  const people = await peopleByIds(ctx, ownerIds);
  const accounts = ownerIds.length ? await ctx.repo(User).findBy({ personId: In(ownerIds), active: true }) : [];
  const link = `${ctx.runtime.config?.portalUrl ?? ''}/follow-up`;
  for (const person of people) {
    if (!person.email) {
      ctx.runtime.logger.info('an indicator owner has no e-mail address: no reminder sent', { personId: person.id, periodId: period.id });
      continue;
    }
    const language = languageOf(
      accounts.find((a) => a.personId === person.id),
      person.languages,
    );
    const names = (byOwner.get(person.id) ?? []).map((i) => localize(i.name, language) ?? i.id);
    const mail = reminderMail(language, { givenName: person.givenName, label: period.label, startsOn: period.startsOn, endsOn: period.endsOn, closesOn: period.closesOn, indicators: names, link });
    await queueMail(ctx, { to: person.email, toName: `${person.givenName} ${person.familyName}`.slice(0, 200), ...mail, kind: REMINDER_MAIL_KIND, language });
  }
}

/** The automatic lock once `closesOn` is over, through the machine (history and audit name the system). */
export async function lockWhenClosed(ctx: RequestContext, payload: Record<string, unknown>): Promise<void> {
  const period = await periodOf(ctx, payload);
  if (!period || period.status === PeriodStatus.LOCKED) return;
  await transition(ctx, periodStatusMachine, { id: period.id, to: PeriodStatus.LOCKED, version: period.version });
}
