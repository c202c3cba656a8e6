import type { EntityManager } from 'typeorm';
import { DemoRequestContext, publicName, StateChange, User, type Logger, type QueryRunnerData, type RequestContext, type UserPrincipal } from '@lr/server-core';

function principalOf(user: User): UserPrincipal {
  return { kind: 'user', userId: user.id, email: user.email, displayName: user.displayName, role: user.role, modules: user.modules, personId: user.personId };
}

/**
 * Runs one step of the demo as `user` in the seed's transaction, through the module's services
 * where they exist: a fresh context per step (fresh DataLoaders read what the steps before
 * wrote), and the audit trail names the user meanwhile.
 */
export async function asUser<T>(manager: EntityManager, logger: Logger, user: User, work: (ctx: RequestContext) => Promise<T>): Promise<T> {
  const ctx = new DemoRequestContext(manager, principalOf(user), logger);
  const data = manager.queryRunner?.data as QueryRunnerData | undefined;
  const before = data?.ctx;
  if (data) data.ctx = ctx;
  try {
    return await work(ctx);
  } finally {
    if (data) data.ctx = before;
  }
}

/**
 * A move of a kit machine, dated when it happened in the story (the demo's past), for records
 * the demo writes directly: the history reads as if the move had been made then.
 */
export async function recordMove(ctx: RequestContext, move: { machine: string; recordId: string; from: string; to: string; on: string; reason?: string | null }): Promise<void> {
  const history = ctx.repo(StateChange);
  await history.insert(history.create({ machine: move.machine, recordId: move.recordId, fromState: move.from, toState: move.to, reason: move.reason ?? null, changedBy: publicName(ctx.principal), at: new Date(`${move.on}T12:00:00Z`) }));
}
