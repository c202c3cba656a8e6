import type { Traveller } from './traveller.entity';

/** What a visa letter prints about the traveller: without all three it cannot be produced. */
export const LETTER_PASSPORT_FIELDS = ['passportNumber', 'nationalityCode', 'dateOfBirth'] as const;
export type LetterPassportField = (typeof LETTER_PASSPORT_FIELDS)[number];

/** How each is named in messages. */
export const PASSPORT_FIELD_LABELS: Readonly<Record<LetterPassportField, string>> = {
  passportNumber: 'passport number',
  nationalityCode: 'nationality',
  dateOfBirth: 'date of birth',
};

/** The letter's passport fields the traveller record still lacks, in the letter's order. */
export function missingPassportFields(traveller: Pick<Traveller, LetterPassportField>): LetterPassportField[] {
  return LETTER_PASSPORT_FIELDS.filter((field) => !traveller[field]);
}

/** Passport numbers are letters and digits (ICAO 9303); people type them with spaces or hyphens. */
export const PASSPORT_NUMBER = /^[A-Z0-9]{5,20}$/;

/** "ab 123-4567" → "AB1234567". */
export function normalizePassportNumber(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}
