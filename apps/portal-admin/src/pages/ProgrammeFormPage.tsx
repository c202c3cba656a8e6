import { languageName } from '@lr/portal-i18n';
import {
  Button,
  ErrorPanel,
  FormBanner,
  FormCheckboxGroup,
  FormSelect,
  LocalizedTextFields,
  PageHeader,
  RequireEdit,
  Skeleton,
  TextField,
  EMPTY_TEXTS,
  textsFrom,
  useApiForm,
  type Texts,
} from '@lr/portal-ui';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSection } from '../components/section-context';
import type { ProgrammeEditQuery as ProgrammeEditData } from '../graphql/generated/graphql';
import {
  CreateProgrammeMutation,
  ProgrammeChoicesQuery,
  ProgrammeEditQuery,
  UpdateProgrammeMutation,
} from '../graphql/operations';

interface ProgrammeFormValues {
  name: Texts;
  objectives: Texts;
  startDate: string;
  endDate: string;
  funderId: string;
  budget: { amount: string; currency: string };
  thematicAreaIds: string[];
  maxRouteDays: string;
}

const BLANK: ProgrammeFormValues = {
  name: EMPTY_TEXTS,
  objectives: EMPTY_TEXTS,
  startDate: '',
  endDate: '',
  funderId: '',
  budget: { amount: '', currency: '' },
  thematicAreaIds: [],
  maxRouteDays: '8',
};

function valuesOf(p: NonNullable<ProgrammeEditData['programme']>): ProgrammeFormValues {
  return {
    name: textsFrom(p.nameTranslations),
    objectives: textsFrom(p.objectivesTranslations),
    startDate: p.startDate ?? '',
    endDate: p.endDate ?? '',
    funderId: p.funderId ?? '',
    budget: { amount: p.budget?.amount ?? '', currency: p.budget?.currency ?? '' },
    thematicAreaIds: p.thematicAreas.map((a) => a.id),
    maxRouteDays: String(p.maxRouteDays),
  };
}

/** A text per language as the API takes it: the languages left empty are not sent. */
function textsInput(texts: Texts) {
  return Object.fromEntries(
    Object.entries(texts).filter(([, v]) => v.trim() !== ''),
  ) as Partial<Texts>;
}

/** Create (no id) or edit (id) a programme, with the API's rules checked first in the browser. */
export function ProgrammeFormPage() {
  const { id } = useParams();
  const { t } = useTranslation(['admin', 'common']);
  const { basePath } = useSection();
  return (
    <RequireEdit
      title={id ? t('editProgramme') : t('createProgramme')}
      back={{ label: t('programmesTitle'), to: basePath }}
    >
      <ProgrammeForm id={id} />
    </RequireEdit>
  );
}

function ProgrammeForm({ id }: { id?: string }) {
  const { t } = useTranslation(['admin', 'common']);
  const { language, notify, basePath } = useSection();
  const navigate = useNavigate();
  const form = useApiForm<ProgrammeFormValues>({ defaultValues: BLANK });
  const [{ data, fetching, error }, reload] = useQuery({
    query: ProgrammeEditQuery,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'network-only',
  });
  const [choices] = useQuery({ query: ProgrammeChoicesQuery });
  const [, create] = useMutation(CreateProgrammeMutation);
  const [, update] = useMutation(UpdateProgrammeMutation);

  const { reset } = form;
  useEffect(() => {
    if (data?.programme) reset(valuesOf(data.programme));
  }, [data, reset]);

  if (id && fetching && !data) return <Skeleton width="50%" />;
  if (id && (error || (data && !data.programme)))
    return <ErrorPanel title={t('common:notFound')} />;

  const inLanguage = (key: 'nameIn' | 'objectivesIn') => (l: string) =>
    t(key, { language: languageName(l, language) });
  const save = form.submit(async (values) => {
    const problems: Partial<Record<'endDate' | 'budget.amount' | 'budget.currency', string>> = {};
    if (values.startDate && values.endDate && values.endDate < values.startDate)
      problems.endDate = t('endBeforeStart');
    const amount = values.budget.amount.trim();
    const currency = values.budget.currency.trim().toUpperCase();
    if (amount && !/^\d+(\.\d+)?$/.test(amount)) problems['budget.amount'] = t('amountFormat');
    if (amount && !currency) problems['budget.currency'] = t('currencyNeeded');
    if (!amount && currency) problems['budget.amount'] = t('amountNeeded');
    if (Object.keys(problems).length) return form.showProblems(problems);
    const budget = amount ? { amount, currency } : null;
    const common = {
      name: textsInput(values.name),
      objectives: textsInput(values.objectives),
      thematicAreaIds: values.thematicAreaIds,
      maxRouteDays: Number(values.maxRouteDays),
    };
    const result = id
      ? await update({
          input: {
            id,
            version: data?.programme?.version ?? 0,
            ...common,
            startDate: values.startDate || null,
            endDate: values.endDate || null,
            funderId: values.funderId || null,
            budget,
          },
        })
      : await create({
          input: {
            ...common,
            startDate: values.startDate || undefined,
            endDate: values.endDate || undefined,
            funderId: values.funderId || undefined,
            budget: budget ?? undefined,
          },
        });
    if (result.error) return form.showApiError(result.error);
    notify(t(id ? 'common:saved' : 'common:created'), 'success');
    navigate(basePath);
  });

  const days = {
    required: t('common:required'),
    min: { value: 1, message: t('maxRouteDaysHint') },
    max: { value: 60, message: t('maxRouteDaysHint') },
  };
  return (
    <form ref={form.formRef} className="lr-form" onSubmit={save} noValidate>
      <PageHeader
        title={id ? t('editProgramme') : t('createProgramme')}
        breadcrumbs={[{ label: t('programmesTitle'), to: basePath }]}
      >
        {id && (
          <>
            <Link className="lr-button" to={`${basePath}/programmes/${id}/criteria`}>
              {t('programmeCriteriaLink')}
            </Link>
            <Link className="lr-button" to={`${basePath}/programmes/${id}/settings`}>
              {t('programmeSettingsLink')}
            </Link>
          </>
        )}
      </PageHeader>
      <FormBanner form={form} onReload={() => reload({ requestPolicy: 'network-only' })} />
      <div className="lr-form-grid">
        <LocalizedTextFields
          form={form}
          path="name"
          label={inLanguage('nameIn')}
          required={t('nameRequired')}
        />
        <LocalizedTextFields
          form={form}
          path="objectives"
          label={inLanguage('objectivesIn')}
          multiline
          rows={3}
        />
        <TextField label={t('startDate')} type="date" {...form.field('startDate')} />
        <TextField label={t('endDate')} type="date" {...form.field('endDate')} />
        <FormSelect
          form={form}
          name="funderId"
          label={t('funder')}
          placeholder={t('common:choose')}
          options={
            choices.data?.organisations.edges.map((e) => ({
              value: e.node.id,
              label: e.node.name,
            })) ?? []
          }
        />
        <TextField
          label={t('budgetAmount')}
          hint={t('budgetAmountHint')}
          inputMode="decimal"
          {...form.field('budget.amount')}
        />
        <TextField
          label={t('currency')}
          hint={t('currencyHint')}
          maxLength={3}
          autoCapitalize="characters"
          {...form.field('budget.currency')}
        />
        <TextField
          label={t('maxRouteDays')}
          hint={t('maxRouteDaysHint')}
          type="number"
          min={1}
          max={60}
          required
          {...form.field('maxRouteDays', days)}
        />
        <FormCheckboxGroup
          form={form}
          name="thematicAreaIds"
          legend={t('thematicAreas')}
          options={
            choices.data?.thematicAreas.edges.map((e) => ({
              value: e.node.id,
              label: e.node.name,
            })) ?? []
          }
        />
      </div>
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {id ? t('common:save') : t('common:create')}
        </Button>
        <Link className="lr-button" to={basePath}>
          {t('common:cancel')}
        </Link>
      </div>
    </form>
  );
}
