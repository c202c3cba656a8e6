import type { AnyStateMachine, DomainModule } from '../module/domain-module';
import { cascadeDelete, type ReferenceRule } from '../references/reference-rule';
import { StateChange } from './state-change.entity';
import type { GuardRule, ReactionRule } from './state-machine';


/**
 * Every state machine of the composed modules, with the guards other modules added to them.
 * Built once by the gateway; `transition` reads the guards from here, so a guard counts only
 * when the module declaring it is composed.
 */
export class StateMachineRegistry {
  private readonly machines = new Map<string, AnyStateMachine>();
  private readonly foreignGuards = new Map<string, GuardRule<never, string>[]>();
  private readonly foreignReactions = new Map<string, ReactionRule<never, string>[]>();

  constructor(modules: DomainModule[]) {
    for (const module of modules) {
      for (const machine of module.stateMachines ?? []) {
        if (this.machines.has(machine.name)) throw new Error(`Two state machines are named ${machine.name}`);
        this.machines.set(machine.name, machine);
      }
    }
    for (const module of modules) {
      for (const guard of module.guards ?? []) {
        if (!this.machines.has(guard.machine)) {
          throw new Error(`Module ${module.name} guards the state machine ${guard.machine}, which no composed module declares`);
        }
        this.foreignGuards.set(guard.machine, [...(this.foreignGuards.get(guard.machine) ?? []), guard.rule]);
      }
      for (const reaction of module.reactions ?? []) {
        if (!this.machines.has(reaction.machine)) {
          throw new Error(`Module ${module.name} reacts to the state machine ${reaction.machine}, which no composed module declares`);
        }
        this.foreignReactions.set(reaction.machine, [...(this.foreignReactions.get(reaction.machine) ?? []), reaction.rule]);
      }
    }
  }

  /** Reactions other modules added to `machine`. */
  addedReactions(machine: string): readonly ReactionRule<never, string>[] {
    return this.foreignReactions.get(machine) ?? [];
  }

  /** Guards other modules added to `machine`. */
  addedGuards(machine: string): readonly GuardRule<never, string>[] {
    return this.foreignGuards.get(machine) ?? [];
  }

  /** A record's history goes with it: deleting the record removes its entries, each audited. */
  historyRules(): ReferenceRule[] {
    return [...this.machines.values()].map((m) => cascadeDelete(StateChange, 'recordId', m.entity, { machine: m.name }));
  }
}
