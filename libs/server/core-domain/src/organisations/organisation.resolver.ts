import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionType, LookAhead, ToOne, joinedOr, type RequestContext, type Selection } from '@lr/server-core';
import { loadCountry } from '../common/core-reads';
import { Country } from '../countries/country.entity';
import { Organisation } from './organisation.entity';
import { CreateOrganisationInput, OrganisationsArgs, UpdateOrganisationInput } from './organisation.inputs';
import { OrganisationService } from './organisation.service';

@ObjectType()
export class OrganisationConnection extends ConnectionType(Organisation) {}

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(private readonly service: OrganisationService) {}

  @Allow.read()
  @Query(() => OrganisationConnection)
  organisations(@Ctx() ctx: RequestContext, @Args() args: OrganisationsArgs, @LookAhead() selection: Selection) {
    return this.service.list(ctx, args, selection);
  }

  @Allow.read()
  @Query(() => Organisation)
  organisation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow.edit('core')
  @Mutation(() => Organisation)
  createOrganisation(@Ctx() ctx: RequestContext, @Arg('input') input: CreateOrganisationInput) {
    return this.service.create(ctx, input);
  }

  @Allow.edit('core')
  @Mutation(() => Organisation)
  updateOrganisation(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateOrganisationInput) {
    return this.service.update(ctx, input);
  }

  @Allow.edit('core')
  @Mutation(() => ID, { description: 'Refused with CONFLICT while people or programmes refer to it' })
  deleteOrganisation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.delete(ctx, id, version);
  }

  @ToOne('country')
  @FieldResolver(() => Country, { nullable: true })
  country(@Ctx() ctx: RequestContext, @Root() org: Organisation) {
    return joinedOr(org.country, () => (org.countryCode ? loadCountry(ctx, org.countryCode) : null));
  }
}
