import { canSeePersonalData, type Principal } from '@lr/server-core';

/** Who wrote a piece of feedback is shown to admins, editors and the author themselves. */
export function canSeeFeedbackAuthor(principal: Principal, authorUserId: string): boolean {
  if (principal.kind !== 'user') return false;
  return canSeePersonalData(principal) || principal.userId === authorUserId;
}
