import { Button, FormBanner, FormSelect, TextField, useApiForm } from '@lr/portal-ui';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { amountOf, moneyInput } from '../../components/money';
import { PersonOnRoute } from '../../components/PersonOnRoute';
import { useSection } from '../../components/section-context';
import { currencyOptions, nextDay } from '../../components/times';
import { AddStayMutation, StayRoomOptionsQuery } from '../../graphql/operations';

interface StayValues {
  personId: string;
  roomId: string;
  checkIn: string;
  checkOut: string;
  rateAmount: string;
  rateCurrency: string;
}

/**
 * Books a room for someone travelling on the route. The API refuses nights outside the route's
 * dates, a full room and a second bed the same night, each next to its field.
 */
export function AddStayForm({ routeId, onAdded }: { routeId: string; onAdded(): void }) {
  const { t } = useTranslation(['logistics', 'common']);
  const { notify, language } = useSection();
  const [{ data }] = useQuery({ query: StayRoomOptionsQuery, variables: { routeId } });
  const [, add] = useMutation(AddStayMutation);
  const route = data?.route;
  const form = useApiForm<StayValues>({
    defaultValues: { personId: '', roomId: '', checkIn: '', checkOut: '', rateAmount: '', rateCurrency: 'USD' },
    fieldFor: (path) => (path === 'nightlyRate.amount' || path === 'nightlyRate' ? 'rateAmount' : undefined) });
  // The route's dates as the stay's until someone types others.
  const { getValues, setValue } = form;
  useEffect(() => {
    if (route?.startDate && !getValues('checkIn')) setValue('checkIn', route.startDate);
    if (route?.endDate && !getValues('checkOut')) setValue('checkOut', nextDay(route.endDate));
  }, [route, getValues, setValue]);
  // Rooms in the host country (venues are shared by every route); all venues if it has none yet.
  const rooms = useMemo(() => {
    const venues = (data?.venues.edges ?? []).map((e) => e.node);
    const inCountry = venues.filter((v) => v.countryCode === data?.route.hostCountryCode);
    return (inCountry.length ? inCountry : venues).flatMap((v) =>
      v.rooms.map((r) => ({ value: r.id, label: t('roomOption', { venue: v.name, city: v.city, room: r.name, capacity: r.capacity }) })),
    );
  }, [data, t]);
  const currencies = useMemo(() => currencyOptions(language, ['USD', 'GBP', 'EUR']), [language]);

  const submit = form.submit(async (v) => {
    const result = await add({
      input: { routeId, personId: v.personId, roomId: v.roomId, checkIn: v.checkIn, checkOut: v.checkOut, nightlyRate: moneyInput(v.rateAmount, v.rateCurrency) },
    });
    if (result.error) return form.showApiError(result.error);
    notify(t('stayAdded'), 'success');
    form.reset({ ...v, personId: '', rateAmount: '' });
    onAdded();
  });

  return (
    <section className="lr-card" aria-labelledby="add-stay-heading">
      <h2 id="add-stay-heading">{t('addStay')}</h2>
      <form ref={form.formRef} onSubmit={submit} noValidate aria-labelledby="add-stay-heading">
        <FormBanner form={form} />
        <div className="lr-form-grid">
          <PersonOnRoute form={form} name="personId" routeId={routeId} label={t('person')} required={t('personRequired')} />
          <FormSelect
            form={form}
            name="roomId"
            rules={{ required: t('roomRequired') }}
            label={t('room')}
            hint={rooms.length ? undefined : t('noRoomsInCountry')}
            required
            placeholder={t('common:choose')}
            options={rooms}
          />
          <TextField label={t('checkIn')} type="date" required {...form.field('checkIn', { required: t('checkInRequired') })} />
          <TextField
            label={t('checkOut')}
            type="date"
            hint={t('checkOutHint')}
            required
            {...form.field('checkOut', { required: t('checkOutRequired'), validate: (out, v) => !v.checkIn || out > v.checkIn || t('checkOutAfterCheckIn') })}
          />
          <TextField
            label={t('nightlyRate')}
            inputMode="decimal"
            hint={t('nightlyRateHint')}
            {...form.field('rateAmount', { validate: (a) => a.trim() === '' || amountOf(a) !== null || t('amountInvalid') })}
          />
          <FormSelect form={form} name="rateCurrency" label={t('currency')} options={currencies} />
        </div>
        <div className="lr-form-actions">
          <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
            {t('addStay')}
          </Button>
        </div>
      </form>
    </section>
  );
}
