import type { EntityManager } from 'typeorm';
import { DemoRequestContext, User, type Logger, type QueryRunnerData, type RequestContext, type UserPrincipal } from '@lr/server-core';

/** The machines whose history the demo writes. */
const STAMPED_MACHINES = ['action_plan.status', 'action_fund.voting'];

export function principalOf(user: User): UserPrincipal {
  return { kind: 'user', userId: user.id, email: user.email, displayName: user.displayName, role: user.role, modules: user.modules, personId: user.personId };
}

/**
 * The demo's steps, each made by one of the demo's users (a participant drafts and submits, the
 * reviewer reviews, the admin runs the vote) in the seed's one transaction.
 */
export class DemoSession {
  private steps = 0;

  constructor(
    private readonly manager: EntityManager,
    private readonly logger: Logger,
  ) {}

  /**
   * Runs `work` as `user`, with a fresh context (fresh DataLoaders: each step reads what the
   * steps before it wrote); the audit trail names the user meanwhile.
   */
  async as<T>(user: User, work: (ctx: RequestContext) => Promise<T>): Promise<T> {
    const ctx = new DemoRequestContext(this.manager, principalOf(user), this.logger);
    const data = this.manager.queryRunner?.data as QueryRunnerData | undefined;
    const before = data?.ctx;
    if (data) data.ctx = ctx;
    let result: T;
    try {
      result = await work(ctx);
    } finally {
      if (data) data.ctx = before;
    }
    await this.tick();
    return result;
  }

  /**
   * Everything the seed writes shares its transaction's clock (`now()`), so a plan's moves would
   * all have one time and read back in any order. Each step's history entries, reviews and awards
   * are set a millisecond after the step before's, so they read back in the order they were made.
   */
  private async tick(): Promise<void> {
    this.steps += 1;
    const later = `now() + make_interval(secs => $1)`;
    await this.manager.query(`UPDATE state_change SET at = ${later} WHERE at = now() AND machine = ANY($2)`, [this.steps / 1000, STAMPED_MACHINES]);
    for (const table of ['action_plan_review', 'action_fund_award']) {
      await this.manager.query(`UPDATE ${table} SET created_at = ${later}, updated_at = ${later} WHERE created_at = now()`, [this.steps / 1000]);
    }
  }
}
