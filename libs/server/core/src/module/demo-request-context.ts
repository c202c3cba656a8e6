import type { EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import type { UserPrincipal } from '../auth/principal';
import { RequestContext, type Runtime } from '../context/request-context';
import { Language } from '../i18n/language';
import type { Logger } from '../config/logger';

/**
 * A request context for demo data: every repository joins the seed's one transaction, and the
 * caller is a demo user, so a module's own services and state machines make the demo's changes
 * (checks, versions, history, audit entries naming that user) exactly as they make users' —
 * nothing is written around them. Webhooks and mail are not running while seeding, so work
 * after the commit is dropped.
 * @example const ctx = new DemoRequestContext(manager, principal, logger); await service.add(ctx, input);
 */
export class DemoRequestContext extends RequestContext {
  constructor(
    private readonly seed: EntityManager,
    principal: UserPrincipal,
    logger: Logger,
  ) {
    // Only the logger is read from the runtime on these paths (no guards from other modules
    // are registered during seeding, no webhook or mail dispatcher runs).
    super({ dataSource: seed.connection, runtime: { logger, moduleNames: [] } as unknown as Runtime, principal, language: Language.EN });
  }

  override repo<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    return this.seed.getRepository(entity);
  }

  override get entityManager(): EntityManager {
    return this.seed;
  }

  override get isInTransaction(): boolean {
    return true;
  }

  override transaction<T>(work: () => Promise<T>): Promise<T> {
    return work();
  }

  override afterCommit(): void {
    // Nothing runs after the seed's commit.
  }
}
