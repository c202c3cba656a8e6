import { errorMessage, useCountries } from '@lr/portal-graphql';
import { Button, ConnectionView, ExportCsvButton, FilterBar, FormBanner, FormSelect, PAGE_SIZE, PageHeader, SelectField, TextField, useApiForm, useUrlListState } from '@lr/portal-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSection } from '../../components/section-context';
import type { VenuesListQuery as ListResult } from '../../graphql/generated/graphql';
import { CreateVenueMutation, VenuesListQuery } from '../../graphql/operations';

const FILTER_KEYS = ['q', 'country'] as const;
type Row = ListResult['venues']['edges'][number]['node'];

/** Hotels and guest houses (shared by every route), searchable by name, city or address; editors add one. */
export function VenuesPage() {
  const { t } = useTranslation(['logistics', 'common']);
  const section = useSection();
  const { canEdit, basePath, language } = section;
  const countries = useCountries(language);
  const list = useUrlListState(FILTER_KEYS);
  const { params, pages } = list;
  const filter = useMemo(() => ({ search: params.get('q') || undefined, countryCode: params.get('country') || undefined }), [params]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: VenuesListQuery, variables: { first: PAGE_SIZE, after: pages.after, filter } });

  return (
    <>
      <PageHeader title={t('venuesTitle')} breadcrumbs={[{ label: t('roomsTitle'), to: `${basePath}/rooms` }]}>
        <ExportCsvButton section={section} path="/logistics/venues.csv" filters={filter} fileName="venues.csv" />
      </PageHeader>
      <p>{t('venuesIntro')}</p>
      <FilterBar search={list.get('q')} onSearch={(v) => list.set('q', v)} searchLabel={t('searchVenues')} onClear={list.filtered ? list.clear : undefined}>
        <SelectField
          label={t('country')}
          value={params.get('country') ?? ''}
          onChange={(e) => list.set('country', e.target.value)}
          placeholder={t('common:any')}
          options={countries.map((c) => ({ value: c.code, label: c.name }))}
        />
      </FilterBar>
      <ConnectionView
        connection={data?.venues}
        fetching={fetching}
        error={errorMessage(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pages={pages}
        pageSize={PAGE_SIZE}
        caption={t('venuesTitle')}
        rowKey={(v) => v.id}
        empty={list.filtered ? <p>{t('common:noMatches')}</p> : <p>{canEdit ? t('noVenuesHint') : t('noVenues')}</p>}
        columns={[
          { key: 'name', header: t('name'), render: (v: Row) => <Link to={`${basePath}/venues/${v.id}`}>{v.name}</Link> },
          { key: 'city', header: t('city'), render: (v: Row) => [v.city, v.country?.name].filter(Boolean).join(', ') },
          { key: 'rooms', header: t('rooms'), render: (v: Row) => t('roomsAndBeds', { rooms: v.rooms.length, beds: v.rooms.reduce((n, r) => n + r.capacity, 0) }) },
        ]}
      />
      {canEdit && <CreateVenueForm />}
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

function CreateVenueForm() {
  const { t } = useTranslation(['logistics', 'common']);
  const { basePath, language, notify } = useSection();
  const navigate = useNavigate();
  const countries = useCountries(language);
  const [, create] = useMutation(CreateVenueMutation);
  const form = useApiForm<VenueValues>({ defaultValues: { name: '', city: '', countryCode: '', address: '', phone: '' } });

  const submit = form.submit(async (v) => {
    const result = await create({
      input: { name: v.name.trim(), city: v.city.trim(), countryCode: v.countryCode, address: v.address.trim() || undefined, phone: v.phone.trim() || undefined },
    });
    if (result.error || !result.data) return result.error && form.showApiError(result.error);
    notify(t('venueCreated'), 'success');
    navigate(`${basePath}/venues/${result.data.createVenue.id}`);
  });

  return (
    <section className="lr-card" aria-labelledby="new-venue-heading">
      <h2 id="new-venue-heading">{t('newVenue')}</h2>
      <form ref={form.formRef} onSubmit={submit} noValidate aria-labelledby="new-venue-heading">
        <FormBanner form={form} />
        <div className="lr-form-grid">
          <TextField label={t('name')} required {...form.field('name', { validate: (v) => v.trim() !== '' || t('venueNameRequired') })} />
          <TextField label={t('city')} required {...form.field('city', { validate: (v) => v.trim() !== '' || t('cityRequired') })} />
          <FormSelect
            form={form}
            name="countryCode"
            rules={{ required: t('countryRequired') }}
            label={t('country')}
            required
            placeholder={t('common:choose')}
            options={countries.map((c) => ({ value: c.code, label: c.name }))}
          />
          <TextField label={t('address')} {...form.field('address')} />
          <TextField label={t('phone')} type="tel" {...form.field('phone')} />
        </div>
        <div className="lr-form-actions">
          <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
            {t('common:create')}
          </Button>
        </div>
      </form>
    </section>
  );
}
