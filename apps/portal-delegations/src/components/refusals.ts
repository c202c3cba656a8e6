import { errorCode, errorMessage, fieldProblems, moveRefusal, translateFieldProblem } from '@lr/portal-graphql';
import i18next from 'i18next';
import type { CombinedError } from 'urql';
import type { CompositionRuleCode, NotPromoted, SelectionStatus } from '../graphql/generated/graphql';
import { STATUSES } from './labels';

export const RULE_CODES: readonly CompositionRuleCode[] = [
  'ROUTE_SIZE',
  'NATIONAL_TEAM_COUNT',
  'TEAM_SIZE',
  'TEAM_GOVERNMENT',
  'STAKEHOLDER_DELEGATES',
  'PARTICIPANT_COUNT',
  'ALLIANCE_COUNT',
  'GENDER_BALANCE',
];
const NOT_PROMOTED: readonly NotPromoted[] = ['NOT_SELECTED', 'NO_WAITLIST', 'COMPOSITION'];

const isRuleCode = (code: string): code is CompositionRuleCode => (RULE_CODES as readonly string[]).includes(code);
const t = (key: string, options?: Record<string, unknown>) => i18next.t(key as never, { ns: 'delegations', ...options }) as string;
const statusName = (s: string) => t(`statuses.${s}`);

function extension<T>(error: CombinedError | undefined, name: string): T | undefined {
  return error?.graphQLErrors[0]?.extensions?.[name] as T | undefined;
}

/**
 * The composition rules named by their codes, in the words of the composition panel
 * ("Team size; People on the route"), or undefined when one of them is a rule the portal does
 * not know (the caller then shows the server's own text).
 */
export function ruleNames(codes: readonly string[] | null | undefined): string | undefined {
  if (!codes?.length || !codes.every(isRuleCode)) return undefined;
  return codes.map((code) => t(`ruleNames.${code}`)).join('; ');
}

/**
 * A refused selection or team change in the user's language: the composition rules it would
 * break (`PHASE_RULE` with rule codes in `missing`), a move the selection does not allow from
 * here, or the common wording of any other error.
 */
export function selectionRefusal(error: CombinedError): string {
  if (isRouteClosed(error)) return t('routeClosed');
  if (errorCode(error) === 'PHASE_RULE') {
    const rules = ruleNames(extension<string[]>(error, 'missing'));
    if (rules) return t('breaksRules', { rules });
    return moveRefusal(error, { stateName: statusName });
  }
  return errorMessage(error) ?? '';
}

/**
 * Why an action that is not a form (a button: check in, invite) was refused: the words for
 * the field checks the API names, without a form's "not valid" preamble, else the route being
 * closed, else the common wording.
 */
export function actionRefusal(error: CombinedError): string {
  const problems = fieldProblems(error);
  if (problems.length) return problems.map((p) => translateFieldProblem(p)).join(' ');
  if (isRouteClosed(error)) return t('routeClosed');
  return errorMessage(error) ?? '';
}

/**
 * A refused action on a list of participants (`participantIds.N` in the API's field problems),
 * each one named ("Otieno Ouma: their selection has ended…"), else as `actionRefusal`.
 */
export function listItemRefusal(error: CombinedError, names: readonly string[]): string {
  const problems = fieldProblems(error);
  if (!problems.length) return actionRefusal(error);
  return problems
    .map((p) => {
      const reason = translateFieldProblem(p);
      const name = names[Number(/\.(\d+)$/.exec(p.path)?.[1] ?? NaN)];
      return name ? t('refusedEntry', { name, reason }) : reason;
    })
    .join(' ');
}

/** The route is CLOSED: nothing of its delegations, participants or team changes any more. */
export function isRouteClosed(error: CombinedError | undefined): boolean {
  return errorCode(error) === 'PHASE_RULE' && extension<string>(error, 'from') === 'CLOSED' && extension<string>(error, 'to') === 'CLOSED';
}

/** One participant of a bulk decision the API could not make (`extensions.failures`). */
export interface BulkFailure {
  index: number;
  id: string;
  code: string;
  message: string;
  /** PHASE_RULE: the composition rules the decision would break. */
  missing?: string[];
  /** PHASE_RULE: the moves open from the participant's status. */
  allowed?: string[];
}

/** The failures of a refused bulk decision, or undefined when the error is of another kind. */
export function bulkFailures(error: CombinedError): BulkFailure[] | undefined {
  const failures = extension<BulkFailure[]>(error, 'failures');
  return Array.isArray(failures) && failures.length ? failures : undefined;
}

/**
 * Why one participant could not be moved, in the user's language: the composition rules the
 * decision would break, a move not open from their status (and those that are), someone else's
 * change; the server's text for a refusal the portal has no words for.
 */
export function failureReason(failure: BulkFailure, to: SelectionStatus, row: { status: SelectionStatus } | undefined): string {
  switch (failure.code) {
    case 'CONFLICT':
      return t('failureStale');
    case 'NOT_FOUND':
      return t('failureGone');
    case 'FORBIDDEN':
      return i18next.t('errors.FORBIDDEN' as never, { ns: 'common' }) as string;
    case 'PHASE_RULE': {
      if (failure.missing?.length) {
        const rules = ruleNames(failure.missing);
        return rules ? t('failureRules', { rules }) : failure.message;
      }
      if (!row) return failure.message;
      if (row.status === to) return t('failureAlready', { status: statusName(to) });
      const allowed = STATUSES.filter((s) => failure.allowed?.includes(s)).map(statusName);
      const move = { from: statusName(row.status), to: statusName(to) };
      return allowed.length ? t('failureNotFromAllowed', { ...move, allowed: allowed.join(', ') }) : t('failureNotFrom', move);
    }
    default:
      return failure.message;
  }
}

/** What `withdrawParticipant` says when no one took the freed place. */
export interface NoPromotion {
  notPromoted: NotPromoted | null;
  notPromotedRules: readonly string[] | null;
  notPromotedBecause: string | null;
}

/**
 * Why no one was selected in a withdrawn participant's place, in the user's language (the
 * composition rules by name); the server's text for a reason the portal does not know.
 */
export function noPromotionReason({ notPromoted, notPromotedRules, notPromotedBecause }: NoPromotion): string | undefined {
  if (notPromoted === 'COMPOSITION' && notPromotedRules?.length) {
    const rules = ruleNames(notPromotedRules);
    if (rules) return t('notPromotedRules', { rules });
  } else if (notPromoted && NOT_PROMOTED.includes(notPromoted)) {
    return t(`notPromoted.${notPromoted}`);
  }
  return notPromotedBecause ? t('notPromotedOther', { reason: notPromotedBecause }) : undefined;
}
