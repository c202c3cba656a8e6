import { Button, FormBanner, FormSelect, TextField, useApiForm } from '@lr/portal-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { amountOf, moneyInput } from '../../components/money';
import { useSection } from '../../components/section-context';
import { currencyOptions } from '../../components/times';
import type { VenueDetailQuery as DetailResult } from '../../graphql/generated/graphql';
import { CreateRoomMutation, UpdateRoomMutation } from '../../graphql/operations';

type Room = DetailResult['venue']['rooms'][number];

interface RoomValues {
  name: string;
  capacity: string;
  rateAmount: string;
  rateCurrency: string;
}

/** Adds a room to a venue, or changes one (a lower capacity is refused while more are booked in it on a night). */
export function RoomForm({ venueId, room, onDone, onCancel }: { venueId: string; room: Room | null; onDone(): void; onCancel?(): void }) {
  const { t } = useTranslation(['logistics', 'common']);
  const { notify, language } = useSection();
  const [, create] = useMutation(CreateRoomMutation);
  const [, update] = useMutation(UpdateRoomMutation);
  const currencies = useMemo(() => currencyOptions(language, ['USD', 'GBP', 'EUR']), [language]);
  const form = useApiForm<RoomValues>({
    defaultValues: {
      name: room?.name ?? '',
      capacity: room ? String(room.capacity) : '2',
      rateAmount: room?.nightlyRate?.amount ?? '',
      rateCurrency: room?.nightlyRate?.currency ?? 'USD',
    },
    fieldFor: (path) => (path.startsWith('nightlyRate') ? 'rateAmount' : undefined),
  });
  const headingId = room ? `edit-room-${room.id}` : 'add-room-heading';

  const submit = form.submit(async (v) => {
    const nightlyRate = moneyInput(v.rateAmount, v.rateCurrency);
    const common = { name: v.name.trim(), capacity: Number(v.capacity) };
    const result = room
      ? await update({ input: { ...common, id: room.id, version: room.version, nightlyRate: nightlyRate ?? null } })
      : await create({ input: { ...common, venueId, nightlyRate } });
    if (result.error) return form.showApiError(result.error);
    notify(room ? t('common:saved') : t('roomAdded'), 'success');
    if (!room) form.reset({ ...v, name: '' });
    onDone();
  });

  return (
    <form ref={form.formRef} className="lr-logistics-subform" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{room ? t('editRoomNamed', { room: room.name }) : t('addRoom')}</h3>
      <FormBanner form={form} onReload={onDone} />
      <div className="lr-form-grid">
        <TextField label={t('roomName')} hint={t('roomNameHint')} required {...form.field('name', { validate: (v) => v.trim() !== '' || t('roomNameRequired') })} />
        <TextField
          label={t('capacity')}
          type="number"
          min={1}
          max={50}
          required
          {...form.field('capacity', { validate: (v) => (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 50) || t('capacityRange') })}
        />
        <TextField label={t('nightlyRate')} inputMode="decimal" hint={t('roomRateHint')} {...form.field('rateAmount', { validate: (a) => a.trim() === '' || amountOf(a) !== null || t('amountInvalid') })} />
        <FormSelect form={form} name="rateCurrency" label={t('currency')} options={currencies} />
      </div>
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {room ? t('common:save') : t('addRoom')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('common:cancel')}</Button>}
      </div>
    </form>
  );
}
