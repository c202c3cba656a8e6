import { useCountries } from '@lr/portal-graphql';
import { languageName } from '@lr/portal-i18n';
import {
  Button,
  EMPTY_TEXTS,
  FormBanner,
  FormCheckboxGroup,
  FormSelect,
  LocalizedTextFields,
  PageHeader,
  RequireEdit,
  TextField,
  textsFrom,
  useApiForm,
  useRecordToEdit,
  type Texts,
} from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSection } from '../components/section-context';
import type { Language, RouteEditQuery } from '../graphql/generated/graphql';
import { CreateRouteMutation, RouteEditQuery as RouteEdit, RouteFilterOptionsQuery, UpdateRouteMutation } from '../graphql/operations';

interface RouteFormValues {
  programmeId: string;
  hostCountryCode: string;
  title: Texts;
  summary: Texts;
  learningObjectives: Texts;
  workingLanguages: Language[];
  startDate: string;
  endDate: string;
  thematicAreaIds: string[];
}

const BLANK: RouteFormValues = {
  programmeId: '',
  hostCountryCode: '',
  title: EMPTY_TEXTS,
  summary: EMPTY_TEXTS,
  learningObjectives: EMPTY_TEXTS,
  workingLanguages: [],
  startDate: '',
  endDate: '',
  thematicAreaIds: [],
};

function valuesOf(route: NonNullable<RouteEditQuery['route']>): RouteFormValues {
  return {
    programmeId: route.programmeId,
    hostCountryCode: route.hostCountryCode,
    title: textsFrom(route.titleTranslations),
    summary: textsFrom(route.summaryTranslations),
    learningObjectives: textsFrom(route.learningObjectivesTranslations),
    workingLanguages: route.workingLanguages,
    startDate: route.startDate ?? '',
    endDate: route.endDate ?? '',
    thematicAreaIds: route.thematicAreas.map((a) => a.id),
  };
}

const WORKING_LANGUAGES: readonly Language[] = ['EN', 'FR', 'ES'];

/** Create (no id) or edit (id) a learning route: the form for those who may, a notice for the others. */
export function RouteFormPage() {
  const { id } = useParams();
  const { t } = useTranslation(['routes', 'common']);
  const { basePath } = useSection();
  return (
    <RequireEdit title={id ? t('editRoute') : t('createRoute')} back={{ label: t('routesTitle'), to: id ? `${basePath}/${id}` : basePath }}>
      <RouteForm id={id} />
    </RequireEdit>
  );
}

function RouteForm({ id }: { id?: string }) {
  const { t } = useTranslation(['routes', 'common']);
  const { language, notify, basePath } = useSection();
  const navigate = useNavigate();
  const form = useApiForm<RouteFormValues>({ defaultValues: BLANK });
  const edited = useRecordToEdit({ id, query: RouteEdit, record: (d) => d.route, valuesOf, form });
  const [{ data: options }] = useQuery({ query: RouteFilterOptionsQuery });
  const countries = useCountries(language);
  const [, create] = useMutation(CreateRouteMutation);
  const [, update] = useMutation(UpdateRouteMutation);

  const title = id ? t('editRoute') : t('createRoute');
  const crumbs = id && edited.record ? [{ label: textsFrom(edited.record.titleTranslations)[language] || textsFrom(edited.record.titleTranslations).en, to: `${basePath}/${id}` }] : [];
  if (edited.placeholder) return edited.placeholder;
  const required = { required: t('common:required') };

  const save = form.submit(async (values) => {
    const common = {
      title: values.title,
      summary: values.summary,
      learningObjectives: values.learningObjectives,
      hostCountryCode: values.hostCountryCode,
      workingLanguages: values.workingLanguages,
      thematicAreaIds: values.thematicAreaIds,
    };
    if (id) {
      const input = { ...common, id, version: edited.record?.version ?? 0, startDate: values.startDate || null, endDate: values.endDate || null };
      const result = await update({ input });
      if (result.error) return form.showApiError(result.error);
      notify(t('common:saved'), 'success');
      navigate(`${basePath}/${id}`);
    } else {
      const input = { ...common, programmeId: values.programmeId, startDate: values.startDate || undefined, endDate: values.endDate || undefined };
      const result = await create({ input });
      if (result.error) return form.showApiError(result.error);
      notify(t('common:created'), 'success');
      navigate(`${basePath}/${result.data?.createRoute.id}`);
    }
  });

  return (
    <form ref={form.formRef} className="lr-form" onSubmit={save} noValidate>
      <PageHeader title={title} breadcrumbs={crumbs} />
      <FormBanner form={form} onReload={edited.reload} />
      <div className="lr-form-grid">
        <FormSelect
          form={form}
          name="programmeId"
          rules={id ? undefined : required}
          label={t('programme')}
          required
          disabled={!!id}
          placeholder={t('common:choose')}
          options={options?.programmes.edges.map((p) => ({ value: p.node.id, label: p.node.name })) ?? []}
        />
        <FormSelect
          form={form}
          name="hostCountryCode"
          rules={required}
          label={t('hostCountry')}
          required
          placeholder={t('common:choose')}
          options={countries.map((c) => ({ value: c.code, label: c.name }))}
        />
      </div>
      <LocalizedTextFields form={form} path="title" label={(l) => t('titleIn', { language: languageName(l, language) })} required={t('titleRequired')} />
      <FormCheckboxGroup
        form={form}
        name="workingLanguages"
        rules={{ validate: (chosen) => chosen.length > 0 || t('workingLanguagesRequired') }}
        legend={t('workingLanguages')}
        options={WORKING_LANGUAGES.map((l) => ({ value: l, label: languageName(l.toLowerCase(), language) }))}
      />
      <div className="lr-form-grid">
        <TextField label={t('startDate')} type="date" {...form.field('startDate')} />
        <TextField label={t('endDate')} type="date" {...form.field('endDate')} />
      </div>
      <FormCheckboxGroup
        form={form}
        name="thematicAreaIds"
        legend={t('thematicAreas')}
        options={options?.thematicAreas.edges.map((a) => ({ value: a.node.id, label: a.node.name })) ?? []}
      />
      <LocalizedTextFields form={form} path="summary" label={(l) => t('summaryIn', { language: languageName(l, language) })} multiline />
      <LocalizedTextFields
        form={form}
        path="learningObjectives"
        label={(l) => t('objectivesIn', { language: languageName(l, language) })}
        multiline
      />
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {id ? t('common:save') : t('common:create')}
        </Button>
        <Link className="lr-button" to={id ? `${basePath}/${id}` : basePath}>
          {t('common:cancel')}
        </Link>
      </div>
    </form>
  );
}
