import { Extensions } from 'type-graphql';

/**
 * What a field costs a caller, declared next to it. The defaults: a scalar is free; a field
 * returning an object costs 1 per object; a connection costs 1 for the page, and its `first`
 * nodes count where they are selected (and multiply everything nested in them); a list without
 * `first` must say how many items to assume (the schema refuses to build otherwise).
 *
 * @example @Cost({ assumedSize: 10 }) @FieldResolver(() => [Assessment]) assessments(...)
 * @example @Cost({ base: 50 }) @Query(() => PracticeRecommendationConnection) recommendPractices(...)
 */
export interface CostDeclaration {
  /** How many items a list field without `first` returns at most (or typically, when unbounded). */
  assumedSize?: number;
  /** A fixed cost for calling the field once, for work beyond the rows it returns (rankings, exports). */
  base?: number;
  /** What each returned object costs (default 1; 0 for wrappers such as a connection's edges). */
  perItem?: number;
}

export const COST_EXTENSION = 'cost';

export function Cost(declaration: CostDeclaration): MethodDecorator & PropertyDecorator & ClassDecorator {
  return Extensions({ [COST_EXTENSION]: declaration });
}
