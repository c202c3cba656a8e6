import { errorMessage } from '@lr/portal-graphql';
import { Button, ErrorPanel, PageHeader, rememberedVisitingCountries, rememberVisitingCountries, SelectField, Skeleton, VisitingCountriesField } from '@lr/portal-ui';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSection } from '../components/section-context';
import { formatScore } from '../components/format';
import { StatusBadge } from '../components/StatusBadge';
import { AttachPracticeMutation, DetachPracticeMutation, PracticeOptionsQuery, RouteMatchingQuery } from '../graphql/operations';

/** How many recommendations and ranked candidates the page shows: the best ones. */
const SHOWN = 20;

/** Says how many more there are than the page shows. */
function MoreNotShown({ shown, total }: { shown: number; total: number }) {
  const { t } = useTranslation('practices');
  return total > shown ? <p className="lr-hint">{t('moreNotShown', { count: total - shown })}</p> : null;
}

/**
 * A route's candidate practices by score, and recommendations for its visiting countries. The
 * route and countries are in the address; a route's countries are also remembered in this
 * browser (shared with the route's matching tab), so choosing the route fills them in again.
 */
export function MatchingPage() {
  const { t } = useTranslation(['practices', 'common']);
  const { language, canEdit, notify, basePath } = useSection();
  const [params, setParams] = useSearchParams();
  const routeId = params.get('route') ?? '';
  const visitingParam = params.get('visiting');
  const visiting = (visitingParam ?? '').split(',').filter(Boolean);
  const [{ data: options }] = useQuery({ query: PracticeOptionsQuery });
  const [{ data, fetching, error }, refetch] = useQuery({
    query: RouteMatchingQuery,
    variables: { routeId, visiting, first: SHOWN },
    pause: !routeId,
  });
  const [{ fetching: attaching }, attach] = useMutation(AttachPracticeMutation);
  const [, detach] = useMutation(DetachPracticeMutation);

  // A route chosen without countries gets the ones chosen for it last time.
  useEffect(() => {
    if (!routeId || visitingParam !== null) return;
    const remembered = rememberedVisitingCountries(routeId);
    if (remembered.length) setParams((p) => new URLSearchParams({ ...Object.fromEntries(p), visiting: remembered.join(',') }), { replace: true });
  }, [routeId, visitingParam, setParams]);
  const recommendations = data?.recommendPractices.edges.map((e) => e.node) ?? [];
  const ranking = data?.practiceRanking.edges.map((e) => e.node) ?? [];

  const setParam = (key: string, value: string) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });

  function chooseVisiting(codes: string[]) {
    rememberVisitingCountries(routeId, codes);
    setParam('visiting', codes.join(','));
  }

  /** Attaching can be undone (detaching again) from the toast. */
  async function attachCase(practice: { id: string; title: string }) {
    const reload = () => refetch({ requestPolicy: 'network-only' });
    const result = await attach({ practiceId: practice.id, routeId });
    if (result.error) return notify(errorMessage(result.error) ?? '', 'error');
    notify(t('attached'), 'success', {
      label: t('common:undo'),
      onAction: async () => {
        const undone = await detach({ practiceId: practice.id, routeId });
        notify(undone.error ? (errorMessage(undone.error) ?? '') : t('detached', { title: practice.title }), undone.error ? 'error' : 'success');
        reload();
      },
    });
    reload();
  }

  const isCase = (p: { routes: { id: string }[] }) => p.routes.some((r) => r.id === routeId);
  const attachAction = (p: { id: string; title: string; routes: { id: string }[] }) =>
    isCase(p) ? (
      <span className="lr-badge">{t('isCase')}</span>
    ) : canEdit ? (
      <Button busy={attaching} onClick={() => attachCase(p)} aria-label={`${t('attach')}: ${p.title}`}>
        {t('attach')}
      </Button>
    ) : null;

  return (
    <>
      <PageHeader title={t('matchingTitle')} breadcrumbs={[]} />
      <div className="lr-filterbar">
        <SelectField
          label={t('route')}
          value={routeId}
          onChange={(e) => setParam('route', e.target.value)}
          placeholder={t('common:choose')}
          options={options?.routes.edges.map((e) => ({ value: e.node.id, label: e.node.title })) ?? []}
        />
        {routeId && (
          <VisitingCountriesField
            label={t('visitingCountries')}
            hint={t('visitingHint')}
            language={language}
            value={visiting}
            onChange={chooseVisiting}
            groupLabels={{ withNeeds: t('common:countriesWithNeeds'), others: t('common:otherCountries') }}
          />
        )}
      </div>

      {!routeId ? (
        <p>{t('chooseRoute')}</p>
      ) : fetching && !data ? (
        <Skeleton width="60%" />
      ) : error || !data ? (
        <ErrorPanel title={t('common:loadFailed')} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
          {errorMessage(error)}
        </ErrorPanel>
      ) : (
        <div className="lr-matching">
          <section className="lr-card" aria-labelledby="recommendations-heading">
            <h2 id="recommendations-heading">{t('recommendations')}</h2>
            {recommendations.length === 0 ? (
              <p>{t('noRecommendations')}</p>
            ) : (
              <ol className="lr-recommendations">
                {recommendations.map((r) => (
                  <li key={r.practice.id} className="lr-recommendation">
                    <div className="lr-toolbar">
                      <h3>
                        <Link to={`${basePath}/${r.practice.id}`}>{r.practice.title}</Link>
                      </h3>
                      {attachAction(r.practice)}
                    </div>
                    <p>
                      <StatusBadge status={r.practice.status} />{' '}
                      {t('recommendationScore', { score: r.score })} · {t('fit', { fit: r.fit })}
                      {r.assessmentScore !== null && r.assessmentScore !== undefined && (
                        <> · {t('scoreOutOf5', { score: r.assessmentScore })}</>
                      )}
                    </p>
                    <p className="lr-visually-hidden">{t('reasons')}</p>
                    {r.reasons.length === 0 ? (
                      <p>{t('noReasons')}</p>
                    ) : (
                      <ul className="lr-reasons" aria-label={t('reasons')}>
                        {r.reasons.map((reason) => (
                          <li key={`${reason.countryCode}-${reason.thematicAreaId}`}>
                            {t('meets', {
                              area: reason.thematicArea?.name ?? reason.thematicAreaId,
                              rank: reason.rank,
                              country: reason.country.name,
                            })}
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ol>
            )}
            <MoreNotShown shown={recommendations.length} total={data.recommendPractices.totalCount} />
          </section>

          <section className="lr-card" aria-labelledby="ranking-heading">
            <h2 id="ranking-heading">{t('ranking')}</h2>
            {ranking.length === 0 ? (
              <p>{t('noRanking')}</p>
            ) : (
              <div className="lr-table-wrap">
                <table className="lr-table">
                  <caption className="lr-visually-hidden">{t('ranking')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('rank')}</th>
                      <th scope="col">{t('practice')}</th>
                      <th scope="col">{t('status')}</th>
                      <th scope="col">{t('score')}</th>
                      <th scope="col">
                        <span className="lr-visually-hidden">{t('attach')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {ranking.map((r) => (
                      <tr key={r.practice.id}>
                        <td>{r.rank}</td>
                        <td>
                          <Link to={`${basePath}/${r.practice.id}`}>{r.practice.title}</Link>
                        </td>
                        <td>
                          <StatusBadge status={r.practice.status} />
                        </td>
                        <td>{r.score === null || r.score === undefined ? '—' : formatScore(r.score, language)}</td>
                        <td>{attachAction(r.practice)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <MoreNotShown shown={ranking.length} total={data.practiceRanking.totalCount} />
          </section>
        </div>
      )}
    </>
  );
}
