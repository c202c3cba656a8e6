import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { authChecker } from '../auth/auth-checker';
import { wrapMutationsInTransactions } from '../context/transaction.middleware';
import { allResolvers, type DomainModule } from '../module/domain-module';
import { serviceContainerFor } from '../module/service-container';
import { listFieldsWithoutCost } from '../limits/query-cost';
import { readPlainFieldsDirectly } from './plain-fields';
import { callFieldResolversDirectly } from './direct-field-resolvers';
import { refreshReadNeeds } from '../reads/read-plan';

/**
 * Refuses to build a schema in which a root query or mutation does not say who may call it,
 * so a forgotten `@Allow…` fails at start-up and in tests rather than opening data to everyone.
 */
export function assertEveryRootFieldDeclaresAccess(modules: DomainModule[]): void {
  const storage = getMetadataStorage();
  const resolvers = new Set(modules.flatMap((m) => m.resolvers));
  const authorized = new Set(storage.authorizedFields.map((f) => `${f.target.name}.${f.fieldName}`));
  const missing = [...storage.queries, ...storage.mutations]
    .filter((r) => resolvers.has(r.target))
    .filter((r) => !authorized.has(`${r.target.name}.${r.methodName}`))
    .map((r) => `${r.target.name}.${r.methodName}`);
  if (missing.length) throw new Error(`These root fields have no @Allow… rule: ${missing.join(', ')}`);
}

/**
 * The GraphQL schema of the given modules, with validation, auth and one transaction per
 * mutation; plain fields are read straight from their row and simple field resolvers are
 * called directly (no per-field wrapper).
 */
export async function buildGatewaySchema(modules: DomainModule[]): Promise<GraphQLSchema> {
  assertEveryRootFieldDeclaresAccess(modules);
  const container = serviceContainerFor(modules);
  const schema = await buildSchema({
    resolvers: allResolvers(modules),
    authChecker,
    authMode: 'error',
    container,
    validate: { forbidUnknownValues: false, validationError: { target: true, value: false } },
  });
  const uncosted = listFieldsWithoutCost(schema);
  if (uncosted.length) throw new Error(`These list fields declare no size for the cost analysis (@Cost({ assumedSize })): ${uncosted.join(', ')}`);
  // Field resolvers are known once the schema is built: what each field reads can be looked up.
  refreshReadNeeds();
  return callFieldResolversDirectly(readPlainFieldsDirectly(wrapMutationsInTransactions(schema)), container);
}
