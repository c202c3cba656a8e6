import { today, type RequestContext } from '@lr/server-core';
import { Gender, Person } from './person.entity';

/** What another module may record of a new person (the delegations import, say). */
export interface NewPerson {
  givenName: string;
  familyName: string;
  email?: string | null;
  gender?: Gender;
  countryCode?: string | null;
  organisationId?: string | null;
  languages?: string[];
  position?: string | null;
  phone?: string | null;
  contactConsent?: boolean;
}

/**
 * Creates a person the one way, whichever module asks: trimmed names, e-mail in lower case,
 * the contact answer dated today when one was given. References are the caller's to check.
 */
export function createPerson(ctx: RequestContext, input: NewPerson): Promise<Person> {
  const repo = ctx.repo(Person);
  return repo.save(
    repo.create({
      givenName: input.givenName.trim(),
      familyName: input.familyName.trim(),
      organisationId: input.organisationId ?? null,
      countryCode: input.countryCode ?? null,
      gender: input.gender ?? Gender.UNDISCLOSED,
      languages: [...new Set(input.languages ?? [])],
      position: input.position?.trim() || null,
      email: input.email?.trim().toLowerCase() || null,
      phone: input.phone?.trim() || null,
      contactConsent: input.contactConsent ?? false,
      contactConsentDate: input.contactConsent === undefined ? null : today(),
    }),
  );
}
