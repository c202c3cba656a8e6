import type { NonEmptyArray } from 'type-graphql';
import type { Express, Request, RequestHandler, Response } from 'express';
import type { EntityManager } from 'typeorm';
import type { Logger } from '../config/logger';
import type { RequestContext } from '../context/request-context';
import type { ReferenceRule } from '../references/reference-rule';
import type { SearchSource } from '../search/search-source';
import type { AnySetting } from '../settings/setting-definition';
import type { MachineGuard, MachineReaction, StateMachine } from '../state/state-machine';

// TypeORM and type-graphql take classes as plain constructors.
export type ClassRef = Function;

/** Handed to a module's demo-data loader: one transaction shared by all modules' demo data. */
export interface DemoSeedContext {
  manager: EntityManager;
  logger: Logger;
}

/** A read endpoint: answers through `res` itself (a file, a CSV, JSON). */
export type ModuleHandler = (req: Request, res: Response, ctx: RequestContext) => Promise<void>;

/** A write endpoint: returns its JSON answer, which is sent only once the transaction commits. */
export type ModuleWriteHandler = (req: Request, ctx: RequestContext) => Promise<{ status?: number; body: unknown }>;

// A module lists machines over different records and states; the list cannot name one of them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStateMachine = StateMachine<any, any>;

/**
 * A scheduled job's work (see `scheduleJob`): runs in the job's one transaction, as the system
 * (an admin principal named after the job), with the payload it was scheduled with.
 */
export type JobHandler = (ctx: RequestContext, payload: Record<string, unknown>) => Promise<void>;

/** What a module's own HTTP endpoints get from the gateway. */
export interface ModuleHttp {
  app: Express;
  /** Authenticates the request (throws UNAUTHENTICATED on bad credentials) and builds its context. */
  contextFor(req: Request, res: Response): Promise<RequestContext>;
  /**
   * A read endpoint the kit's way: refuses anonymous callers and answers every error with the
   * same JSON as GraphQL (`{ errors: [{ message, extensions }] }`) and its HTTP status.
   */
  handle(handler: ModuleHandler): RequestHandler;
  /**
   * A write endpoint: as `handle`, and the handler runs in one transaction (with
   * `ctx.afterCommit`), as a GraphQL mutation does; its answer goes out after the commit, so a
   * client never reads a change that could still roll back.
   */
  handleWrite(handler: ModuleWriteHandler): RequestHandler;
  /**
   * Answers an error as `handle` does (for middleware that runs before it); `status` overrides
   * the code's usual one (413 for a body that is too large is still a BAD_USER_INPUT).
   */
  sendError(res: Response, error: unknown, status?: number): void;
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
   * Classes resolvers and services are built from by the gateway's container (constructor
   * injection); a resolver asks for a service in its constructor instead of `new`-ing it.
   */
  services?: ClassRef[];
  /**
   * Rows of this module that point at rows of this or other modules: deleting a referenced row
   * is refused with CONFLICT (`restrictDelete`), or removes these rows with it (`cascadeDelete`).
   */
  references?: ReferenceRule[];
  /** The module's state machines (`defineStateMachine`); moves go through `transition`. */
  stateMachines?: AnyStateMachine[];
  /** Guards this module adds to other modules' state machines (`guardOn`). */
  guards?: MachineGuard[];
  /** Work this module does when another module's record enters a state (`reactOn`). */
  reactions?: MachineReaction[];
  /**
   * Event types the module publishes with `publishEvent` (partners subscribe webhooks to them).
   * Every state machine's `<name>_changed` (e.g. `route.phase_changed`) is published by the kit,
   * unless the machine says `publishesMoves: false`.
   */
  events?: string[];
  /**
   * Mounts HTTP endpoints GraphQL does not suit (file upload and download), under
   * `/<module name>/…`. Optional; most modules have none.
   */
  http?: (http: ModuleHttp) => void;
  /**
   * Handlers of the jobs the module schedules with `scheduleJob`, by kind (unique across
   * modules). Each runs in one transaction with the job's DONE mark: see JobRunner.
   */
  jobs?: Record<string, JobHandler>;
  /**
   * The records of this module the search across modules finds, one source per kind: each runs
   * the module's own query with the visibility rules of its own lists (see `SearchSource`).
   */
  search?: SearchSource[];
  /**
   * Values admins may change at run time (`defineSetting`), read with `readSetting`; the kit
   * lists and validates them for the admin section.
   */
  settings?: AnySetting[];
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
