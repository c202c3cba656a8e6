import { Service } from '../../module/service-container';
import { Brackets } from 'typeorm';
import { User } from '../../auth/user.entity';
import { hashPassword } from '../../auth/password';
import { Role } from '../../auth/roles';
import type { RequestContext } from '../../context/request-context';
import type { Selection } from '../../reads/selection';
import { loadForUpdate } from '../../database/row-lock';
import { ValidationError } from '../../errors';
import { paginate, type Connection } from '../../pagination/connection';
import { textSortKey } from '../../search/text-search';
import { checkModules } from './check-modules';
import { inviteUser, revokeOpenInvitations } from '../../invitations/invite-user';
import { sendPasswordReset } from '../../invitations/send-password-reset';
import type { CreateUserInput, InviteUserInput, PasswordResetSent, UpdateUserInput, UsersArgs } from './user.inputs';


@Service()
export class UserService {
  async list(ctx: RequestContext, args: UsersArgs, selection?: Selection): Promise<Connection<User>> {
    const q = ctx.repo(User).createQueryBuilder('u');
    const f = args.filter;
    if (f?.role) q.andWhere('u.role = :role', { role: f.role });
    if (f?.active !== undefined && f.active !== null) q.andWhere('u.active = :active', { active: f.active });
    if (f?.search?.trim()) {
      const term = `%${f.search.trim()}%`;
      q.andWhere(new Brackets((w) => w.where('u.display_name ILIKE :term', { term }).orWhere('u.email ILIKE :term', { term })));
    }
    return paginate(q, args, { expression: textSortKey('u.display_name'), direction: 'ASC' }, selection);
  }

  async create(ctx: RequestContext, input: CreateUserInput): Promise<User> {
    const modules = [...new Set(input.modules ?? [])];
    const problems = checkModules(ctx, input.role, modules, 'input.modules');
    if (problems.length) throw new ValidationError(problems);
    const user = ctx.repo(User).create({
      email: input.email.trim().toLowerCase(),
      displayName: input.displayName.trim(),
      passwordHash: await hashPassword(input.password),
      role: input.role,
      modules,
      active: true,
      lastLoginAt: null,
    });
    return ctx.repo(User).save(user);
  }

  /** `inviteUser` for the admins' mutation: the account it made or reused. */
  async invite(ctx: RequestContext, input: InviteUserInput): Promise<User> {
    const { user } = await inviteUser(ctx, { ...input, personId: input.personId ?? null });
    return user;
  }

  /** `sendPasswordReset` for the admins' mutation: the account and when its link expires. */
  async sendPasswordReset(ctx: RequestContext, userId: string): Promise<PasswordResetSent> {
    const { user, expiresAt } = await sendPasswordReset(ctx, userId);
    return { user, expiresAt };
  }

  async update(ctx: RequestContext, input: UpdateUserInput): Promise<User> {
    const user = await loadForUpdate(ctx, User, input.id, input.version);
    const role = input.role ?? user.role;
    const modules = input.modules ? [...new Set(input.modules)] : role === Role.EDITOR ? user.modules : [];
    const problems = checkModules(ctx, role, modules, 'input.modules');
    if (ctx.principal.kind === 'user' && ctx.principal.userId === user.id && (role !== Role.ADMIN || input.active === false)) {
      problems.push({ path: input.active === false ? 'input.active' : 'input.role', message: 'you cannot remove your own admin access', constraint: 'ownAdminAccess' });
    }
    if (problems.length) throw new ValidationError(problems);
    if (input.displayName !== undefined) user.displayName = input.displayName.trim();
    if (input.password) Object.assign(user, { passwordHash: await hashPassword(input.password), sessionsFrom: new Date() });
    if (input.active !== undefined && input.active !== null) user.active = input.active;
    // A deactivated account's open invitations die with it: a link must not reactivate it.
    if (input.active === false) await revokeOpenInvitations(ctx, user.id);
    user.role = role;
    user.modules = modules;
    const saved = await ctx.repo(User).save(user);
    // Requests after the commit must see the new role or the deactivation, not a cached principal.
    ctx.afterCommit(() => ctx.runtime.principals.forgetUser(user.id));
    return saved;
  }
}
