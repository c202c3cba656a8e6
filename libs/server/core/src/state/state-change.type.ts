import { Field, ID, ObjectType } from 'type-graphql';

/**
 * The GraphQL type of one machine's history entries, with `from` and `to` typed as the
 * machine's enum. The rows are `StateChange`s.
 *
 * @example @ObjectType() export class RoutePhaseChange extends StateChangeType(RoutePhase, 'RoutePhaseChange') {}
 */
export function StateChangeType(states: object, name: string) {
  @ObjectType(`${name}Base`, { description: 'Not in the schema: subclasses inherit its fields' })
  abstract class Change {
    @Field(() => ID) id: string;
    @Field(() => states, { name: 'from' }) fromState: string;
    @Field(() => states, { name: 'to' }) toState: string;
    @Field(() => String, { nullable: true, description: 'Why, when the move needed a reason or one was given' }) reason: string | null;
    @Field({ description: 'Who made the move (a name, never an e-mail address)' }) changedBy: string;
    @Field() at: Date;
  }
  return Change;
}
