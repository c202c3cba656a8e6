import { lockRow, type RequestContext } from '@lr/server-core';
import { Person } from './person.entity';

/** Today as YYYY-MM-DD (UTC): the day a consent answer is recorded. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Records whether a person agrees to be contacted, dated the day it changed. The one place
 * consent is written, whichever module asks (people forms, champions' forms).
 */
export async function setContactConsent(ctx: RequestContext, personId: string, consent: boolean): Promise<Person> {
  const person = await lockRow(ctx, Person, personId);
  if (person.contactConsent === consent && person.contactConsentDate) return person;
  person.contactConsent = consent;
  person.contactConsentDate = today();
  return ctx.repo(Person).save(person);
}
