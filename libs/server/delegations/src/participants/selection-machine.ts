import { ObjectType } from 'type-graphql';
import { defineStateMachine, StateChangeType, type MoveRule } from '@lr/server-core';
import { DELEGATIONS } from '../common/access';
import { Participant } from './participant.entity';
import { SelectionStatus } from './participant-enums';

const { NOMINATED, SELECTED, WAITLISTED, DECLINED, WITHDRAWN } = SelectionStatus;

const moves: MoveRule<SelectionStatus>[] = [
  { from: NOMINATED, to: SELECTED },
  { from: NOMINATED, to: WAITLISTED },
  { from: NOMINATED, to: DECLINED },
  // A place frees up, or the waitlist closes.
  { from: WAITLISTED, to: SELECTED },
  { from: WAITLISTED, to: DECLINED },
  // Anyone may leave, whatever was decided; the reason is kept.
  { from: [NOMINATED, SELECTED, WAITLISTED, DECLINED], to: WITHDRAWN, needsReason: true },
];

/**
 * Selection of participants (000 §28-34). Selecting checks the route's composition first
 * (`CompositionService.assertAllowed`, under the route's lock), which a guard cannot do: it must
 * see the change that is about to happen.
 */
export const selectionMachine = defineStateMachine<Participant, SelectionStatus>({
  name: 'participant.selection',
  module: DELEGATIONS,
  entity: Participant,
  property: 'status',
  label: 'participant',
  moves,
  // Partners see SELECTED participants only, and withdrawal reasons can be private (health,
  // visas): selection moves are not webhook events.
  publishesMoves: false,
});

/** One move of a participant between selection statuses, with who made it and why. */
@ObjectType()
export class SelectionChange extends StateChangeType(SelectionStatus, 'SelectionChange') {}
