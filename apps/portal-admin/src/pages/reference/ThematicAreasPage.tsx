import { errorMessage } from '@lr/portal-graphql';
import { languageName } from '@lr/portal-i18n';
import {
  Button,
  ConfirmDialog,
  ConnectionView,
  EMPTY_TEXTS,
  FormBanner,
  LocalizedTextFields,
  PAGE_SIZE,
  PageHeader,
  TextField,
  useApiForm,
  useUrlListState,
  type Texts,
} from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { AdminTabs } from '../../components/AdminTabs';
import { inUseRefusal } from '../../components/refusals';
import { useSection } from '../../components/section-context';
import {
  CreateThematicAreaMutation,
  DeleteThematicAreaMutation,
  ThematicAreasQuery,
} from '../../graphql/operations';

interface AreaValues {
  code: string;
  name: Texts;
}

interface Doomed {
  id: string;
  version: number;
  name: string;
}

/** The thematic areas programmes, routes and learning needs are tagged with: add one, delete one no longer used. */
export function ThematicAreasPage() {
  const { t } = useTranslation(['admin', 'common']);
  const { language, notify } = useSection();
  const list = useUrlListState([]);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ThematicAreasQuery,
    variables: { first: PAGE_SIZE, after: list.pages.after },
    requestPolicy: 'cache-and-network',
  });
  const [, create] = useMutation(CreateThematicAreaMutation);
  const [deleting, remove] = useMutation(DeleteThematicAreaMutation);
  const [doomed, setDoomed] = useState<Doomed | null>(null);
  const [refusal, setRefusal] = useState<string>();
  const form = useApiForm<AreaValues>({ defaultValues: { code: '', name: EMPTY_TEXTS } });
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const save = form.submit(async (values) => {
    const name = Object.fromEntries(Object.entries(values.name).filter(([, v]) => v.trim() !== ''));
    const result = await create({ input: { code: values.code.trim(), name } });
    if (result.error) return form.showApiError(result.error);
    form.reset({ code: '', name: EMPTY_TEXTS });
    notify(t('common:created'), 'success');
    reload();
  });

  async function confirmDelete() {
    if (!doomed) return;
    const result = await remove({ id: doomed.id, version: doomed.version });
    if (result.error) return setRefusal(inUseRefusal(result.error));
    setDoomed(null);
    notify(t('areaDeleted'), 'success');
    reload();
  }

  return (
    <>
      <PageHeader title={t('areasTitle')} breadcrumbs={[]} />
      <AdminTabs />
      <form
        ref={form.formRef}
        className="lr-form"
        onSubmit={save}
        noValidate
        aria-labelledby="admin-area-title"
      >
        <h2 id="admin-area-title">{t('createArea')}</h2>
        <FormBanner form={form} />
        <div className="lr-form-grid">
          <TextField
            label={t('areaCode')}
            hint={t('areaCodeHint')}
            required
            {...form.field('code', { required: t('common:required') })}
          />
          <LocalizedTextFields
            form={form}
            path="name"
            label={(l) => t('nameIn', { language: languageName(l, language) })}
            required={t('areaNameRequired')}
          />
        </div>
        <div className="lr-form-actions">
          <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
            {t('common:create')}
          </Button>
        </div>
      </form>
      <ConnectionView
        connection={data?.thematicAreas}
        fetching={fetching}
        error={errorMessage(error)}
        onRetry={reload}
        pages={list.pages}
        pageSize={PAGE_SIZE}
        caption={t('areasTitle')}
        rowKey={(a) => a.id}
        empty={<p>{t('common:noMatches')}</p>}
        columns={[
          { key: 'code', header: t('areaCode'), render: (a) => <code>{a.code}</code> },
          { key: 'name', header: t('name'), render: (a) => a.name },
          {
            key: 'actions',
            header: t('actions'),
            render: (a) => (
              <Button
                variant="danger"
                aria-label={`${t('delete')}: ${a.name}`}
                onClick={() => {
                  setRefusal(undefined);
                  setDoomed({ id: a.id, version: a.version, name: a.name });
                }}
              >
                {t('delete')}
              </Button>
            ),
          },
        ]}
      />
      <ConfirmDialog
        open={!!doomed}
        danger
        title={t('deleteAreaTitle', { name: doomed?.name ?? '' })}
        confirmLabel={t('delete')}
        busy={deleting.fetching}
        error={refusal}
        onConfirm={confirmDelete}
        onCancel={() => setDoomed(null)}
      >
        <p>{t('deleteAreaBody')}</p>
      </ConfirmDialog>
    </>
  );
}
