import { User } from '../auth/user.entity';
import { hashPassword } from '../auth/password';
import { Role } from '../auth/roles';
import type { DemoSeedContext } from '../module/domain-module';

/** The demo admin the README names. Change the password on any shared deployment. */
export const DEMO_ADMIN = { email: 'admin@learningroutes.org', password: 'learning-routes-demo' } as const;

const DEMO_USERS: { email: string; displayName: string; role: Role; modules: string[] }[] = [
  { email: DEMO_ADMIN.email, displayName: 'Ada Admin', role: Role.ADMIN, modules: [] },
  { email: 'editor@learningroutes.org', displayName: 'Eduardo Editor', role: Role.EDITOR, modules: ['core'] },
  { email: 'reviewer@learningroutes.org', displayName: 'Rokhaya Reviewer', role: Role.REVIEWER, modules: [] },
  { email: 'viewer@learningroutes.org', displayName: 'Valeria Viewer', role: Role.VIEWER, modules: [] },
];

export async function seedDemoUsers({ manager }: DemoSeedContext): Promise<void> {
  const repo = manager.getRepository(User);
  const passwordHash = await hashPassword(DEMO_ADMIN.password);
  for (const u of DEMO_USERS) {
    if (await repo.existsBy({ email: u.email })) continue;
    await repo.save(repo.create({ ...u, passwordHash, active: true, lastLoginAt: null }));
  }
}
