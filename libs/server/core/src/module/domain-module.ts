import type { NonEmptyArray } from 'type-graphql';
import type { Express, Request, Response } from 'express';
import type { EntityManager } from 'typeorm';
import type { Logger } from '../config/logger';
import type { RequestContext } from '../context/request-context';

// TypeORM and type-graphql take classes as plain constructors.
export type ClassRef = Function;

/** Handed to a module's demo-data loader: one transaction shared by all modules' demo data. */
export interface DemoSeedContext {
  manager: EntityManager;
  logger: Logger;
}

/** What a module's own HTTP endpoints get from the gateway. */
export interface ModuleHttp {
  app: Express;
  /** Authenticates the request (throws UNAUTHENTICATED on bad credentials) and builds its context. */
  contextFor(req: Request, res: Response): Promise<RequestContext>;
  logger: Logger;
}

/**
 * What a domain module tells the gateway about itself. The gateway builds the schema, the
 * entity list and the migration timeline from the list of descriptors, and nothing else.
 *
 * @example
 *   export const practicesModule: DomainModule = {
 *     name: 'practices', description: 'Best practices and their systematization',
 *     entities: [Practice], resolvers: [PracticeResolver], migrations: [CreatePractices1700000000000],
 *   };
 */
export interface DomainModule {
  /** Also the scope an EDITOR needs to write in this module. */
  name: string;
  description: string;
  entities: ClassRef[];
  resolvers: ClassRef[];
  /** Migration classes; their timestamps order them into one timeline across modules. */
  migrations: ClassRef[];
  subscribers?: ClassRef[];
  /**
   * Mounts HTTP endpoints GraphQL does not suit (file upload and download), under
   * `/<module name>/…`. Optional; most modules have none.
   */
  http?: (http: ModuleHttp) => void;
  /** Loads demo data; called once on an empty database, modules in list order. */
  seedDemo?: (seed: DemoSeedContext) => Promise<void>;
}

/** The resolvers of all modules, in the non-empty form type-graphql wants. */
export function allResolvers(modules: DomainModule[]): NonEmptyArray<ClassRef> {
  const resolvers = modules.flatMap((m) => m.resolvers);
  if (resolvers.length === 0) throw new Error('No module declares a resolver');
  return resolvers as NonEmptyArray<ClassRef>;
}

/** All migrations ordered by the timestamp at the end of their class name. */
export function migrationTimeline(modules: DomainModule[]): ClassRef[] {
  const stamp = (m: ClassRef) => Number(/(\d{13})$/.exec(m.name)?.[1] ?? NaN);
  const all = modules.flatMap((m) => m.migrations);
  for (const m of all) {
    if (Number.isNaN(stamp(m))) throw new Error(`Migration ${m.name} must end with a 13-digit timestamp`);
  }
  return [...all].sort((a, b) => stamp(a) - stamp(b));
}
