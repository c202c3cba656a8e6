import { errorMessage, useCountries } from '@lr/portal-graphql';
import { Button, ErrorPanel, PageHeader, SelectField, Skeleton } from '@lr/portal-ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSection } from '../components/section-context';
import { formatScore } from '../components/format';
import { StatusBadge } from '../components/StatusBadge';
import { AttachPracticeMutation, PracticeOptionsQuery, RouteMatchingQuery } from '../graphql/operations';

/** How many recommendations and ranked candidates the page shows: the best ones. */
const SHOWN = 20;

/** Says how many more there are than the page shows. */
function MoreNotShown({ shown, total }: { shown: number; total: number }) {
  const { t } = useTranslation('practices');
  return total > shown ? <p className="lr-hint">{t('moreNotShown', { count: total - shown })}</p> : null;
}

/** A route's candidate practices by score, and recommendations for its visiting countries. */
export function MatchingPage() {
  const { t } = useTranslation(['practices', 'common']);
  const { language, canEdit, notify, basePath } = useSection();
  const [params, setParams] = useSearchParams();
  const routeId = params.get('route') ?? '';
  const visiting = (params.get('visiting') ?? '').split(',').filter(Boolean);
  const visitingId = useId();
  const [{ data: options }] = useQuery({ query: PracticeOptionsQuery });
  const countries = useCountries(language);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: RouteMatchingQuery,
    variables: { routeId, visiting, first: SHOWN },
    pause: !routeId,
  });
  const [{ fetching: attaching }, attach] = useMutation(AttachPracticeMutation);
  const recommendations = data?.recommendPractices.edges.map((e) => e.node) ?? [];
  const ranking = data?.practiceRanking.edges.map((e) => e.node) ?? [];

  const setParam = (key: string, value: string) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });

  async function attachCase(practiceId: string) {
    const result = await attach({ practiceId, routeId });
    if (result.error) notify(errorMessage(result.error) ?? '', 'error');
    else {
      notify(t('attached'), 'success');
      refetch({ requestPolicy: 'network-only' });
    }
  }

  const isCase = (p: { routes: { id: string }[] }) => p.routes.some((r) => r.id === routeId);
  const attachAction = (p: { id: string; title: string; routes: { id: string }[] }) =>
    isCase(p) ? (
      <span className="lr-badge">{t('isCase')}</span>
    ) : canEdit ? (
      <Button busy={attaching} onClick={() => attachCase(p.id)} aria-label={`${t('attach')}: ${p.title}`}>
        {t('attach')}
      </Button>
    ) : null;

  return (
    <>
      <PageHeader title={t('matchingTitle')} />
      <div className="lr-filterbar">
        <SelectField
          label={t('route')}
          value={routeId}
          onChange={(e) => setParam('route', e.target.value)}
          placeholder={t('common:choose')}
          options={options?.routes.edges.map((e) => ({ value: e.node.id, label: e.node.title })) ?? []}
        />
        <div className="lr-field">
          <label htmlFor={visitingId} className="lr-field__label">
            {t('visitingCountries')}
          </label>
          <select
            id={visitingId}
            multiple
            size={8}
            className="lr-input lr-multiselect"
            aria-describedby={`${visitingId}-hint`}
            value={visiting}
            onChange={(e) =>
              setParam('visiting', [...e.target.selectedOptions].map((o) => o.value).join(','))
            }
          >
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.hasNeeds ? `★ ${c.name}` : c.name}
              </option>
            ))}
          </select>
          <p id={`${visitingId}-hint`} className="lr-field__hint">
            {t('visitingHint')}
          </p>
        </div>
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
