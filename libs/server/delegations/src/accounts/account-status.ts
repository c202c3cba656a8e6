import { registerEnumType } from 'type-graphql';

export enum AccountStatus {
  /** Never invited. */
  NONE = 'NONE',
  /** Invited; the link to set a password was not used yet. */
  INVITED = 'INVITED',
  /** Signed up: can sign in. */
  ACTIVE = 'ACTIVE',
}
registerEnumType(AccountStatus, { name: 'AccountStatus', description: "A participant's portal account" });
