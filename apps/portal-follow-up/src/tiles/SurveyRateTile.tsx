import { useFormat } from '@lr/portal-i18n';
import type { TileProps } from '@lr/portal-shell-contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { RouteSurveysTileQuery, SurveyRateTileQuery } from './tile-queries';
import { TileFrame } from './TileFrame';

/** The response rate of one survey that went out. */
function SurveyRate({ survey, basePath }: { survey: { id: string; title: string }; basePath: string }) {
  const { t } = useTranslation('follow-up');
  const format = useFormat();
  const [{ data, error }] = useQuery({ query: SurveyRateTileQuery, requestPolicy: 'cache-and-network', variables: { surveyId: survey.id } });
  if (error) return null;
  if (!data) return <TileFrame title={t('tiles.surveyTitle')} loading />;
  const { answered, invited, responseRate } = data.surveyResults;
  return (
    <TileFrame title={t('tiles.surveyTitle')}>
      <p className="lr-tile__figure">{t('tiles.responseRate', { rate: format.number(responseRate, 1) })}</p>
      <p className="lr-tile__detail">{t('tiles.answeredOf', { answered, invited })}</p>
      <p className="lr-tile__detail">{survey.title}</p>
      <Link className="lr-tile__link" to={`${basePath}/surveys/${survey.id}`}>
        {t('tiles.openSurvey')}
      </Link>
    </TileFrame>
  );
}

/** The route's newest survey that went out (open or closed) and how many answered it. */
export function SurveyRateTile({ routeId, basePath }: TileProps) {
  const { t } = useTranslation('follow-up');
  const [{ data, error }] = useQuery({ query: RouteSurveysTileQuery, requestPolicy: 'cache-and-network', variables: { routeId: routeId ?? '' }, pause: !routeId });
  if (!routeId || error) return null;
  if (!data) return <TileFrame title={t('tiles.surveyTitle')} loading />;
  const sent = data.surveys.edges.map((e) => e.node).find((s) => s.status === 'OPEN' || s.status === 'CLOSED');
  if (sent) return <SurveyRate survey={sent} basePath={basePath} />;
  return (
    <TileFrame title={t('tiles.surveyTitle')}>
      <p className="lr-tile__figure">{t('tiles.noSurvey')}</p>
      <Link className="lr-tile__link" to={`${basePath}/surveys?route=${routeId}`}>
        {t('tiles.openSurveys')}
      </Link>
    </TileFrame>
  );
}
