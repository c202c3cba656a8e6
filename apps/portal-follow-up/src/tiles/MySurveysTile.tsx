import { useFormat } from '@lr/portal-i18n';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { MySurveysTileQuery } from './tile-queries';
import { TileFrame } from './TileFrame';

/** A participant's open surveys, each with their own link (the one their e-mail carries). */
export function MySurveysTile() {
  const { t } = useTranslation('follow-up');
  const format = useFormat();
  const [{ data, error }] = useQuery({ query: MySurveysTileQuery, requestPolicy: 'cache-and-network' });
  if (error) return null;
  if (!data) return <TileFrame title={t('tiles.mySurveysTitle')} loading />;
  const surveys = data.mySurveys;
  const toAnswer = surveys.filter((s) => !s.answered).length;
  return (
    <TileFrame title={t('tiles.mySurveysTitle')} alert={toAnswer > 0}>
      <p className="lr-tile__figure">{t('tiles.toAnswer', { count: toAnswer })}</p>
      {surveys.length > 0 && (
        <ul>
          {surveys.map((s) => (
            <li key={s.surveyId}>
              {s.answered ? (
                <span className="lr-tile__detail">{t('tiles.answered', { title: s.title })}</span>
              ) : (
                <>
                  <Link className="lr-tile__link" to={s.answerPath}>
                    {t('tiles.answerSurvey', { title: s.title })}
                  </Link>
                  <span className="lr-tile__detail"> {t('tiles.closesOn', { date: format.date(s.closesOn) })}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </TileFrame>
  );
}
