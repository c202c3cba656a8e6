import { errorMessage, fieldProblems, translateFieldProblem, type FieldMessages } from '@lr/portal-graphql';
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

/** The rules the platform's API names in its refusals of users, invitations and partner keys. */
const PLATFORM_RULES = [
  'editorNeedsModule',
  'knownModules',
  'modulesOnlyForEditor',
  'ownAdminAccess',
  'oneLineName',
  'adminInvitesAdmin',
  'emailTaken',
  'expiryInFuture',
  'expiryWithinTwoYears',
  'keyNeedsSignedInAdmin',
  'keyAlreadyRevoked',
  'userDeactivated',
  'invitationPending',
] as const;
type PlatformRule = (typeof PLATFORM_RULES)[number];

const isPlatformRule = (constraint: unknown): constraint is PlatformRule =>
  (PLATFORM_RULES as readonly unknown[]).includes(constraint);

/** The section's words for a rule the API names (`constraint`), or undefined for one it does not know. */
export function platformRuleWords(constraint: unknown): string | undefined {
  return isPlatformRule(constraint)
    ? (i18next.t(`refusals.${constraint}` as never, { ns: 'admin' }) as string)
    : undefined;
}

/** The rule a refusal that is not about a field names (`extensions.constraint`: userDeactivated…). */
export function refusalConstraint(error: CombinedError): string | undefined {
  const constraint = error.graphQLErrors[0]?.extensions?.['constraint'];
  return typeof constraint === 'string' ? constraint : undefined;
}

/**
 * Per form field, the section's words for every platform rule, for `useApiForm({ messages })`:
 * the API's field refusals (`input.modules`: editorNeedsModule…) land next to the field in the
 * reader's language.
 */
export function platformFieldMessages(...fields: string[]): FieldMessages {
  const words = Object.fromEntries(PLATFORM_RULES.map((rule) => [rule, platformRuleWords(rule)]));
  return Object.fromEntries(fields.map((field) => [field, words]));
}

/**
 * Why the API refused an action on a user or a key, in the reader's language: the words for
 * the rule it names, else its field problems worded by rule, else the common wording of its code.
 */
export function platformRefusal(error: CombinedError): string {
  const own = platformRuleWords(refusalConstraint(error));
  if (own) return own;
  const problems = fieldProblems(error);
  if (problems.length) {
    return problems.map((p) => platformRuleWords(p.constraint) ?? translateFieldProblem(p)).join(' ');
  }
  return errorMessage(error) ?? '';
}
