import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { joinedOr, loadOne, localizedFieldsResolver, Money, moneyFromMinor, NotForPartners, Reads, ToOne, type RequestContext } from '@lr/server-core';
import { loadOrganisation, loadPerson, Organisation, Person } from '@lr/server-core-domain';
import { PlanActivity } from './plan-activity.entity';
import { PlanObjective } from './plan-objective.entity';

export const PlanObjectiveTextResolver = localizedFieldsResolver(PlanObjective, [
  { name: 'statement' },
  { name: 'indicator', nullable: true, description: 'What is measured; in the caller’s language, falling back to English, then to any version' },
]);

export const PlanActivityTextResolver = localizedFieldsResolver(PlanActivity, [{ name: 'description' }]);

@Resolver(() => PlanActivity)
export class PlanActivityFieldsResolver {
  @Reads('objectiveId')
  @FieldResolver(() => PlanObjective, { nullable: true, description: 'The objective it serves' })
  objective(@Ctx() ctx: RequestContext, @Root() activity: PlanActivity) {
    return activity.objectiveId ? loadOne(ctx, PlanObjective, activity.objectiveId) : null;
  }

  @NotForPartners()
  @ToOne('responsiblePerson')
  @FieldResolver(() => Person, { nullable: true, description: "The responsible person (contact details under the core's privacy policy); null for partners" })
  responsiblePerson(@Ctx() ctx: RequestContext, @Root() activity: PlanActivity) {
    return joinedOr(activity.responsiblePerson, () => (activity.responsiblePersonId ? loadPerson(ctx, activity.responsiblePersonId) : null));
  }

  @ToOne('responsibleOrganisation')
  @FieldResolver(() => Organisation, { nullable: true })
  responsibleOrganisation(@Ctx() ctx: RequestContext, @Root() activity: PlanActivity) {
    return joinedOr(activity.responsibleOrganisation, () => (activity.responsibleOrganisationId ? loadOrganisation(ctx, activity.responsibleOrganisationId) : null));
  }

  @Reads('budgetMinor', 'budgetCurrency')
  @FieldResolver(() => Money, { nullable: true })
  budget(@Root() activity: PlanActivity) {
    return moneyFromMinor(activity.budgetMinor, activity.budgetCurrency);
  }
}
