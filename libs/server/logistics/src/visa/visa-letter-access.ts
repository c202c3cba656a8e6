import { canEdit, isSelf, type Principal } from '@lr/server-core';
import { LOGISTICS } from '../common/access';

/** Where a traveller's visa letter is downloaded (through the module's HTTP hook). */
export const visaLetterPath = (travellerId: string) => `/logistics/travellers/${travellerId}/visa-letter.pdf`;

/**
 * Who may download a visa letter, which prints the traveller's passport details: admins and
 * logistics editors, who send letters out; and the traveller themself, signed in, who often
 * files the visa application in person and already reads their own passport data (the privacy
 * policy's self rule). Nobody else — not viewers, reviewers, other participants or partners.
 */
export function mayDownloadVisaLetter(principal: Principal, personId: string): boolean {
  return canEdit(principal, LOGISTICS) || isSelf(principal, { personId });
}
