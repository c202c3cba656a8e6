import { Language, localize, type LocalizedValue } from '@lr/server-core';
import { fillPlaceholders } from './placeholders';
import { LETTER_WORDS, longDate, type TravellerRole } from './visa-letter-words';

/** Everything a letter prints, gathered by the service (checked complete before). */
export interface LetterFacts {
  template: { issuerName: string; issuerAddress: string; signatoryName: string; signatoryTitle: LocalizedValue; body: LocalizedValue };
  /** The traveller's chosen language; the letter falls back to English when the template has no version in it. */
  requestedLanguage: Language;
  traveller: { givenName: string; familyName: string; passportNumber: string; dateOfBirth: string; nationality: LocalizedValue; role: TravellerRole };
  route: { title: LocalizedValue; startDate: string; endDate: string };
  /** Where the route is held (its capital), printed with the date and for {city}. */
  city: string | null;
  hostCountryName: LocalizedValue;
  /** The day the letter is issued, YYYY-MM-DD in the route's zone. */
  issuedOn: string;
}

export interface LetterContent {
  language: Language;
  documentTitle: string;
  issuerName: string;
  issuerAddressLines: string[];
  placeAndDate: string;
  recipient: string;
  subject: string;
  salutation: string;
  paragraphs: string[];
  closing: string;
  signatoryName: string;
  signatoryTitle: string | null;
}

/** The language the letter is written in: the traveller's, if the template has it, else English. */
export function letterLanguage(body: LocalizedValue, requested: Language): Language {
  return body[requested]?.trim() ? requested : Language.EN;
}

/** The letter's words in its language, placeholders filled, dates written out with Intl. */
export function letterContent(facts: LetterFacts): LetterContent {
  const language = letterLanguage(facts.template.body, facts.requestedLanguage);
  const words = LETTER_WORDS[language];
  const name = `${facts.traveller.givenName} ${facts.traveller.familyName}`.trim();
  const text = (value: LocalizedValue) => localize(value, language) ?? '';
  const routeTitle = text(facts.route.title);
  const body = fillPlaceholders(facts.template.body[language] ?? '', {
    name,
    passportNumber: facts.traveller.passportNumber,
    nationality: text(facts.traveller.nationality),
    dateOfBirth: longDate(facts.traveller.dateOfBirth, language),
    routeTitle,
    startDate: longDate(facts.route.startDate, language),
    endDate: longDate(facts.route.endDate, language),
    city: facts.city ?? text(facts.hostCountryName),
    purpose: words.purpose[facts.traveller.role],
  });
  return {
    language,
    documentTitle: words.documentTitle(name),
    issuerName: facts.template.issuerName,
    issuerAddressLines: facts.template.issuerAddress.split(/\r?\n/).map((l) => l.trim()).filter(Boolean),
    placeAndDate: words.placeAndDate(facts.city, longDate(facts.issuedOn, language)),
    recipient: words.recipient,
    subject: words.subject(routeTitle),
    salutation: words.salutation,
    paragraphs: body.split(/\r?\n\s*\r?\n/).map((p) => p.replace(/\s*\r?\n\s*/g, ' ').trim()).filter(Boolean),
    closing: words.closing,
    signatoryName: facts.template.signatoryName,
    signatoryTitle: localize(facts.template.signatoryTitle, language),
  };
}
