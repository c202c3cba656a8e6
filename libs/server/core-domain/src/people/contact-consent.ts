import { lockRow, today, type RequestContext } from '@lr/server-core';
import { Person } from './person.entity';

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
