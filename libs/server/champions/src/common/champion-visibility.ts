import { canSeePersonalData, isAdmin, type Principal } from '@lr/server-core';

/**
 * A champion's e-mail and phone: admins always; others only when the champion consented to be
 * contacted and the caller may see personal data (editors, keys with the personal-data scope).
 * Stricter than the core rule for people: without consent even editors do not get them.
 */
export function canSeeChampionContact(principal: Principal, champion: { consentToContact: boolean }): boolean {
  return isAdmin(principal) || (champion.consentToContact && canSeePersonalData(principal));
}

/** Partners' API keys see only champions of published practices, and no training records. */
export function isPartner(principal: Principal): boolean {
  return principal.kind === 'apiKey';
}

/** Who wrote a piece of feedback is shown to admins, editors and the author themselves. */
export function canSeeFeedbackAuthor(principal: Principal, authorUserId: string): boolean {
  if (principal.kind !== 'user') return false;
  return canSeePersonalData(principal) || principal.userId === authorUserId;
}
