import { canEdit, isPartner, type Principal } from '@lr/server-core';
import { PracticeStatus } from './practice-status';

/** The module name: the scope an EDITOR needs to write practices. */
export const PRACTICES = 'practices';

/** Partners (API keys) read published practices only; people who sign in read them all. */
export function mayReadPractice(principal: Principal, practice: { status: PracticeStatus }): boolean {
  return !isPartner(principal) || practice.status === PracticeStatus.PUBLISHED;
}

export function canEditPractices(principal: Principal): boolean {
  return canEdit(principal, PRACTICES);
}
