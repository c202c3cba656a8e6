import { ApiKey } from '../auth/api-key.entity';
import { User } from '../auth/user.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { AuditSubscriber } from '../audit/audit.subscriber';
import type { DomainModule } from '../module/domain-module';
import { ApiKeyResolver } from './api-keys/api-key.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { AuditService } from './audit/audit.service';
import { AuthResolver } from './auth/auth.resolver';
import { platformMigrations } from './migrations';
import { UserResolver } from './users/user.resolver';
import { UserService } from './users/user.service';
import { AuthService } from './auth/auth.service';
import { ApiKeyService } from './api-keys/api-key.service';
import { seedDemoUsers } from './demo-users';
import { StateChange } from '../state/state-change.entity';
import { LoginThrottle } from './login-throttle/login-throttle.entity';
import { IdempotencyKey } from '../idempotency/idempotency-key.entity';
import { OutboxEvent } from '../webhooks/outbox-event.entity';
import { WebhookDelivery } from '../webhooks/webhook-delivery.entity';
import { WebhookEndpoint } from '../webhooks/webhook-endpoint.entity';
import { WebhookResolver } from '../webhooks/webhook.resolver';
import { WebhookService } from '../webhooks/webhook.service';
import { LoginThrottleService } from './login-throttle/login-throttle.service';
import { MailMessage } from '../mail/mail-message.entity';
import { ScheduledJob } from '../jobs/scheduled-job.entity';
import { MailResolver } from '../mail/mail.resolver';
import { MailService } from '../mail/mail.service';
import { ScheduledJobService, ScheduledJobsResolver } from '../jobs/scheduled-jobs.resolver';
import { UserInvitation } from '../invitations/user-invitation.entity';
import { exportAuditCsv } from './audit/audit-csv';
import type { ModuleHttp } from '../module/domain-module';
import { PlatformSettingRecord } from '../settings/platform-setting.entity';
import { SettingsResolver } from '../settings/settings.resolver';
import { SettingsService } from '../settings/settings.service';

/**
 * Users, sign-in and invitations, partners' API keys, the audit trail, the state machines'
 * history, the webhook and e-mail outboxes, the run-time settings: what every domain module relies on. Only admins
 * write here.
 */
export const platformModule: DomainModule = {
  name: 'platform',
  description: 'Users, roles, API keys and the audit trail',
  entities: [User, ApiKey, AuditEntry, StateChange, LoginThrottle, IdempotencyKey, OutboxEvent, WebhookEndpoint, WebhookDelivery, MailMessage, UserInvitation, ScheduledJob, PlatformSettingRecord],
  resolvers: [AuthResolver, UserResolver, ApiKeyResolver, AuditResolver, WebhookResolver, MailResolver, ScheduledJobsResolver, SettingsResolver],
  services: [AuthService, LoginThrottleService, UserService, ApiKeyService, AuditService, WebhookService, MailService, ScheduledJobService, SettingsService],
  migrations: platformMigrations,
  subscribers: [AuditSubscriber],
  seedDemo: seedDemoUsers,
  // The audit trail as CSV, with the list's filters (admins only, like the list).
  http: ({ app, handle }: ModuleHttp) => app.get('/platform/audit.csv', handle((req, res, ctx) => exportAuditCsv(ctx, req.query as Record<string, unknown>, res))),
};
