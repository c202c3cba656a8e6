export * from './invite-user';
export * from './send-password-reset';
export * from './invitation-error';
export * from './invitation-texts';
export { INVITATION_DAYS, hashInvitationToken } from './invitation-token';
export * from './user-invitation.entity';
