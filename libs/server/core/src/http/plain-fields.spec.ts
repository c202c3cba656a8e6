import 'reflect-metadata';
import { graphql } from 'graphql';
import { Authorized, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root, buildSchema } from 'type-graphql';
import { Personal, PersonalData } from '../privacy/personal-data';
import { readPlainFieldsDirectly } from './plain-fields';

@ObjectType()
class Base {
  @Field(() => ID) id: string;
}

@ObjectType()
class Contact extends Base {
  @Field() name: string;
  @Field() get shout(): string {
    return this.name.toUpperCase();
  }
  @Personal(PersonalData.CONTACT)
  @Field(() => String, { nullable: true })
  email: string | null;
  @Authorized('ADMIN')
  @Field(() => String, { nullable: true })
  note: string | null;
  contactConsent: boolean;
}

@Resolver(() => Contact)
class ContactResolver {
  @Query(() => Contact)
  contact() {
    return Object.assign(new Contact(), { id: 'c1', name: 'Ana', email: 'ana@example.org', note: 'n', contactConsent: false });
  }

  @FieldResolver(() => String)
  greeting(@Root() contact: Contact) {
    return `Hello ${contact.name}`;
  }
}

describe('readPlainFieldsDirectly', () => {
  async function schema() {
    return readPlainFieldsDirectly(await buildSchema({ resolvers: [ContactResolver], authChecker: () => false, authMode: 'null', validate: false }));
  }

  it('leaves plain properties, getters and inherited fields to the default resolver', async () => {
    const fields = (await schema()).getType('Contact') as import('graphql').GraphQLObjectType;
    const resolvers = Object.fromEntries(Object.values(fields.getFields()).map((f) => [f.name, f.resolve !== undefined]));
    expect(resolvers).toEqual({ id: false, name: false, shout: false, email: true, note: true, greeting: true });
  });

  it('keeps field resolvers, privacy middleware and auth rules working', async () => {
    const result = await graphql({ schema: await schema(), source: '{ contact { id name shout email note greeting } }', contextValue: { principal: { kind: 'anonymous' } } as never });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ contact: { id: 'c1', name: 'Ana', shout: 'ANA', email: null, note: null, greeting: 'Hello Ana' } });
  });
});
