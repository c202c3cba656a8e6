import { registerEnumType } from 'type-graphql';

/** Where a progress report stands with its verifier. */
export enum Verification {
  UNVERIFIED = 'UNVERIFIED',
  VERIFIED = 'VERIFIED',
  /** Sent back for revision, with a reason (in its history). */
  RETURNED = 'RETURNED',
}
registerEnumType(Verification, { name: 'Verification' });
