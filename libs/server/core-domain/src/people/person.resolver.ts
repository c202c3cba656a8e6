import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionType, LookAhead, Reads, ToOne, joinedOr, type RequestContext, type Selection } from '@lr/server-core';
import { loadCountry, loadOrganisation } from '../common/core-reads';
import { Country } from '../countries/country.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Person } from './person.entity';
import { CreatePersonInput, PeopleArgs, UpdatePersonInput } from './person.inputs';
import { PersonService } from './person.service';

@ObjectType()
export class PersonConnection extends ConnectionType(Person) {}

@Resolver(() => Person)
export class PersonResolver {
  constructor(private readonly service: PersonService) {}

  @Allow.read()
  @Query(() => PersonConnection)
  people(@Ctx() ctx: RequestContext, @Args() args: PeopleArgs, @LookAhead() selection: Selection) {
    return this.service.list(ctx, args, selection);
  }

  @Allow.read()
  @Query(() => Person)
  person(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow.edit('core')
  @Mutation(() => Person)
  createPerson(@Ctx() ctx: RequestContext, @Arg('input') input: CreatePersonInput) {
    return this.service.create(ctx, input);
  }

  @Allow.edit('core')
  @Mutation(() => Person)
  updatePerson(@Ctx() ctx: RequestContext, @Arg('input') input: UpdatePersonInput) {
    return this.service.update(ctx, input);
  }

  @Allow.edit('core')
  @Mutation(() => ID)
  deletePerson(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.delete(ctx, id, version);
  }

  @Reads('givenName', 'familyName')
  @FieldResolver(() => String)
  fullName(@Root() person: Person) {
    return `${person.givenName} ${person.familyName}`;
  }

  @ToOne('organisation')
  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Ctx() ctx: RequestContext, @Root() person: Person) {
    return joinedOr(person.organisation, () => (person.organisationId ? loadOrganisation(ctx, person.organisationId) : null));
  }

  @ToOne('country')
  @FieldResolver(() => Country, { nullable: true })
  country(@Ctx() ctx: RequestContext, @Root() person: Person) {
    return joinedOr(person.country, () => (person.countryCode ? loadCountry(ctx, person.countryCode) : null));
  }
}
