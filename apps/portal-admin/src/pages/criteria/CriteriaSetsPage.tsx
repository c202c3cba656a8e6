import { errorMessage } from '@lr/portal-graphql';
import { ErrorPanel, PageHeader, SelectField, Skeleton, useUrlListState } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AdminTabs } from '../../components/AdminTabs';
import { useSection } from '../../components/section-context';
import { CriteriaSetQuery } from '../../graphql/operations';
import { CriteriaWeightsForm } from './CriteriaWeightsForm';

const FILTER_KEYS = ['set'] as const;
/** The set shown first: the one a programme that chose nothing assesses with. */
const FIRST_SET = 'BEST_PRACTICE_7';

/** The default assessment criteria sets: pick one, see its criteria and set their weights. */
export function CriteriaSetsPage() {
  const { t } = useTranslation(['admin', 'common']);
  const { notify } = useSection();
  const list = useUrlListState(FILTER_KEYS);
  const setKey = list.get('set') || FIRST_SET;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CriteriaSetQuery,
    variables: { setKey },
    requestPolicy: 'network-only',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const setName = (key: string) =>
    t(`criteriaSetNames.${key}` as never, { defaultValue: key }) as string;

  return (
    <>
      <PageHeader title={t('criteriaTitle')} breadcrumbs={[]} />
      <AdminTabs />
      <p>{t('criteriaIntro')}</p>
      <SelectField
        label={t('criteriaSet')}
        value={setKey}
        onChange={(e) => list.set('set', e.target.value)}
        options={(data?.assessmentCriteriaSets ?? [setKey]).map((key) => ({
          value: key,
          label: setName(key),
        }))}
      />
      {fetching && !data ? (
        <Skeleton width="50%" />
      ) : error || !data ? (
        <ErrorPanel title={errorMessage(error) ?? t('common:notFound')} />
      ) : (
        <CriteriaWeightsForm
          // A new form per set and per saved version, so its rows start from what is stored.
          key={`${setKey}:${data.assessmentCriteria.map((c) => c.version).join(',')}`}
          set={{ setKey }}
          setName={setName(setKey)}
          criteria={data.assessmentCriteria}
          onSaved={() => {
            notify(t('weightsSaved'), 'success');
            reload();
          }}
          onReload={reload}
        />
      )}
    </>
  );
}
