import { useTranslation } from 'react-i18next';
import type { TravellerDetail } from './TravellerPage';

/** Every move of the tickets and of the visa, oldest first, with who made it and why. */
export function StatusHistory({ traveller }: { traveller: TravellerDetail }) {
  const { t } = useTranslation(['logistics', 'common']);
  const lists = [
    { key: 'travel', title: t('ticketsHistory'), changes: traveller.travelHistory, name: (s: string) => t(`travelStatuses.${s as 'BOOKED'}`) },
    { key: 'visa', title: t('visaHistory'), changes: traveller.visaHistory, name: (s: string) => t(`visaStatuses.${s as 'APPLIED'}`) },
  ];
  return (
    <section className="lr-card" aria-labelledby="status-history-heading">
      <h2 id="status-history-heading">{t('statusHistory')}</h2>
      {lists.map((l) => (
        <div key={l.key}>
          <h3>{l.title}</h3>
          {l.changes.length === 0 ? (
            <p className="lr-logistics-muted">{t('noMovesYet')}</p>
          ) : (
            <ol>
              {l.changes.map((c) => (
                <li key={c.id}>
                  {t('common:changeEntry', { at: new Date(c.at), from: l.name(c.from), to: l.name(c.to), name: c.changedBy })}
                  {c.reason && <> — “{c.reason}”</>}
                </li>
              ))}
            </ol>
          )}
        </div>
      ))}
    </section>
  );
}
