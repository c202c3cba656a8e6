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
}

/**
 * The one privacy policy: who sees which kind of a person's data. Admins see everything.
 * Contact details go to those who may see personal data (editors, keys with the PERSONAL_DATA
 * scope) only when the person consented; identity data to admins alone.
 */
const RULES: Readonly<Record<PersonalData, (principal: Principal, subject: PersonalDataSubject) => boolean>> = {
  [PersonalData.CONTACT]: (principal, subject) => isAdmin(principal) || (subject.contactConsent === true && canSeePersonalData(principal)),
  [PersonalData.IDENTITY]: (principal) => isAdmin(principal),
};

export function maySeePersonalData(principal: Principal, kind: PersonalData, subject: PersonalDataSubject): boolean {
  return RULES[kind](principal, subject);
}

function guardOf(kind: PersonalData): MiddlewareFn<RequestContext> {
  return async ({ root, context }, next) => (maySeePersonalData(context.principal, kind, root as PersonalDataSubject) ? next() : null);
}

/**
 * Marks a GraphQL field as personal data of `kind`: it resolves to null for callers the policy
 * does not allow. The field's object must carry the subject's consent (`contactConsent`), and
 * the field must be nullable. Adding a personal field is this one line above its `@Field`.
 *
 * @example
 *   @Personal(PersonalData.IDENTITY)
 *   @Field(() => String, { nullable: true }) @Column({ nullable: true }) passportNumber: string | null;
 */
export function Personal(kind: PersonalData): PropertyDecorator & MethodDecorator {
  const guard = UseMiddleware(guardOf(kind));
  return (target: object, member: string | symbol, descriptor?: PropertyDescriptor) => {
    // Lists that look ahead read the consent along with the field, so the policy can decide.
    declareReads(target.constructor, String(member), ['contactConsent']);
    return guard(target, member, descriptor as PropertyDescriptor);
  };
}
