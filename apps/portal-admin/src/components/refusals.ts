import { errorMessage } from '@lr/portal-graphql';
import i18next from 'i18next';
import type { CombinedError } from 'urql';

/**
 * Why the API refused to delete a programme, in the reader's language: its routes (the API's
 * `extensions.references` counts them), else the common wording of the error's code.
 */
export function programmeDeleteRefusal(error: CombinedError): string {
  const references = error.graphQLErrors[0]?.extensions?.['references'] as
    { entity: string; count: number }[] | undefined;
  const routes = references?.find((r) => r.entity === 'LearningRoute');
  if (routes) return i18next.t('programmeHasRoutes', { ns: 'admin', count: routes.count });
  return errorMessage(error) ?? '';
}

/** The kinds of record the reference guard names (`extensions.references[].entity`), in the section's words. */
const REFERRERS: Record<string, string> = {
  LearningRoute: 'referrers.routes',
  Programme: 'referrers.programmes',
  LearningNeed: 'referrers.learningNeeds',
  Practice: 'referrers.practices',
  Champion: 'referrers.champions',
};

/**
 * Why the API refused to delete a record still in use, in the reader's language: what uses it
 * and how many ("3 routes, 1 programme"), else the common wording of the error's code.
 */
export function inUseRefusal(error: CombinedError): string {
  const references = error.graphQLErrors[0]?.extensions?.['references'] as
    { entity: string; count: number }[] | undefined;
  const known = references?.filter((r) => REFERRERS[r.entity]);
  if (!references?.length || known?.length !== references.length) return errorMessage(error) ?? '';
  const uses = known
    .map((r) => i18next.t(REFERRERS[r.entity] as never, { ns: 'admin', count: r.count }) as string)
    .join(', ');
  return i18next.t('stillInUse', { ns: 'admin', uses });
}
