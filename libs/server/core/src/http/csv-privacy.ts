import { isPartner } from '../auth/principal';
import type { RequestContext } from '../context/request-context';
import { maySeePersonalData, type PersonalData, type PersonalDataSubject } from '../privacy/personal-data';
import type { CsvValue } from './csv-export';

/**
 * A personal column's value under the one privacy policy (`@Personal`): empty for a caller the
 * policy does not let see this kind of data about this person, exactly as the API answers null.
 *
 * @example { header: 'email', value: personalValue(ctx, PersonalData.CONTACT, (r) => ({ contactConsent: r.person.contactConsent, personId: r.person.id }), (r) => r.person.email) }
 */
export function personalValue<T>(ctx: RequestContext, kind: PersonalData, subjectOf: (row: T) => PersonalDataSubject, value: (row: T) => CsvValue): (row: T) => CsvValue {
  return (row) => (maySeePersonalData(ctx.principal, kind, subjectOf(row)) ? value(row) : null);
}

/** A column partners' keys read empty, as the API's `@NotForPartners` fields. */
export function notForPartnersValue<T>(ctx: RequestContext, value: (row: T) => CsvValue): (row: T) => CsvValue {
  return (row) => (isPartner(ctx.principal) ? null : value(row));
}
