import type { MigrationInterface } from 'typeorm';
import { CreatePlatform1795431655777 } from './1795431655777-create-platform';
import { CreateStateChange1795984324327 } from './1795984324327-create-state-change';
import { CreateLoginThrottle1795987560983 } from './1795987560983-create-login-throttle';
import { CreateIdempotencyKey1795989054205 } from './1795989054205-create-idempotency-key';
import { CreateWebhooks1795989270701 } from './1795989270701-create-webhooks';
import { MailAndInvitations1795995062669 } from './1795995062669-mail-and-invitations';
import { UnaccentSearch1796200000000 } from './1796200000000-unaccent-search';
import { CreateScheduledJob1796008600000 } from './1796008600000-create-scheduled-job';
import { ApiKeyLastUsed1796310000000 } from './1796310000000-api-key-last-used';
import { TrigramSearch1796400000000 } from './1796400000000-trigram-search';
import { CreatePlatformSetting1796520000000 } from './1796520000000-create-platform-setting';
import { InvitationPurpose1796530000000 } from './1796530000000-invitation-purpose';

import { UserSessionsFrom1796540000000 } from './1796540000000-user-sessions-from';
// The platform's part of the migration timeline. Never edit a released migration: add one.
export const platformMigrations: (new () => MigrationInterface)[] = [
  CreatePlatform1795431655777,
  CreateStateChange1795984324327,
  CreateLoginThrottle1795987560983,
  CreateIdempotencyKey1795989054205,
  CreateWebhooks1795989270701,
  MailAndInvitations1795995062669,
  UnaccentSearch1796200000000,
  CreateScheduledJob1796008600000,
  ApiKeyLastUsed1796310000000,
  TrigramSearch1796400000000,
  CreatePlatformSetting1796520000000,
  InvitationPurpose1796530000000,
  UserSessionsFrom1796540000000,
];
