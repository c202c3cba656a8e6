import { errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { ErrorPanel, Skeleton } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useSection } from '../components/section-context';
import type { RouteCompositionQuery as CompositionResult } from '../graphql/generated/graphql';
import { RouteCompositionQuery } from '../graphql/operations';

export type Rule = CompositionResult['routeComposition']['rules'][number];

/** green: holds; amber: a soft rule fails (a warning); red: a hard rule fails (selections stop there). */
export function ruleState(rule: Pick<Rule, 'holds' | 'severity'>): 'holds' | 'soft' | 'hard' {
  if (rule.holds) return 'holds';
  return rule.severity === 'HARD' ? 'hard' : 'soft';
}

/**
 * The route's composition: every rule with a light (green holds, amber a soft rule fails, red a
 * hard one fails) and its word, where it stands against its limit, and what to do about it.
 */
export function CompositionPanel({ routeId }: { routeId: string }) {
  const { t } = useTranslation(['delegations', 'common']);
  const { canEdit, basePath } = useSection();
  const format = useFormat();
  const [{ data, fetching, error }, refetch] = useQuery({ query: RouteCompositionQuery, variables: { routeId }, requestPolicy: 'cache-and-network' });

  if (fetching && !data) return <Skeleton width="60%" />;
  if (error || !data) {
    return (
      <ErrorPanel title={t('compositionFailed')} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
        {errorMessage(error)}
      </ErrorPanel>
    );
  }
  const composition = data.routeComposition;
  const hardFailing = composition.rules.filter((r) => ruleState(r) === 'hard').length;
  const softFailing = composition.rules.filter((r) => ruleState(r) === 'soft').length;
  const percent = (r: Rule) => r.code === 'GENDER_BALANCE';

  function ruleName(r: Rule) {
    const name = t(`ruleNames.${r.code}`);
    return r.delegationName ? t('ruleOf', { rule: name, delegation: r.delegationName }) : name;
  }

  function limit(r: Rule) {
    if (r.min !== null && r.min !== undefined && r.max !== null && r.max !== undefined) {
      return r.min === r.max ? t('limitExactly', { n: r.min }) : t('limitBetween', { min: r.min, max: r.max });
    }
    if (r.min !== null && r.min !== undefined) return t('limitAtLeast', { n: r.min });
    if (r.max !== null && r.max !== undefined) return percent(r) ? t('limitAtMostPercent', { n: r.max }) : t('limitAtMost', { n: r.max });
    return '—';
  }

  function todo(r: Rule) {
    if (r.holds) return t('todoNothing');
    const under = r.min !== null && r.min !== undefined && r.current < r.min;
    const count = under ? (r.min ?? 0) - r.current : r.current - (r.max ?? r.current);
    const values = { count, delegation: r.delegationName ?? '', current: r.current, min: r.min ?? 0, max: r.max ?? 0 };
    switch (r.code) {
      case 'ROUTE_SIZE':
        return t('todo.ROUTE_SIZE', values);
      case 'NATIONAL_TEAM_COUNT':
        return under ? t('todo.NATIONAL_TEAM_COUNT_UNDER', values) : t('todo.NATIONAL_TEAM_COUNT_OVER', values);
      case 'TEAM_SIZE':
        return under ? t('todo.TEAM_SIZE_UNDER', values) : t('todo.TEAM_SIZE_OVER', values);
      case 'TEAM_GOVERNMENT':
        return t('todo.TEAM_GOVERNMENT', values);
      case 'STAKEHOLDER_DELEGATES':
        return t('todo.STAKEHOLDER_DELEGATES', values);
      case 'PARTICIPANT_COUNT':
        return under ? t('todo.PARTICIPANT_COUNT_UNDER', values) : t('todo.PARTICIPANT_COUNT_OVER', values);
      case 'ALLIANCE_COUNT':
        return t('todo.ALLIANCE_COUNT', values);
      case 'GENDER_BALANCE':
        return t('todo.GENDER_BALANCE', values);
    }
  }

  return (
    <section className={`lr-card ${composition.ready ? 'lr-delegations-ready' : 'lr-delegations-not-ready'}`} aria-labelledby="composition-heading">
      <div className="lr-toolbar">
        <h2 id="composition-heading">{t('composition')}</h2>
        {canEdit && (
          <Link className="lr-action-link" to={`${basePath}/composition?route=${routeId}`}>
            {t('editTargets')}
          </Link>
        )}
      </div>
      <p aria-live="polite">
        <strong>{composition.ready ? t('compositionReady') : t('compositionNotReady', { count: hardFailing })}</strong>
        {softFailing > 0 && <> {t('compositionWarnings', { count: softFailing })}</>}
      </p>
      <p className="lr-delegations-muted">{t('compositionIntro')}</p>
      <ul className="lr-delegations-summary" aria-label={t('composition')}>
        <li>
          <strong>{format.number(composition.selectedParticipants)}</strong> {t('selectedParticipantsCount', { count: composition.selectedParticipants })}
        </li>
        <li>
          <strong>{format.number(composition.teamMembers)}</strong> {t('teamMembersCount', { count: composition.teamMembers })}
        </li>
        <li>
          <strong>{t(`routeKinds.${composition.settings.routeKind}`)}</strong> {composition.isDefault ? t('defaultTargets') : t('ownTargets')}
        </li>
      </ul>
      <div className="lr-table-wrap">
        <table className="lr-table lr-table--cards lr-delegations-rules">
          <caption className="lr-visually-hidden">{t('compositionRules')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rule')}</th>
              <th scope="col">{t('ruleStateHeader')}</th>
              <th scope="col">{t('ruleNow')}</th>
              <th scope="col">{t('ruleLimit')}</th>
              <th scope="col">{t('ruleTodo')}</th>
            </tr>
          </thead>
          <tbody>
            {composition.rules.map((r) => {
              const state = ruleState(r);
              return (
                <tr key={`${r.code}-${r.delegationId ?? ''}`} className={`lr-delegations-rules--${state}`}>
                  <td data-label={t('rule')} className="lr-delegations-rules__name">
                    {ruleName(r)} <span className="lr-delegations-muted">({t(`severities.${r.severity}`)})</span>
                  </td>
                  <td data-label={t('ruleStateHeader')} className="lr-delegations-rules__state">
                    <span className={`lr-delegations-rule lr-delegations-rule--${state}`}>
                      <span className="lr-delegations-rule__light" aria-hidden="true" />
                      {t(`ruleStates.${state}`)}
                    </span>
                  </td>
                  <td data-label={t('ruleNow')} className="lr-delegations-rules__now">{percent(r) ? t('percent', { n: r.current }) : format.number(r.current)}</td>
                  <td data-label={t('ruleLimit')} className="lr-delegations-rules__limit">{limit(r)}</td>
                  <td data-label={t('ruleTodo')} className="lr-delegations-rules__todo">{todo(r)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
