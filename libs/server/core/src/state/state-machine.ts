import { canEdit, isAdmin, type Principal } from '../auth/principal';
import type { RequestContext } from '../context/request-context';
import type { EntityClass } from '../database/row-lock';

/** Something a record lacks before a move: a stable code for programs, a phrase for people. */
export interface Missing {
  code: string;
  /** Completes "A route needs …": e.g. "its start and end dates". */
  message: string;
}

/**
 * Who may make a move: the module's editors and admins (default), admins only, or whoever the
 * predicate accepts — for moves made by people who do not edit the module (action plans: a
 * participant submits their delegation's plan, a REVIEWER takes it into review). A predicate
 * sees the principal only; a rule about the record (their own delegation's plan) is the
 * module's to check before it calls `transition`.
 */
export type MoveActors = 'editors' | 'admins' | ((principal: Principal) => boolean);

export interface MoveRule<S extends string> {
  from: S | readonly S[];
  to: S;
  /** Who may make it (see `MoveActors`); by default the module's editors and admins. */
  by?: MoveActors;
  /** A reason is required (e.g. stepping back), and recorded in the history. */
  needsReason?: boolean;
}

/**
 * A precondition of moves into (or out of) states, answering what is missing. The owning
 * module declares its own in the machine; other modules add theirs with `guardOn` in their
 * descriptor (e.g. delegations: "a route cannot enter IMPLEMENTATION while a delegation is
 * short of its government member").
 */
export interface GuardRule<R, S extends string> {
  to?: S | readonly S[];
  from?: S | readonly S[];
  check(ctx: RequestContext, record: R): Promise<Missing[]> | Missing[];
}

export interface StateMachineDefinition<R extends { id: string; version: number }, S extends string> {
  /** Unique, `<record>.<property>`, e.g. `route.phase`; stored with every history entry. */
  name: string;
  /** The module whose editors make the moves. */
  module: string;
  entity: EntityClass<R>;
  property: keyof R & string;
  /** How people call the record: "route", "practice". */
  label: string;
  moves: readonly MoveRule<S>[];
  guards?: readonly GuardRule<R, S>[];
  /**
   * Publish every move as the `<name>_changed` webhook event (default true). Machines over
   * records partners may not see in every state, or whose reasons are private (a participant's
   * selection), set it to false.
   */
  publishesMoves?: boolean;
  /** Work done in the same transaction once a state is entered (e.g. opening a practice's steps). */
  onEnter?: Partial<Record<S, (ctx: RequestContext, record: R) => Promise<void>>>;
}

export interface StateMachine<R extends { id: string; version: number }, S extends string> extends StateMachineDefinition<R, S> {
  /** The move from `from` to `to`, if the graph has one. */
  moveBetween(from: S, to: S): MoveRule<S> | undefined;
  /** The states `principal` may move a record in `from` to, prerequisites aside. */
  allowedMoves(principal: Principal, from: S): S[];
  /** May `principal` make this move (module editor, admin where the move says so, or whom its predicate accepts)? */
  mayMake(principal: Principal, move: MoveRule<S>): boolean;
}

const includes = <S extends string>(set: S | readonly S[] | undefined, state: S) => set === undefined || (typeof set === 'string' ? set === state : set.includes(state));

/**
 * Declares a state machine: its states' moves, who may make each, and the guards that explain
 * what is missing. Moves are made with `transition`, which locks the row, checks the caller's
 * version, runs every guard (the module's and other modules'), and records the history entry
 * and the audit entry in the same transaction.
 *
 * @example
 *   export const routePhaseMachine = defineStateMachine<LearningRoute, RoutePhase>({
 *     name: 'route.phase', module: 'core', entity: LearningRoute, property: 'phase', label: 'route',
 *     moves: [{ from: PLANNING, to: SYSTEMATIZATION }, { from: SYSTEMATIZATION, to: PLANNING, by: 'admins', needsReason: true }],
 *     guards: [{ to: IMPLEMENTATION, check: (ctx, r) => (r.startDate ? [] : [{ code: 'DATES', message: 'its dates' }]) }],
 *   });
 */
export function defineStateMachine<R extends { id: string; version: number }, S extends string>(definition: StateMachineDefinition<R, S>): StateMachine<R, S> {
  const machine: StateMachine<R, S> = {
    ...definition,
    moveBetween: (from, to) => definition.moves.find((m) => m.to === to && includes(m.from, from)),
    mayMake: (principal, move) =>
      typeof move.by === 'function' ? move.by(principal) : canEdit(principal, definition.module) && (move.by !== 'admins' || isAdmin(principal)),
    allowedMoves: (principal, from) => definition.moves.filter((m) => includes(m.from, from) && machine.mayMake(principal, m)).map((m) => m.to),
  };
  return machine;
}

/** The guards that apply to a move from `from` to `to`. */
export function guardsFor<R, S extends string>(guards: readonly GuardRule<R, S>[], from: S, to: S): GuardRule<R, S>[] {
  return guards.filter((g) => includes(g.to, to) && includes(g.from, from));
}

/** A guard one module adds to another module's machine, declared in its descriptor's `guards`. */
export interface MachineGuard {
  machine: string;
  rule: GuardRule<never, string>;
}

export function guardOn<R extends { id: string; version: number }, S extends string>(machine: StateMachine<R, S>, rule: GuardRule<R, S>): MachineGuard {
  return { machine: machine.name, rule: rule as unknown as GuardRule<never, string> };
}

/** Work another module does when a record enters a state (follow-up: a FINAL plan's indicators). */
export interface ReactionRule<R, S extends string> {
  to: S | readonly S[];
  /** Runs in the move's transaction, after the history entry and the owner's `onEnter`; change reactions get what changed. */
  run(ctx: RequestContext, record: R, change?: RecordChange): Promise<void>;
  /** Runs when the record is made (`recordCreated`) instead of on moves (see `reactOnCreate`). */
  onCreate?: boolean;
  /** Runs when the record's content changes without a move (`recordChanged`), with what changed (see `reactOnChange`). */
  onChange?: boolean;
}

/**
 * What changed in a record's content, without a move, that its owner tells other modules of
 * (`recordChanged`): a part of the record (an action plan's `objective`), the changed row's id,
 * the properties that now hold another value, and whether the row was changed, added or removed.
 */
export interface RecordChange {
  /**
   * `changed` when absent. `added`: a row of the part was made (`fields` lists what it states);
   * `removed`: it was deleted, already gone when the reactions run (`fields` is empty).
   */
  kind?: 'added' | 'changed' | 'removed';
  part: string;
  /** The changed row's id (the record's own when the change is to the record itself). */
  id: string;
  /** Properties of that row whose value changed, e.g. `['targetValue', 'targetDate']`. */
  fields: readonly string[];
}

/** A reaction one module adds to another module's machine, declared in its descriptor's `reactions`. */
export interface MachineReaction {
  machine: string;
  rule: ReactionRule<never, string>;
}

/**
 * Lets a module act when another module's record enters a state, in the same transaction, without
 * the owner knowing it: the reaction counts only when the module declaring it is composed.
 * @example reactions: [reactOn(planStatusMachine, { to: PlanStatus.FINAL, run: (ctx, plan) => trackIndicators(ctx, plan.id) })]
 */
export function reactOn<R extends { id: string; version: number }, S extends string>(machine: StateMachine<R, S>, rule: ReactionRule<R, S>): MachineReaction {
  return { machine: machine.name, rule: rule as unknown as ReactionRule<never, string> };
}

/**
 * Lets a module do its part when another module's record is made, in the same transaction: a
 * route's composition targets and action fund are stored with the defaults in force that day,
 * so a later change of the defaults leaves existing routes as they were. The owner calls
 * `recordCreated` right after inserting.
 * @example reactions: [reactOnCreate(routePhaseMachine, (ctx, route) => storeFundDefault(ctx, route.id))]
 */
export function reactOnCreate<R extends { id: string; version: number }, S extends string>(
  machine: StateMachine<R, S>,
  run: (ctx: RequestContext, record: R) => Promise<void>,
): MachineReaction {
  return { machine: machine.name, rule: { to: [], onCreate: true, run } as unknown as ReactionRule<never, string> };
}

/**
 * Lets a module keep what it derived from another module's record in step when the owner
 * corrects the record's content, in the same transaction; throwing a typed error refuses the
 * correction (it rolls back whole). Follow-up: a FINAL plan's corrected objective reaches the
 * indicator tracked from it, or is refused once reports were measured against the old line.
 * The owner calls `recordChanged` after saving the change and checking its own rules.
 * @example reactions: [reactOnChange(planStatusMachine, (ctx, plan, change) => followCorrection(ctx, plan, change))]
 */
export function reactOnChange<R extends { id: string; version: number }, S extends string>(
  machine: StateMachine<R, S>,
  run: (ctx: RequestContext, record: R, change: RecordChange) => Promise<void>,
): MachineReaction {
  return { machine: machine.name, rule: { to: [], onChange: true, run } as unknown as ReactionRule<never, string> };
}

/** The reactions that apply to entering `to` (creation and change reactions never do). */
export function reactionsFor<R, S extends string>(reactions: readonly ReactionRule<R, S>[], to: S): ReactionRule<R, S>[] {
  return reactions.filter((r) => !r.onCreate && !r.onChange && includes(r.to, to));
}
