import { ValidationError } from '../errors';

/** Why an invitation's link was refused. */
export type InvitationProblem = 'unknown' | 'used' | 'replaced' | 'expired';

const MESSAGES: Record<InvitationProblem, string> = {
  unknown: 'is not a valid invitation link; check that the whole link was copied, or ask for a new invitation',
  used: 'has already been used; sign in with the password you chose, or ask for a new invitation',
  replaced: 'has been replaced by a newer invitation; use the link in the latest e-mail',
  expired: 'has expired; ask for a new invitation',
};

/**
 * A refused invitation link: BAD_USER_INPUT on `token`, whose `constraint` names the reason
 * (`invitationUnknown`, `invitationUsed`, `invitationReplaced`, `invitationExpired`) so the
 * portal can word it in the user's language.
 */
export class InvitationTokenError extends ValidationError {
  constructor(readonly problem: InvitationProblem) {
    super([{ path: 'token', message: MESSAGES[problem], constraint: `invitation${problem[0].toUpperCase()}${problem.slice(1)}` }]);
  }
}
