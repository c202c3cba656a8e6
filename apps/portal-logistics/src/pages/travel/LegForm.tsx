import { Button, FormBanner, FormSelect, TextField, useApiForm } from '@lr/portal-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { LEG_DIRECTIONS } from '../../components/labels';
import { amountOf, moneyInput } from '../../components/money';
import { useSection } from '../../components/section-context';
import { currencyOptions, timeZones } from '../../components/times';
import type { LegDirection } from '../../graphql/generated/graphql';
import { AddTravelLegMutation, LegChoicesQuery, UpdateTravelLegMutation } from '../../graphql/operations';
import type { Leg } from './LegsCard';
import type { TravellerDetail } from './TravellerPage';

interface LegValues {
  direction: LegDirection;
  fromPlace: string;
  toPlace: string;
  departLocal: string;
  departTimeZone: string;
  arriveLocal: string;
  arriveTimeZone: string;
  carrier: string;
  bookingReference: string;
  costAmount: string;
  costCurrency: string;
  meetPersonId: string;
  meetingNote: string;
}

/** 'YYYY-MM-DDTHH:MM' as a datetime-local input holds it (the API may send seconds). */
const localValue = (value: string) => value.slice(0, 16);

/**
 * Adds a leg to the journey or changes one: local times as the ticket prints them, each with its
 * zone (the route's by default on the host side). The API checks the arrival comes after the
 * departure once both zones are counted, and says so on the arrival.
 */
export function LegForm({ traveller, leg, onDone, onCancel }: { traveller: TravellerDetail; leg: Leg | null; onDone(): void; onCancel?(): void }) {
  const { t } = useTranslation(['logistics', 'common']);
  const { notify, language } = useSection();
  const [{ data }] = useQuery({ query: LegChoicesQuery, variables: { routeId: traveller.routeId } });
  const [, add] = useMutation(AddTravelLegMutation);
  const [, update] = useMutation(UpdateTravelLegMutation);
  const zones = useMemo(() => timeZones().map((z) => ({ value: z, label: z.replace(/_/g, ' ') })), []);
  const currencies = useMemo(() => currencyOptions(language, ['USD', 'GBP', 'EUR']), [language]);
  const hostZone = data?.routeLogistics.timeZone ?? '';
  const form = useApiForm<LegValues>({
    defaultValues: leg
      ? {
          direction: leg.direction,
          fromPlace: leg.fromPlace,
          toPlace: leg.toPlace,
          departLocal: localValue(leg.departLocal),
          departTimeZone: leg.departTimeZone,
          arriveLocal: localValue(leg.arriveLocal),
          arriveTimeZone: leg.arriveTimeZone,
          carrier: leg.carrier ?? '',
          bookingReference: leg.bookingReference ?? '',
          costAmount: leg.cost?.amount ?? '',
          costCurrency: leg.cost?.currency ?? 'USD',
          meetPersonId: leg.meetPerson?.id ?? '',
          meetingNote: leg.meetingNote ?? '',
        }
      : {
          direction: traveller.legs.some((l) => l.direction === 'INBOUND') ? 'OUTBOUND' : 'INBOUND',
          fromPlace: '',
          toPlace: '',
          departLocal: '',
          departTimeZone: '',
          arriveLocal: '',
          arriveTimeZone: '',
          carrier: '',
          bookingReference: '',
          costAmount: '',
          costCurrency: 'USD',
          meetPersonId: '',
          meetingNote: '',
        },
    fieldFor: (path) => (path.startsWith('cost') ? 'costAmount' : undefined),
  });
  const direction = form.watch('direction');
  // The route team, and whoever meets them now if they are not (any longer) in it.
  const meetOptions = (data?.route.routeTeam ?? []).map((m) => ({ value: m.personId, label: `${m.person?.fullName ?? m.personId} (${t(`teamRoles.${m.role}`)})` }));
  if (leg?.meetPerson && !meetOptions.some((o) => o.value === leg.meetPerson?.id)) meetOptions.unshift({ value: leg.meetPerson.id, label: leg.meetPerson.fullName });
  const headingId = leg ? `edit-leg-${leg.id}` : 'add-leg-heading';
  // The host side of a leg is in the route's zone unless someone chose another.
  const zoneOr = (chosen: string, side: 'depart' | 'arrive') =>
    chosen || ((side === 'arrive' && direction !== 'OUTBOUND') || (side === 'depart' && direction !== 'INBOUND') ? hostZone : '');

  const submit = form.submit(async (v) => {
    const fields = {
      direction: v.direction,
      fromPlace: v.fromPlace.trim(),
      toPlace: v.toPlace.trim(),
      departLocal: v.departLocal,
      departTimeZone: zoneOr(v.departTimeZone, 'depart'),
      arriveLocal: v.arriveLocal,
      arriveTimeZone: zoneOr(v.arriveTimeZone, 'arrive'),
      carrier: v.carrier.trim() || null,
      bookingReference: v.bookingReference.trim() || null,
      cost: moneyInput(v.costAmount, v.costCurrency) ?? null,
      meetPersonId: v.meetPersonId || null,
      meetingNote: v.meetingNote.trim() || null,
    };
    const result = leg ? await update({ input: { ...fields, id: leg.id, version: leg.version } }) : await add({ input: { ...fields, travellerId: traveller.id } });
    if (result.error) return form.showApiError(result.error);
    notify(leg ? t('common:saved') : t('legAdded'), 'success');
    onDone();
  });

  const zoneRule = (side: 'depart' | 'arrive') => ({ validate: (zone: string) => zoneOr(zone, side) !== '' || t('timeZoneRequired') });
  return (
    <form ref={form.formRef} className="lr-logistics-subform" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{leg ? t('editLeg') : t('addLeg')}</h3>
      <FormBanner form={form} onReload={onDone} />
      <div className="lr-form-grid">
        <FormSelect form={form} name="direction" label={t('legDirection')} required options={LEG_DIRECTIONS.map((d) => ({ value: d, label: t(`legDirections.${d}`) }))} />
        <TextField label={t('fromPlace')} hint={t('placeHint')} required {...form.field('fromPlace', { validate: (v) => v.trim() !== '' || t('fromPlaceRequired') })} />
        <TextField label={t('toPlace')} required {...form.field('toPlace', { validate: (v) => v.trim() !== '' || t('toPlaceRequired') })} />
        <TextField label={t('departLocal')} type="datetime-local" required {...form.field('departLocal', { required: t('departRequired') })} />
        <FormSelect
          form={form}
          name="departTimeZone"
          rules={zoneRule('depart')}
          label={t('departTimeZone')}
          required
          placeholder={direction !== 'INBOUND' && hostZone ? t('routeZone', { zone: hostZone }) : t('common:choose')}
          options={zones}
        />
        <TextField label={t('arriveLocal')} type="datetime-local" required {...form.field('arriveLocal', { required: t('arriveRequired') })} />
        <FormSelect
          form={form}
          name="arriveTimeZone"
          rules={zoneRule('arrive')}
          label={t('arriveTimeZone')}
          required
          placeholder={direction !== 'OUTBOUND' && hostZone ? t('routeZone', { zone: hostZone }) : t('common:choose')}
          options={zones}
        />
        <TextField label={t('carrier')} hint={t('carrierHint')} {...form.field('carrier')} />
        <TextField label={t('bookingReference')} hint={t('bookingReferenceHint')} {...form.field('bookingReference')} />
        <TextField label={t('cost')} inputMode="decimal" {...form.field('costAmount', { validate: (a) => a.trim() === '' || amountOf(a) !== null || t('amountInvalid') })} />
        <FormSelect form={form} name="costCurrency" label={t('currency')} options={currencies} />
        <FormSelect
          form={form}
          name="meetPersonId"
          label={t('meetPerson')}
          hint={t('meetPersonHint')}
          placeholder={t('nobody')}
          options={meetOptions}
        />
        <TextField label={t('meetingNote')} hint={t('meetingNoteHint')} {...form.field('meetingNote')} />
      </div>
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {leg ? t('common:save') : t('addLeg')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('common:cancel')}</Button>}
      </div>
    </form>
  );
}
