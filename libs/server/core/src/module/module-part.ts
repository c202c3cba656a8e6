import type { DomainModule } from './domain-module';

/**
 * One area of a large module (logistics: agenda, travel, accommodation, budget) declares what it adds to the
 * descriptor here, so the areas stay apart and the descriptor only lists them.
 */
export type ModulePart = Partial<Pick<DomainModule, 'entities' | 'resolvers' | 'services' | 'references' | 'stateMachines' | 'guards' | 'reactions' | 'events' | 'settings' | 'http' | 'seedDemo' | 'jobs'>>;

/** The descriptor's lists, concatenated over the parts in order (demo data seeded in that order). */
export function combineParts(parts: readonly ModulePart[]): Required<ModulePart> {
  type ListKey = 'entities' | 'resolvers' | 'services' | 'references' | 'stateMachines' | 'guards' | 'reactions' | 'events' | 'settings';
  const all = (key: ListKey) => parts.flatMap((p) => (p[key] ?? []) as unknown[]) as never;
  return {
    entities: all('entities'),
    resolvers: all('resolvers'),
    services: all('services'),
    references: all('references'),
    stateMachines: all('stateMachines'),
    guards: all('guards'),
    reactions: all('reactions'),
    events: all('events'),
    settings: all('settings'),
    http: (http) => parts.forEach((p) => p.http?.(http)),
    jobs: combineJobs(parts),
    seedDemo: async (seed) => {
      for (const p of parts) await p.seedDemo?.(seed);
    },
  };
}

/** The parts' job handlers in one map; two parts naming the same kind is a mistake caught at start-up. */
function combineJobs(parts: readonly ModulePart[]): Required<ModulePart>['jobs'] {
  const jobs: Required<ModulePart>['jobs'] = {};
  for (const part of parts) {
    for (const [kind, handler] of Object.entries(part.jobs ?? {})) {
      if (jobs[kind]) throw new Error(`Two parts handle the scheduled job kind "${kind}"`);
      jobs[kind] = handler;
    }
  }
  return jobs;
}
