import { ApiKey } from '../auth/api-key.entity';
import { User } from '../auth/user.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { AuditSubscriber } from '../audit/audit.subscriber';
import type { DomainModule } from '../module/domain-module';
import { ApiKeyResolver } from './api-keys/api-key.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { platformMigrations } from './migrations';
import { UserResolver } from './users/user.resolver';
import { seedDemoUsers } from './demo-users';

/**
 * Users, sign-in, partners' API keys and the audit trail: what every domain module relies on.
 * Only admins write here.
 */
export const platformModule: DomainModule = {
  name: 'platform',
  description: 'Users, roles, API keys and the audit trail',
  entities: [User, ApiKey, AuditEntry],
  resolvers: [AuthResolver, UserResolver, ApiKeyResolver, AuditResolver],
  migrations: platformMigrations,
  subscribers: [AuditSubscriber],
  seedDemo: seedDemoUsers,
};
