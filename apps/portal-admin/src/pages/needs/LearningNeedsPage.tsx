import { errorMessage, useCountries } from '@lr/portal-graphql';
import {
  Button,
  ErrorPanel,
  PageHeader,
  SelectField,
  Skeleton,
  TextField,
  useUrlListState,
} from '@lr/portal-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { AdminTabs } from '../../components/AdminTabs';
import { useSection } from '../../components/section-context';
import { CountryNeedsQuery, SetCountryNeedsMutation } from '../../graphql/operations';
import { RankedList, type RankedItem } from './RankedList';

const FILTER_KEYS = ['country'] as const;

/** A country's learning needs as a ranked list of thematic areas: add, reorder (drag or keys), remove, save. */
export function LearningNeedsPage() {
  const { t } = useTranslation(['admin', 'common']);
  const { language, notify } = useSection();
  const countries = useCountries(language);
  const list = useUrlListState(FILTER_KEYS);
  const code = list.get('country');

  return (
    <>
      <PageHeader title={t('needsTitle')} breadcrumbs={[]} />
      <AdminTabs />
      <SelectField
        label={t('country')}
        value={code}
        onChange={(e) => list.set('country', e.target.value)}
        placeholder={t('common:choose')}
        options={countries.map((c) => ({ value: c.code, label: c.name }))}
      />
      {code ? (
        <CountryNeeds key={code} code={code} onSaved={() => notify(t('needsSaved'), 'success')} />
      ) : (
        <p>{t('chooseCountry')}</p>
      )}
    </>
  );
}

function CountryNeeds({ code, onSaved }: { code: string; onSaved(): void }) {
  const { t } = useTranslation(['admin', 'common']);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CountryNeedsQuery,
    variables: { code },
    requestPolicy: 'network-only',
  });
  const [saving, save] = useMutation(SetCountryNeedsMutation);
  const [items, setItems] = useState<RankedItem[]>([]);
  const [source, setSource] = useState('');
  const [adding, setAdding] = useState('');
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    const needs = data?.country?.learningNeeds;
    if (!needs) return;
    setItems(
      [...needs]
        .sort((a, b) => a.rank - b.rank)
        .map((n) => ({ id: n.thematicArea.id, label: n.thematicArea.name })),
    );
    setSource(needs[0]?.source ?? '');
  }, [data]);

  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || (data && !data.country))
    return <ErrorPanel title={errorMessage(error) ?? t('common:notFound')} />;
  const areas = data?.thematicAreas.edges.map((e) => e.node) ?? [];
  const addable = areas.filter((a) => !items.some((i) => i.id === a.id));

  async function submit() {
    setProblem(undefined);
    const result = await save({
      input: {
        countryCode: code,
        thematicAreaIds: items.map((i) => i.id),
        source: source.trim() || undefined,
      },
    });
    if (result.error) return setProblem(errorMessage(result.error));
    onSaved();
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <section aria-labelledby="admin-needs-title">
      <h2 id="admin-needs-title">{t('rankedNeeds')}</h2>
      <p>{t('rankHint')}</p>
      {items.length === 0 ? (
        <p>{t('noNeeds')}</p>
      ) : (
        <RankedList items={items} onChange={setItems} />
      )}
      <div className="lr-form-grid">
        <SelectField
          label={t('addNeed')}
          value={adding}
          onChange={(e) => setAdding(e.target.value)}
          placeholder={t('common:choose')}
          options={addable.map((a) => ({ value: a.id, label: a.name }))}
        />
        <Button
          disabled={!adding}
          onClick={() => {
            const area = areas.find((a) => a.id === adding);
            if (area) setItems([...items, { id: area.id, label: area.name }]);
            setAdding('');
          }}
        >
          {t('add')}
        </Button>
        <TextField
          label={t('needsSource')}
          hint={t('needsSourceHint')}
          value={source}
          onChange={(e) => setSource(e.target.value)}
        />
      </div>
      {problem && (
        <p className="lr-field__error" role="alert">
          {problem}
        </p>
      )}
      <div className="lr-form-actions">
        <Button variant="primary" busy={saving.fetching} onClick={submit}>
          {t('common:save')}
        </Button>
      </div>
    </section>
  );
}
