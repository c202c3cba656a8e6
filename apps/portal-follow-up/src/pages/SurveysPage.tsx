import { errorMessage } from '@lr/portal-graphql';
import {
  Button,
  CheckboxField,
  ConnectionView,
  EMPTY_TEXTS,
  ExportCsvButton,
  FilterBar,
  FormBanner,
  LocalizedTextFields,
  PAGE_SIZE,
  PageHeader,
  SelectField,
  TextField,
  useApiForm,
  useUrlListState,
  type Texts,
} from '@lr/portal-ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { SURVEY_STATUSES, SurveyStatusBadge } from '../components/labels';
import { useChosenRoute } from '../components/route-choice';
import { RoutePicker } from '../components/RoutePicker';
import { useSection } from '../components/section-context';
import { useInLanguage } from '../components/texts';
import type { SurveyStatus } from '../graphql/generated/graphql';
import { CreateSurveyMutation, SurveysQuery } from '../graphql/operations';

const FILTER_KEYS = ['q', 'status'] as const;

/** The surveys of a route (or all), with their status and how many answered. */
export function SurveysPage() {
  const { t } = useTranslation(['follow-up', 'common']);
  const section = useSection();
  const { basePath, canEdit } = section;
  const { routeId, choose } = useChosenRoute();
  const list = useUrlListState(FILTER_KEYS);
  const { params, pages } = list;
  const [creating, setCreating] = useState(false);
  const filter = useMemo(
    () => ({ routeId: routeId || undefined, search: params.get('q') || undefined, status: (params.get('status') as SurveyStatus) || undefined }),
    [params, routeId],
  );
  const [{ data, fetching, error }, refetch] = useQuery({ query: SurveysQuery, variables: { first: PAGE_SIZE, after: pages.after, filter } });

  return (
    <>
      <PageHeader title={t('surveysTitle')} breadcrumbs={[]}>
        <ExportCsvButton section={section} path="/follow-up/surveys.csv" filters={filter} fileName="surveys.csv" />
        {canEdit && routeId && !creating && (
          <Button variant="primary" onClick={() => setCreating(true)}>
            {t('newSurvey')}
          </Button>
        )}
      </PageHeader>
      <div className="lr-filterbar">
        <RoutePicker routeId={routeId} onChange={choose} />
      </div>
      {creating && routeId && <NewSurveyForm routeId={routeId} onCancel={() => setCreating(false)} />}
      <FilterBar search={list.get('q')} onSearch={(v) => list.set('q', v)} searchLabel={t('searchSurveys')} onClear={list.filtered ? list.clear : undefined}>
        <SelectField
          label={t('status')}
          value={params.get('status') ?? ''}
          onChange={(e) => list.set('status', e.target.value)}
          placeholder={t('common:any')}
          options={SURVEY_STATUSES.map((s) => ({ value: s, label: t(`surveyStatuses.${s}`) }))}
        />
      </FilterBar>
      <ConnectionView
        connection={data?.surveys}
        fetching={fetching}
        error={errorMessage(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pages={pages}
        pageSize={PAGE_SIZE}
        caption={t('surveysTitle')}
        rowKey={(s) => s.id}
        empty={
          list.filtered ? (
            <>
              <p>{t('common:noMatches')}</p>
              <p>{t('common:noMatchesHint')}</p>
            </>
          ) : (
            <>
              <p>{t('noSurveys')}</p>
              <p>{canEdit ? (routeId ? t('noSurveysHint') : t('chooseRouteToCreate')) : t('noSurveysReadOnly')}</p>
            </>
          )
        }
        columns={[
          { key: 'title', header: t('surveyTitle'), render: (s) => <Link to={`${basePath}/surveys/${s.id}`}>{s.title}</Link> },
          { key: 'status', header: t('status'), render: (s) => <SurveyStatusBadge status={s.status} /> },
          { key: 'dates', header: t('surveyDates'), render: (s) => t('fromTo', { from: s.opensOn, to: s.closesOn }) },
          {
            key: 'answered',
            header: t('answered'),
            render: (s) => t('answeredOf', { answered: s.invitations.filter((i) => i.answeredOn).length, invited: s.invitations.length }),
          },
        ]}
      />
    </>
  );
}

interface NewSurveyValues {
  title: Texts;
  introduction: Texts;
  opensOn: string;
  closesOn: string;
  anonymous: boolean;
}

function NewSurveyForm({ routeId, onCancel }: { routeId: string; onCancel(): void }) {
  const { t } = useTranslation(['follow-up', 'common']);
  const { basePath, notify } = useSection();
  const navigate = useNavigate();
  const form = useApiForm<NewSurveyValues>({ defaultValues: { title: EMPTY_TEXTS, introduction: EMPTY_TEXTS, opensOn: '', closesOn: '', anonymous: false } });
  const [, create] = useMutation(CreateSurveyMutation);
  const inLanguage = useInLanguage();
  const required = { required: t('common:required') };
  const save = form.submit(async (values) => {
    const result = await create({
      input: { routeId, title: values.title, introduction: values.introduction, opensOn: values.opensOn, closesOn: values.closesOn, anonymous: values.anonymous },
    });
    if (result.error || !result.data) return result.error && form.showApiError(result.error);
    notify(t('common:created'), 'success');
    navigate(`${basePath}/surveys/${result.data.createSurvey.id}`);
  });
  return (
    <form ref={form.formRef} className="lr-form lr-card" onSubmit={save} noValidate aria-labelledby="new-survey-heading">
      <h2 id="new-survey-heading">{t('newSurvey')}</h2>
      <FormBanner form={form} />
      <LocalizedTextFields form={form} path="title" label={inLanguage(t('surveyTitle'))} required={t('titleRequired')} />
      <LocalizedTextFields form={form} path="introduction" label={inLanguage(t('introduction'))} multiline rows={3} />
      <div className="lr-form-grid">
        <TextField label={t('opensOn')} type="date" required {...form.field('opensOn', required)} />
        <TextField
          label={t('closesOn')}
          type="date"
          required
          {...form.field('closesOn', { ...required, validate: (v, all) => !all.opensOn || v > all.opensOn || t('closesAfterOpens') })}
        />
      </div>
      <CheckboxField label={t('anonymous')} hint={t('anonymousHint')} {...form.field('anonymous')} />
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {t('common:create')}
        </Button>
        <Button onClick={onCancel}>{t('common:cancel')}</Button>
      </div>
    </form>
  );
}
