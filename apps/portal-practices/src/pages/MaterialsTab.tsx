import { errorMessage } from '@lr/portal-graphql';
import { languageName, useFormat } from '@lr/portal-i18n';
import { Button, ConfirmDialog, ErrorPanel, Skeleton, useAuthorizedDownload } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useSection } from '../components/section-context';
import type { MaterialsQuery as MaterialsResult } from '../graphql/generated/graphql';
import { DeleteMaterialMutation, MaterialsQuery } from '../graphql/operations';
import { AddMaterialForm } from './AddMaterialForm';

type Material = MaterialsResult['practice']['materials'][number];

export function MaterialsTab({ practiceId }: { practiceId: string }) {
  const { t } = useTranslation(['practices', 'common']);
  const section = useSection();
  const { language, canEdit, notify } = section;
  const format = useFormat();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MaterialsQuery,
    variables: { id: practiceId },
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [, remove] = useMutation(DeleteMaterialMutation);
  const [toDelete, setToDelete] = useState<Material | null>(null);
  const files = useAuthorizedDownload(section, (message) => t('downloadFailed', { message }));

  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data) {
    return (
      <ErrorPanel title={t('common:loadFailed')} onRetry={reload}>
        {errorMessage(error)}
      </ErrorPanel>
    );
  }
  const materials = data.practice.materials;

  const download = (m: Material) => files.download(m.id, m.downloadPath ?? m.fileUploadPath, m.fileName ?? 'material');

  async function deleteMaterial() {
    const m = toDelete;
    setToDelete(null);
    if (!m) return;
    const result = await remove({ id: m.id, version: m.version });
    if (result.error) notify(errorMessage(result.error) ?? '', 'error');
    else {
      notify(t('common:deleted'), 'success');
      reload();
    }
  }

  return (
    <>
      <section aria-labelledby="materials-heading">
        <h2 id="materials-heading">{t('materials')}</h2>
        {materials.length === 0 ? (
          <p>{t('noMaterials')}</p>
        ) : (
          <div className="lr-table-wrap">
            <table className="lr-table">
              <caption className="lr-visually-hidden">{t('materials')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('title')}</th>
                  <th scope="col">{t('kind')}</th>
                  <th scope="col">{t('common:language')}</th>
                  <th scope="col">{t('source')}</th>
                  {canEdit && <th scope="col"><span className="lr-visually-hidden">{t('common:delete')}</span></th>}
                </tr>
              </thead>
              <tbody>
                {materials.map((m) => (
                  <tr key={m.id}>
                    <td>{m.title}</td>
                    <td>{t(`materialKinds.${m.kind}`)}</td>
                    <td>{languageName(m.language.toLowerCase(), language)}</td>
                    <td>
                      {m.url ? (
                        <a href={m.url} target="_blank" rel="noreferrer noopener">
                          {m.url}
                        </a>
                      ) : m.hasFile ? (
                        <Button variant="link" onClick={() => download(m)}>
                          {t('download', { title: m.title })} ({m.fileName}, {format.fileSize(m.fileSize)})
                        </Button>
                      ) : (
                        '—'
                      )}
                    </td>
                    {canEdit && (
                      <td>
                        <Button variant="danger" onClick={() => setToDelete(m)} aria-label={`${t('common:delete')} ${m.title}`}>
                          {t('common:delete')}
                        </Button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {canEdit && <AddMaterialForm practiceId={practiceId} onAdded={reload} />}
      <ConfirmDialog
        open={!!toDelete}
        title={t('confirmDeleteMaterial')}
        confirmLabel={t('common:delete')}
        danger
        onConfirm={deleteMaterial}
        onCancel={() => setToDelete(null)}
      >
        <p>{t('confirmDeleteMaterialText', { title: toDelete?.title ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}
