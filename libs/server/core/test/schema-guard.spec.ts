import { Query, Resolver } from 'type-graphql';
import { printSchema } from 'graphql';
import { Allow, assertEveryRootFieldDeclaresAccess, buildGatewaySchema, platformModule, type DomainModule } from '../src';

@Resolver()
class GuardedResolver {
  @Allow.read()
  @Query(() => String)
  guardedField(): string {
    return 'ok';
  }
}

@Resolver()
class ForgetfulResolver {
  @Allow.read()
  @Query(() => String)
  coveredField(): string {
    return 'ok';
  }

  @Query(() => String)
  forgottenField(): string {
    return 'everyone can see this';
  }
}

const guarded: DomainModule = { name: 'guarded', description: 'test', entities: [], resolvers: [GuardedResolver], migrations: [] };
const forgetful: DomainModule = { name: 'forgetful', description: 'test', entities: [], resolvers: [ForgetfulResolver], migrations: [] };

describe('every root field declares who may call it', () => {
  it('builds the schema when every root field has an @Allow rule', async () => {
    const schema = await buildGatewaySchema([platformModule, guarded]);
    const printed = printSchema(schema);
    expect(printed).toContain('guardedField');
    expect(printed).toContain('createUser');
    expect(printed).not.toContain('forgottenField');
  });

  it('refuses to build a schema with a root field that has no @Allow rule, naming it', async () => {
    await expect(buildGatewaySchema([platformModule, forgetful])).rejects.toThrow(
      'These root fields have no @Allow… rule: ForgetfulResolver.forgottenField',
    );
    expect(() => assertEveryRootFieldDeclaresAccess([forgetful])).toThrow(/ForgetfulResolver\.forgottenField/);
    expect(() => assertEveryRootFieldDeclaresAccess([forgetful])).not.toThrow(/coveredField/);
  });

  it('only checks the modules it is given', () => {
    expect(() => assertEveryRootFieldDeclaresAccess([platformModule, guarded])).not.toThrow();
  });
});
