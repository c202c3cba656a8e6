import DataLoader from 'dataloader';
import { publicName } from '../auth/principal';
import type { RequestContext } from '../context/request-context';
import { loadForUpdate } from '../database/row-lock';
import { PhaseRuleError, ValidationError } from '../errors';
import { guardsFor, reactionsFor, type GuardRule, type ReactionRule, type RecordChange, type StateMachine } from './state-machine';
import { StateChange } from './state-change.entity';
import { publishEvent } from '../webhooks/publish-event';

export interface TransitionInput<S extends string> {
  id: string;
  to: S;
  /** The version the caller read; a stale one is refused with CONFLICT. */
  version: number;
  reason?: string | null;
}

function describeAllowed<S extends string>(allowed: S[], from: S, label: string): string {
  return allowed.length ? allowed.join(' or ') : `none (the ${label} is ${from}, and no move from there is open to you)`;
}

/**
 * Moves a record through its state machine, the one way every module does it: locks the row,
 * checks the caller's version, refuses moves the graph or the caller's role does not allow
 * (PHASE_RULE naming the allowed moves), requires a reason where the move says so, runs every
 * guard (the machine's own and those other modules added) and refuses with what is missing,
 * then saves, records the history entry (the audit entry follows from the save) and runs the
 * state's `onEnter` work, all in the request's transaction.
 */
export async function transition<R extends { id: string; version: number }, S extends string>(
  ctx: RequestContext,
  machine: StateMachine<R, S>,
  input: TransitionInput<S>,
): Promise<R> {
  const record = await loadForUpdate(ctx, machine.entity, input.id, input.version);
  const from = record[machine.property] as unknown as S;
  const to = input.to;
  const allowed = machine.allowedMoves(ctx.principal, from);
  const list = describeAllowed(allowed, from, machine.label);
  if (from === to) throw new PhaseRuleError(`The ${machine.label} is already ${from}; allowed: ${list}`, from, to, allowed);
  const move = machine.moveBetween(from, to);
  if (!move) throw new PhaseRuleError(`A ${machine.label} cannot move from ${from} to ${to}; allowed: ${list}`, from, to, allowed);
  if (!machine.mayMake(ctx.principal, move)) {
    const who = move.by === 'admins' ? 'Only an admin may' : 'You may not';
    throw new PhaseRuleError(`${who} move a ${machine.label} from ${from} to ${to}; allowed: ${list}`, from, to, allowed);
  }
  const reason = input.reason?.trim() || null;
  if (move.needsReason && !reason) throw ValidationError.field('reason', `is required to move a ${machine.label} from ${from} to ${to}`);

  const added = ctx.runtime.machines?.addedGuards(machine.name) ?? [];
  const guards = guardsFor([...(machine.guards ?? []), ...(added as readonly GuardRule<R, S>[])], from, to);
  const missing = (await Promise.all(guards.map((g) => g.check(ctx, record)))).flat();
  if (missing.length) {
    throw new PhaseRuleError(
      `A ${machine.label} needs ${missing.map((m) => m.message).join('; ')} before it is ${to}`,
      from,
      to,
      allowed,
      missing.map((m) => m.code),
    );
  }

  (record as Record<string, unknown>)[machine.property] = to;
  const saved = await ctx.repo(machine.entity).save(record);
  const history = ctx.repo(StateChange);
  await history.insert(history.create({ machine: machine.name, recordId: record.id, fromState: from, toState: to, reason, changedBy: publicName(ctx.principal) }));
  await machine.onEnter?.[to]?.(ctx, saved);
  const reactions = (ctx.runtime.machines?.addedReactions(machine.name) ?? []) as readonly ReactionRule<R, S>[];
  for (const reaction of reactionsFor(reactions, to)) await reaction.run(ctx, saved);
  // Partners' webhooks hear of every move (`route.phase_changed`), sent after the commit.
  if (machine.publishesMoves !== false) await publishEvent(ctx, `${machine.name}_changed`, { id: record.id, from, to, reason, at: new Date().toISOString() });
  return saved;
}

/**
 * Runs what other modules do when a record of `machine` is made (`reactOnCreate`), in the
 * creating transaction. The owning module calls it right after the insert.
 */
export async function recordCreated<R extends { id: string; version: number }, S extends string>(ctx: RequestContext, machine: StateMachine<R, S>, record: R): Promise<void> {
  const reactions = (ctx.runtime.machines?.addedReactions(machine.name) ?? []) as readonly ReactionRule<R, S>[];
  for (const reaction of reactions) if (reaction.onCreate) await reaction.run(ctx, record);
}

/**
 * Runs what other modules do when the content of a record of `machine` changes without a move
 * (`reactOnChange`), in the changing transaction: a reaction may refuse the change with a
 * typed error. The owning module calls it after saving the change and checking its own rules.
 */
export async function recordChanged<R extends { id: string; version: number }, S extends string>(ctx: RequestContext, machine: StateMachine<R, S>, record: R, change: RecordChange): Promise<void> {
  const reactions = (ctx.runtime.machines?.addedReactions(machine.name) ?? []) as readonly ReactionRule<R, S>[];
  for (const reaction of reactions) if (reaction.onChange) await reaction.run(ctx, record, change);
}

/** The record's moves through `machine`, oldest first; one statement per request for a whole page. */
export function stateHistory(ctx: RequestContext, machine: { name: string }, recordId: string): Promise<StateChange[]> {
  const loader = ctx.loaders.get<string, StateChange[]>(`history:${machine.name}`, () =>
    new DataLoader(async (ids: readonly string[]) => {
      const rows = await ctx
        .repo(StateChange)
        .createQueryBuilder('h')
        .where('h.machine = :machine', { machine: machine.name })
        .andWhere('h.record_id IN (:...ids)', { ids: [...ids] })
        .orderBy('h.at', 'ASC')
        .addOrderBy('h.id', 'ASC')
        .getMany();
      const byRecord = new Map<string, StateChange[]>();
      for (const row of rows) byRecord.set(row.recordId, [...(byRecord.get(row.recordId) ?? []), row]);
      return ids.map((id) => byRecord.get(id) ?? []);
    }),
  );
  return loader.load(recordId);
}
