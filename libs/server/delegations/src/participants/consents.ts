import { Field, ObjectType } from 'type-graphql';
import { ValidationError, today } from '@lr/server-core';
import type { ConsentInput } from './participant.inputs';
import type { Participant } from './participant.entity';
import { ConsentKind } from './participant-enums';

/** One consent as recorded: given or refused, on which day, recorded by whom. */
@ObjectType({ description: 'A consent a participant gave or refused, with its date and who recorded it' })
export class ParticipantConsent {
  @Field(() => ConsentKind) kind: ConsentKind;
  @Field(() => Boolean, { nullable: true, description: 'null while not asked yet' }) given: boolean | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) date: string | null;
  @Field(() => String, { nullable: true, description: 'Who recorded it (a name)' }) recordedBy: string | null;
}

/** The participant's columns of each consent. */
const COLUMNS = {
  [ConsentKind.PERSONAL_DATA]: ['consentPersonalData', 'consentPersonalDataDate', 'consentPersonalDataBy'],
  [ConsentKind.PHOTOS_AND_MEDIA]: ['consentPhotosAndMedia', 'consentPhotosAndMediaDate', 'consentPhotosAndMediaBy'],
  [ConsentKind.SHARE_PLAN]: ['consentSharePlan', 'consentSharePlanDate', 'consentSharePlanBy'],
} as const satisfies Record<ConsentKind, readonly [keyof Participant, keyof Participant, keyof Participant]>;

export const CONSENT_COLUMNS = Object.values(COLUMNS).flat();

/** The checklist, in a fixed order. */
export function consentsOf(p: Participant): ParticipantConsent[] {
  return (Object.keys(COLUMNS) as ConsentKind[]).map((kind) => {
    const [given, date, by] = COLUMNS[kind];
    return { kind, given: p[given] as boolean | null, date: p[date] as string | null, recordedBy: p[by] as string | null };
  });
}

/** Records each answer with its day (today unless given; never in the future) and who recorded it. */
export function applyConsents(p: Participant, answers: readonly ConsentInput[], recordedBy: string): void {
  const now = today();
  const problems = answers.flatMap((a, i) => (a.date && a.date > now ? [{ path: `input.consents.${i}.date`, message: 'cannot be in the future' }] : []));
  const kinds = answers.map((a) => a.kind);
  kinds.forEach((k, i) => kinds.indexOf(k) !== i && problems.push({ path: `input.consents.${i}.kind`, message: `${k} is given twice` }));
  if (problems.length) throw new ValidationError(problems);
  const record = p as unknown as Record<string, unknown>;
  for (const answer of answers) {
    const [given, date, by] = COLUMNS[answer.kind];
    record[given] = answer.given;
    record[date] = answer.date ?? now;
    record[by] = recordedBy;
  }
}
