import { errorCode, moveRefusal } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { Button, ConfirmDialog } from '@lr/portal-ui';
import i18next from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { actionRefusal } from '../../components/refusals';
import { useSection } from '../../components/section-context';
import { RemoveTravelLegMutation } from '../../graphql/operations';
import { LegForm } from './LegForm';
import type { TravellerDetail } from './TravellerPage';
import { ActionName } from '../../components/ActionName';

export type Leg = TravellerDetail['legs'][number];

/** A local time as the ticket prints it, with its zone: "12 May 2025, 06:40 (America/Lima)". */
export function useLocalTime() {
  const format = useFormat();
  return (local: string, zone: string) => `${format.dateTime(local)} (${zone.replace(/_/g, ' ')})`;
}

/**
 * The traveller's journey, leg by leg in departure order; editors add, change and remove legs
 * (removing asks first; a booked journey keeps its way in and its way home).
 */
export function LegsCard({ traveller, onChanged }: { traveller: TravellerDetail; onChanged(): void }) {
  const { t } = useTranslation(['logistics', 'common']);
  const { canEdit, notify } = useSection();
  const format = useFormat();
  const localTime = useLocalTime();
  const [, remove] = useMutation(RemoveTravelLegMutation);
  const [editing, setEditing] = useState<Leg | null>(null);
  const [toRemove, setToRemove] = useState<Leg | null>(null);
  const [removeError, setRemoveError] = useState<string>();
  const legName = (l: Leg) => t('legRoute', { from: l.fromPlace, to: l.toPlace });

  async function removeLeg() {
    if (!toRemove) return;
    const result = await remove({ id: toRemove.id, version: toRemove.version });
    if (result.error) {
      const missing = (code: string) => (i18next.exists(`missing.${code}`, { ns: 'logistics' }) ? (i18next.t(`missing.${code}` as never, { ns: 'logistics' }) as string) : undefined);
      return setRemoveError(errorCode(result.error) === 'PHASE_RULE' ? moveRefusal(result.error, { missing }) : actionRefusal(result.error));
    }
    notify(t('legRemoved', { leg: legName(toRemove) }), 'success');
    setToRemove(null);
    onChanged();
  }

  return (
    <section className="lr-card" aria-labelledby="legs-heading">
      <h2 id="legs-heading">{t('journey')}</h2>
      {traveller.legs.length === 0 ? (
        <p className="lr-empty">{canEdit ? t('noLegsHint') : t('noLegs')}</p>
      ) : (
        <div className="lr-table-wrap">
          <table className="lr-table lr-table--cards">
            <caption className="lr-visually-hidden">{t('journey')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('leg')}</th>
                <th scope="col">{t('departs')}</th>
                <th scope="col">{t('arrives')}</th>
                <th scope="col">{t('carrierAndBooking')}</th>
                <th scope="col">{t('cost')}</th>
                <th scope="col">{t('meeting')}</th>
                {canEdit && (
                  <th scope="col">
                    <span className="lr-visually-hidden">{t('actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {traveller.legs.map((l) => (
                <tr key={l.id}>
                  <td data-label={t('leg')}>
                    {legName(l)} <span className="lr-badge">{t(`legDirections.${l.direction}`)}</span>
                  </td>
                  <td data-label={t('departs')}>{localTime(l.departLocal, l.departTimeZone)}</td>
                  <td data-label={t('arrives')}>{localTime(l.arriveLocal, l.arriveTimeZone)}</td>
                  <td data-label={t('carrierAndBooking')}>{[l.carrier, l.bookingReference].filter(Boolean).join(' · ') || '—'}</td>
                  <td data-label={t('cost')}>{format.money(l.cost)}</td>
                  <td data-label={t('meeting')}>{[l.meetPerson?.fullName, l.meetingNote].filter(Boolean).join(' — ') || '—'}</td>
                  {canEdit && (
                    <td data-label={t('actions')}>
                      <div className="lr-logistics-actions">
                        <Button onClick={() => setEditing(l)}>
                          <ActionName action={t('common:edit')} target={legName(l)} />
                        </Button>
                        <Button variant="danger" onClick={() => (setRemoveError(undefined), setToRemove(l))}>
                          <ActionName action={t('removeLeg')} target={legName(l)} />
                        </Button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit && (
        <LegForm
          key={editing ? `${editing.id}-${editing.version}` : `new-${traveller.legs.length}`}
          traveller={traveller}
          leg={editing}
          onDone={() => (setEditing(null), onChanged())}
          onCancel={editing ? () => setEditing(null) : undefined}
        />
      )}
      <ConfirmDialog open={!!toRemove} title={t('confirmRemoveLeg')} confirmLabel={t('removeLeg')} danger error={removeError} onConfirm={removeLeg} onCancel={() => setToRemove(null)}>
        <p>{toRemove ? t('confirmRemoveLegText', { leg: legName(toRemove), date: format.dateTime(toRemove.departLocal) }) : ''}</p>
      </ConfirmDialog>
    </section>
  );
}
