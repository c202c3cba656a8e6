import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionType, type RequestContext } from '@lr/server-core';
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
  people(@Ctx() ctx: RequestContext, @Args() args: PeopleArgs) {
    return this.service.list(ctx, args);
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

  @FieldResolver(() => String)
  fullName(@Root() person: Person) {
    return `${person.givenName} ${person.familyName}`;
  }

  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Ctx() ctx: RequestContext, @Root() person: Person) {
    return person.organisationId ? loadOrganisation(ctx, person.organisationId) : null;
  }

  @FieldResolver(() => Country, { nullable: true })
  country(@Ctx() ctx: RequestContext, @Root() person: Person) {
    return person.countryCode ? loadCountry(ctx, person.countryCode) : null;
  }
}
