import { errorCode, errorMessage, useCountries } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { Button, ConfirmDialog, ErrorPanel, FormBanner, FormSelect, PageHeader, Skeleton, TextField, useApiForm } from '@lr/portal-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { actionRefusal } from '../../components/refusals';
import { useSection } from '../../components/section-context';
import type { VenueDetailQuery as DetailResult } from '../../graphql/generated/graphql';
import { DeleteRoomMutation, DeleteVenueMutation, UpdateVenueMutation, VenueDetailQuery } from '../../graphql/operations';
import { RoomForm } from './RoomForm';
import { ActionName } from '../../components/ActionName';

type Venue = DetailResult['venue'];
type Room = Venue['rooms'][number];

/** One venue: its details and its rooms (capacity, nightly rate); editors change, add and delete them. */
export function VenuePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['logistics', 'common']);
  const { canEdit, basePath, notify } = useSection();
  const format = useFormat();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({ query: VenueDetailQuery, variables: { id } });
  const [, removeVenue] = useMutation(DeleteVenueMutation);
  const [, removeRoom] = useMutation(DeleteRoomMutation);
  const [editing, setEditing] = useState<Room | null>(null);
  const [confirm, setConfirm] = useState<{ kind: 'venue' } | { kind: 'room'; room: Room } | null>(null);
  const [confirmError, setConfirmError] = useState<string>();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const crumbs = [{ label: t('roomsTitle'), to: `${basePath}/rooms` }, { label: t('venuesTitle'), to: `${basePath}/venues` }];

  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data?.venue) {
    const notFound = errorCode(error) === 'NOT_FOUND';
    return (
      <>
        <PageHeader title={t('common:loadFailed')} breadcrumbs={crumbs} />
        <ErrorPanel title={notFound ? t('common:notFound') : t('common:loadFailed')} onRetry={reload}>
          {!notFound && errorMessage(error)}
        </ErrorPanel>
      </>
    );
  }
  const venue = data.venue;

  async function confirmed() {
    if (!confirm) return;
    const result = confirm.kind === 'venue' ? await removeVenue({ id: venue.id, version: venue.version }) : await removeRoom({ id: confirm.room.id, version: confirm.room.version });
    if (result.error) return setConfirmError(errorCode(result.error) === 'CONFLICT' && !result.error.graphQLErrors[0]?.extensions?.['currentVersion'] ? t('stillBooked') : actionRefusal(result.error));
    setConfirm(null);
    notify(t('common:deleted'), 'success');
    if (confirm.kind === 'venue') navigate(`${basePath}/venues`);
    else reload();
  }

  return (
    <>
      <PageHeader title={venue.name} breadcrumbs={crumbs}>
        {canEdit && (
          <Button variant="danger" onClick={() => (setConfirmError(undefined), setConfirm({ kind: 'venue' }))}>
            {t('deleteVenue')}
          </Button>
        )}
      </PageHeader>
      {canEdit ? (
        <VenueForm key={venue.version} venue={venue} onSaved={reload} />
      ) : (
        <section className="lr-card" aria-labelledby="venue-heading">
          <h2 id="venue-heading">{t('details')}</h2>
          <dl className="lr-details">
            <dt>{t('city')}</dt>
            <dd>{[venue.city, venue.country?.name].filter(Boolean).join(', ')}</dd>
            <dt>{t('address')}</dt>
            <dd>{venue.address ?? '—'}</dd>
            <dt>{t('phone')}</dt>
            <dd>{venue.phone ?? '—'}</dd>
          </dl>
        </section>
      )}
      <section className="lr-card" aria-labelledby="rooms-heading">
        <h2 id="rooms-heading">{t('rooms')}</h2>
        {venue.rooms.length === 0 ? (
          <p className="lr-empty">{canEdit ? t('noRoomsHint') : t('noRooms')}</p>
        ) : (
          <div className="lr-table-wrap">
            <table className="lr-table lr-table--cards">
              <caption className="lr-visually-hidden">{t('roomsOf', { venue: venue.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('room')}</th>
                  <th scope="col">{t('capacity')}</th>
                  <th scope="col">{t('nightlyRate')}</th>
                  {canEdit && (
                    <th scope="col">
                      <span className="lr-visually-hidden">{t('actions')}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {venue.rooms.map((r) => (
                  <tr key={r.id}>
                    <td data-label={t('room')}>{r.name}</td>
                    <td data-label={t('capacity')}>{t('bedsCount', { count: r.capacity })}</td>
                    <td data-label={t('nightlyRate')}>{format.money(r.nightlyRate)}</td>
                    {canEdit && (
                      <td data-label={t('actions')}>
                        <div className="lr-logistics-actions">
                          <Button onClick={() => setEditing(r)}>
                            <ActionName action={t('common:edit')} target={t('roomNamed', { room: r.name })} />
                          </Button>
                          <Button variant="danger" onClick={() => (setConfirmError(undefined), setConfirm({ kind: 'room', room: r }))}>
                            <ActionName action={t('common:delete')} target={t('roomNamed', { room: r.name })} />
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
          <RoomForm
            key={editing ? `${editing.id}-${editing.version}` : 'new'}
            venueId={venue.id}
            room={editing}
            onDone={() => (setEditing(null), reload())}
            onCancel={editing ? () => setEditing(null) : undefined}
          />
        )}
      </section>
      <ConfirmDialog
        open={!!confirm}
        title={confirm?.kind === 'venue' ? t('confirmDeleteVenue') : t('confirmDeleteRoom')}
        confirmLabel={t('common:delete')}
        danger
        error={confirmError}
        onConfirm={confirmed}
        onCancel={() => setConfirm(null)}
      >
        <p>{confirm?.kind === 'venue' ? t('confirmDeleteVenueText', { venue: venue.name, count: venue.rooms.length }) : confirm ? t('confirmDeleteRoomText', { room: confirm.room.name, venue: venue.name }) : ''}</p>
      </ConfirmDialog>
    </>
  );
}

interface VenueValues {
  name: string;
  city: string;
  countryCode: string;
  address: string;
  phone: string;
}

function VenueForm({ venue, onSaved }: { venue: Venue; onSaved(): void }) {
  const { t } = useTranslation(['logistics', 'common']);
  const { language, notify } = useSection();
  const countries = useCountries(language);
  const [, update] = useMutation(UpdateVenueMutation);
  const form = useApiForm<VenueValues>({ defaultValues: { name: venue.name, city: venue.city, countryCode: venue.countryCode, address: venue.address ?? '', phone: venue.phone ?? '' } });
  const { reset } = form;
  useEffect(() => reset({ name: venue.name, city: venue.city, countryCode: venue.countryCode, address: venue.address ?? '', phone: venue.phone ?? '' }), [venue, reset]);

  const submit = form.submit(async (v) => {
    const result = await update({
      input: { id: venue.id, version: venue.version, name: v.name.trim(), city: v.city.trim(), countryCode: v.countryCode, address: v.address.trim() || null, phone: v.phone.trim() || null },
    });
    if (result.error) return form.showApiError(result.error);
    notify(t('common:saved'), 'success');
    onSaved();
  });

  return (
    <section className="lr-card" aria-labelledby="venue-heading">
      <h2 id="venue-heading">{t('details')}</h2>
      <form ref={form.formRef} onSubmit={submit} noValidate aria-labelledby="venue-heading">
        <FormBanner form={form} onReload={onSaved} />
        <div className="lr-form-grid">
          <TextField label={t('name')} required {...form.field('name', { validate: (v) => v.trim() !== '' || t('venueNameRequired') })} />
          <TextField label={t('city')} required {...form.field('city', { validate: (v) => v.trim() !== '' || t('cityRequired') })} />
          <FormSelect form={form} name="countryCode" rules={{ required: t('countryRequired') }} label={t('country')} required options={countries.map((c) => ({ value: c.code, label: c.name }))} />
          <TextField label={t('address')} {...form.field('address')} />
          <TextField label={t('phone')} type="tel" {...form.field('phone')} />
        </div>
        <div className="lr-form-actions">
          <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
            {t('common:save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
