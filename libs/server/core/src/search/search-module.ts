import type { DomainModule } from '../module/domain-module';
import { searchResolverFor } from './search.resolver';

/**
 * The search across modules, as one more descriptor: its `search` query asks every composed
 * module's `search` sources. It is part of the platform (named so: it is no EDITOR scope and
 * owns no tables; the trigram extension is a platform migration).
 *
 * @example gatewayModules.push(searchModule(gatewayModules));
 */
export function searchModule(modules: readonly DomainModule[]): DomainModule {
  return {
    name: 'platform',
    description: 'Search across modules',
    entities: [],
    resolvers: [searchResolverFor(modules.flatMap((m) => m.search ?? []))],
    migrations: [],
  };
}
