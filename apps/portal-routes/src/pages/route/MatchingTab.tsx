import { errorMessage } from '@lr/portal-graphql';
import { canEditModule } from '@lr/portal-shell-contract';
import { Button, ErrorPanel, rememberedVisitingCountries, rememberVisitingCountries, Skeleton, VisitingCountriesField } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSection } from '../../components/section-context';
import { AttachCaseMutation, DetachCaseMutation, RouteRecommendationsQuery } from '../../graphql/operations';

/**
 * Practices recommended for the route's visitors, with the visiting countries chosen last time
 * for this route already filled in (remembered in this browser until the delegations module
 * provides them). Editors of practices attach one as a case, with Undo.
 */
export function MatchingTab({ routeId }: { routeId: string }) {
  const { t } = useTranslation(['routes', 'common']);
  const { language, user, notify } = useSection();
  const [visiting, setVisiting] = useState(() => rememberedVisitingCountries(routeId));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: RouteRecommendationsQuery,
    variables: { routeId, visiting },
    pause: visiting.length === 0,
  });
  const [, attach] = useMutation(AttachCaseMutation);
  const [, detach] = useMutation(DetachCaseMutation);
  const mayAttach = canEditModule(user, 'practices');
  const reload = () => refetch({ requestPolicy: 'network-only' });

  function choose(codes: string[]) {
    rememberVisitingCountries(routeId, codes);
    setVisiting(codes);
  }

  async function attachCase(practice: { id: string; title: string }) {
    const result = await attach({ practiceId: practice.id, routeId });
    if (result.error) return notify(errorMessage(result.error) ?? '', 'error');
    reload();
    notify(t('attachedCase', { title: practice.title }), 'success', {
      label: t('common:undo'),
      onAction: async () => {
        const undone = await detach({ practiceId: practice.id, routeId });
        notify(undone.error ? (errorMessage(undone.error) ?? '') : t('detached', { title: practice.title }), undone.error ? 'error' : 'success');
        reload();
      },
    });
  }

  const recommendations = data?.recommendPractices.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="matching-heading">
      <h2 id="matching-heading">{t('recommendations')}</h2>
      <div className="lr-filterbar">
        <VisitingCountriesField
          label={t('visitingCountries')}
          hint={t('visitingHint')}
          language={language}
          value={visiting}
          onChange={choose}
          groupLabels={{ withNeeds: t('common:countriesWithNeeds'), others: t('common:otherCountries') }}
        />
      </div>
      {visiting.length === 0 ? (
        <p>{t('chooseVisiting')}</p>
      ) : fetching && !data ? (
        <Skeleton width="60%" />
      ) : error || !data ? (
        <ErrorPanel title={t('common:loadFailed')} onRetry={reload}>
          {errorMessage(error)}
        </ErrorPanel>
      ) : recommendations.length === 0 ? (
        <p>{t('noRecommendations')}</p>
      ) : (
        <ol className="lr-recommendations">
          {recommendations.map((r) => (
            <li key={r.practice.id} className="lr-card">
              <div className="lr-toolbar">
                <h3>
                  <Link to={`/practices/${r.practice.id}`}>{r.practice.title}</Link>
                </h3>
                {r.practice.routes.some((route) => route.id === routeId) ? (
                  <span className="lr-badge">{t('isCase')}</span>
                ) : (
                  mayAttach && (
                    <Button aria-label={t('attachNamed', { title: r.practice.title })} onClick={() => attachCase(r.practice)}>
                      {t('attach')}
                    </Button>
                  )
                )}
              </div>
              <p>
                <span className="lr-badge">{t(`practiceStatuses.${r.practice.status}`)}</span> {t('recommendationFit', { fit: r.fit, score: r.score })}
              </p>
              <ul>
                {r.reasons.map((reason) => (
                  <li key={`${reason.countryCode}-${reason.thematicAreaId}`}>
                    {t('meets', { area: reason.thematicArea?.name ?? reason.thematicAreaId, rank: reason.rank, country: reason.country.name })}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      <p>
        <Link className="lr-action-link" to={`/practices/matching?route=${routeId}${visiting.length ? `&visiting=${visiting.join(',')}` : ''}`}>{t('openMatching')}</Link>
      </p>
    </section>
  );
}
