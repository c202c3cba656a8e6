import { UseMiddleware, type MiddlewareFn } from 'type-graphql';
import { canSeePersonalData, isAdmin, type Principal } from '../auth/principal';
import type { RequestContext } from '../context/request-context';
import { declareReads } from '../reads/read-declarations';

/** The kinds of personal data, each with one rule for who sees it. */
export enum PersonalData {
  /** E-mail and phone. */
  CONTACT = 'contact',
  /** Identity documents and date of birth (travel logistics). */
  IDENTITY = 'identity',
}

/** What the rules read of the person the data is about. */
export interface PersonalDataSubject {
  /** The person agreed to be contacted by partners and the programme's editors. */
  contactConsent?: boolean | null;
  /** The id of the person (core domain) the data is about: they see it themselves when signed in. */
  personId?: string | null;
}

/** The caller is the signed-in user whose account belongs to the person the data is about. */
export function isSelf(principal: Principal, subject: PersonalDataSubject): boolean {
  return principal.kind === 'user' && !!principal.personId && principal.personId === subject.personId;
}

/**
 * The one privacy policy: who sees which kind of a person's data. Admins see everything, and a
 * signed-in user sees their own (their account's `personId` is the subject's). Contact details
 * also go to those who may see personal data (editors, keys with the PERSONAL_DATA scope) when
 * the person consented; identity data to nobody else.
 */
const RULES: Readonly<Record<PersonalData, (principal: Principal, subject: PersonalDataSubject) => boolean>> = {
  [PersonalData.CONTACT]: (principal, subject) =>
    isAdmin(principal) || isSelf(principal, subject) || (subject.contactConsent === true && canSeePersonalData(principal)),
  [PersonalData.IDENTITY]: (principal, subject) => isAdmin(principal) || isSelf(principal, subject),
};

export function maySeePersonalData(principal: Principal, kind: PersonalData, subject: PersonalDataSubject): boolean {
  return RULES[kind](principal, subject);
}

export interface PersonalOptions {
  /**
   * The property of the field's object that holds the id of the person the data is about:
   * `'id'` on the person's own record, `'personId'` on a record that points at a person. It is
   * read along with the field, and the person, signed in, then sees their own data (the "self"
   * rule). Without it that rule does not apply to the field: no property is guessed.
   */
  personId?: string;
}

function guardOf(kind: PersonalData, personId: string | undefined): MiddlewareFn<RequestContext> {
  return async ({ root, context }, next) => {
    const row = root as Record<string, unknown> & PersonalDataSubject;
    // Only the property the field names: a row read for a list holds what was declared, no more.
    const subject: PersonalDataSubject = { contactConsent: row.contactConsent, personId: personId && typeof row[personId] === 'string' ? row[personId] : null };
    return maySeePersonalData(context.principal, kind, subject) ? next() : null;
  };
}

/**
 * Marks a GraphQL field as personal data of `kind`: it resolves to null for callers the policy
 * does not allow. The field must be nullable; for CONTACT data its object must carry the
 * subject's consent (`contactConsent`), and with `{ personId }` it names where the object keeps
 * the subject's person id, so that person sees their own data. Both are read along with the
 * field by lists that look ahead. Adding a personal field is this one line above its `@Field`.
 *
 * @example
 *   @Personal(PersonalData.IDENTITY, { personId: 'personId' })
 *   @Field(() => String, { nullable: true }) @Column({ nullable: true }) passportNumber: string | null;
 * @example
 *   // on Person itself, whose own id is the subject's
 *   @Personal(PersonalData.CONTACT, { personId: 'id' })
 */
export function Personal(kind: PersonalData, options: PersonalOptions = {}): PropertyDecorator & MethodDecorator {
  const guard = UseMiddleware(guardOf(kind, options.personId));
  const reads = [...(kind === PersonalData.CONTACT ? ['contactConsent'] : []), ...(options.personId ? [options.personId] : [])];
  return (target: object, member: string | symbol, descriptor?: PropertyDescriptor) => {
    // Lists that look ahead read what the policy decides with along with the field.
    declareReads(target.constructor, String(member), reads);
    return guard(target, member, descriptor as PropertyDescriptor);
  };
}
