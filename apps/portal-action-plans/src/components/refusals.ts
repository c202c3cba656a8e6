import { errorCode, errorMessage, fieldProblems, moveRefusal, translateFieldProblem } from '@lr/portal-graphql';
import i18next from 'i18next';
import type { CombinedError } from 'urql';
import { smartFindingText } from './smart';

const t = (key: string, options?: Record<string, unknown>) => i18next.t(key as never, { ns: 'action-plans', ...options }) as string;
const statusName = (s: string) => (i18next.exists(`statuses.${s}`, { ns: 'action-plans' }) ? t(`statuses.${s}`) : s);

function extension<T>(error: CombinedError | undefined, name: string): T | undefined {
  return error?.graphQLErrors[0]?.extensions?.[name] as T | undefined;
}

/**
 * The SMART findings a refused FINAL names (`missing`: `SMART:objectives.2.targetDate:OBJECTIVE_TARGET_DATE`),
 * in the user's language; undefined when the refusal is about something else.
 */
export function smartRefusal(error: CombinedError): string | undefined {
  const missing = extension<string[]>(error, 'missing');
  if (errorCode(error) !== 'PHASE_RULE' || !missing?.length || !missing.every((m) => m.startsWith('SMART:'))) return undefined;
  const findings = missing.map((code) => {
    const [, path = '', rule = ''] = code.split(':');
    return smartFindingText({ path, rule: rule as never });
  });
  return t('finalNeedsSmart', { findings: findings.join(' ') });
}

/**
 * Why the API refused something done to a plan, its review or its vote, in the user's language:
 * the SMART check a FINAL needs, a plan that is not the delegation's to change in its status, a
 * second ballot or review, a review of an old version, a vote that is not open; the field checks
 * the API names (without a form's preamble); else the common wording of the error's code.
 */
export function planRefusal(error: CombinedError): string {
  const code = errorCode(error);
  if (code === 'PHASE_RULE') {
    const smart = smartRefusal(error);
    if (smart) return smart;
    const voting = extension<string>(error, 'votingStatus');
    if (extension<string>(error, 'machine') === 'action_fund.voting' && voting) return voting === 'CLOSED' ? t('votingIsClosed') : t('votingNotOpenYet');
    const from = extension<string>(error, 'from');
    if (from && from === extension<string>(error, 'to') && !extension<string[]>(error, 'allowed')?.length) return t('planLocked', { status: statusName(from) });
    return moveRefusal(error, { stateName: statusName });
  }
  if (code === 'CONFLICT') {
    if (extension<string>(error, 'constraint') === 'oneBallotPerVoter') return t('alreadyVoted');
    if (extension<string>(error, 'reviewId')) return t('alreadyReviewed');
    const latest = extension<number>(error, 'latestVersion');
    if (latest !== undefined) return t('reviewOutdated', { reviewed: extension<number>(error, 'reviewedVersion') ?? 0, latest });
    if (extension<string>(error, 'existingPlanId')) return t('planExists');
  }
  if (code === 'FORBIDDEN' && extension<string>(error, 'votingStatus')) return t('tallyAfterClose');
  const problems = fieldProblems(error);
  if (code === 'BAD_USER_INPUT' && problems.length) return problems.map((p) => translateFieldProblem(p)).join(' ');
  return errorMessage(error) ?? '';
}
