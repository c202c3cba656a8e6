import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Cost } from '@lr/server-core';
import { AssessmentCriterion } from './assessment-criterion.entity';

/** Where the criteria a programme assesses with come from; the first that applies wins. */
export enum CriteriaSource {
  /** The programme defined criteria of its own. */
  OWN = 'OWN',
  /** The default set the programme chose. */
  CHOSEN_SET = 'CHOSEN_SET',
  /** Neither: the default set every such programme assesses with (BEST_PRACTICE_7). */
  FALLBACK = 'FALLBACK',
}
registerEnumType(CriteriaSource, {
  name: 'CriteriaSource',
  description: 'OWN (its own criteria) before CHOSEN_SET (the default set it chose) before FALLBACK (BEST_PRACTICE_7)',
});

/** The source follows from what the programme has: its own criteria first, then its choice. */
export function criteriaSourceOf(hasOwn: boolean, chosenSetKey: string | null): CriteriaSource {
  if (hasOwn) return CriteriaSource.OWN;
  return chosenSetKey ? CriteriaSource.CHOSEN_SET : CriteriaSource.FALLBACK;
}

/**
 * The criteria one programme assesses practices with, and why those: a client can tell an own
 * set from a chosen default set from the fallback without repeating the rule.
 */
@ObjectType({ description: 'The criteria a programme assesses with and where they come from' })
export class ProgrammeCriteria {
  @Field(() => ID) programmeId: string;
  @Field(() => CriteriaSource) source: CriteriaSource;
  @Field({ description: 'The set assessed with: PROGRAMME for its own, else a default set’s key' }) setKey: string;
  @Field(() => String, { nullable: true, description: 'The default set the programme chose, if any; kept, but unused, while it has criteria of its own' })
  chosenSetKey: string | null;
  @Cost({ assumedSize: 20 })
  @Field(() => [AssessmentCriterion], { description: 'In their order within the set' })
  criteria: AssessmentCriterion[];
}
