import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSection } from '../../components/section-context';
import { sharePercent } from './criteria-weights';

interface Props {
  setKey: string;
  setName: string;
  criteria: readonly { id: string; code: string; name: string; weight: number }[];
}

/**
 * The default set a programme assesses with, read only: its weights count for every programme
 * using it, so they are changed on the default sets' page (by admins), not per programme.
 */
export function DefaultSetCriteria({ setKey, setName, criteria }: Props) {
  const { t } = useTranslation('admin');
  const { basePath } = useSection();
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  return (
    <section aria-labelledby="admin-default-set-title">
      <h2 id="admin-default-set-title">{t('defaultSetCriteria', { name: setName })}</h2>
      <p>
        {t('defaultSetReadOnly')}{' '}
        <Link to={`${basePath}/criteria?set=${encodeURIComponent(setKey)}`}>
          {t('defaultSetsLink')}
        </Link>
      </p>
      {criteria.length === 0 ? (
        <p>{t('noCriteria')}</p>
      ) : (
        <ol className="admin-weights">
          {criteria.map((c) => (
            <li key={c.id} className="admin-weights__row">
              <span className="admin-weights__name">
                <strong>{c.name}</strong> <code>{c.code}</code>
              </span>
              <span className="admin-weights__share">{t('weightIs', { weight: c.weight })}</span>
              <span className="admin-weights__share">
                {t('weightShare', { share: sharePercent(String(c.weight), total) ?? 0 })}
              </span>
            </li>
          ))}
        </ol>
      )}
      <p className="admin-weights__total">{t('weightsTotal', { total })}</p>
    </section>
  );
}
