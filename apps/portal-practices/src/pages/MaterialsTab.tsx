import { errorMessage } from '@lr/portal-graphql';
import type { Language, MaterialKind, MaterialsQuery as MaterialsResult } from '../graphql/generated/graphql';
import { Button, ConfirmDialog, ErrorPanel, SelectField, Skeleton, TextField } from '@lr/portal-ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { FormBanner, useFormOutcome } from '../components/form-outcome';
import {
  MATERIAL_TYPES,
  MAX_MATERIAL_BYTES,
  formatBytes,
  problemOf,
  saveResponse,
} from '../components/rest';
import { useSection } from '../components/section-context';
import { CreateMaterialMutation, DeleteMaterialMutation, MaterialsQuery } from '../graphql/operations';
import { KIND_LABELS, LANGUAGE_NAMES, labelOf } from '../messages';

type Material = MaterialsResult['practice']['materials'][number];
const KINDS: MaterialKind[] = ['CASE_DOCUMENT', 'VIDEO', 'SCOPING_PAPER', 'FIELD_BLOG_POST', 'SLIDES'];
const LANGUAGES: Language[] = ['EN', 'FR', 'ES'];

export function MaterialsTab({ practiceId }: { practiceId: string }) {
  const { t, language, canEdit, notify, apiOrigin, authorizedFetch } = useSection();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MaterialsQuery,
    variables: { id: practiceId },
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [, remove] = useMutation(DeleteMaterialMutation);
  const [toDelete, setToDelete] = useState<Material | null>(null);

  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data) {
    return (
      <ErrorPanel title={t('loadFailed')} onRetry={reload} retryLabel={t('retry')}>
        {errorMessage(error)}
      </ErrorPanel>
    );
  }
  const materials = data.practice.materials;

  async function download(m: Material) {
    try {
      const res = await authorizedFetch(`${apiOrigin}${m.downloadPath ?? m.fileUploadPath}`);
      if (!res.ok) throw new Error((await problemOf(res)).message);
      await saveResponse(res, m.fileName ?? 'material');
    } catch (err) {
      notify(t('downloadFailed', { message: err instanceof Error ? err.message : String(err) }), 'error');
    }
  }

  async function deleteMaterial() {
    const m = toDelete;
    setToDelete(null);
    if (!m) return;
    const result = await remove({ id: m.id, version: m.version });
    if (result.error) notify(errorMessage(result.error) ?? '', 'error');
    else {
      notify(t('deleted'), 'success');
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
                  <th scope="col">{t('language')}</th>
                  <th scope="col">{t('source')}</th>
                  {canEdit && <th scope="col"><span className="lr-visually-hidden">{t('delete')}</span></th>}
                </tr>
              </thead>
              <tbody>
                {materials.map((m) => (
                  <tr key={m.id}>
                    <td>{m.title}</td>
                    <td>{labelOf(KIND_LABELS, language, m.kind)}</td>
                    <td>{labelOf(LANGUAGE_NAMES, language, m.language)}</td>
                    <td>
                      {m.url ? (
                        <a href={m.url} target="_blank" rel="noreferrer noopener">
                          {m.url}
                        </a>
                      ) : m.hasFile ? (
                        <Button variant="link" onClick={() => download(m)}>
                          {t('download', { title: m.title })} ({m.fileName}, {formatBytes(m.fileSize)})
                        </Button>
                      ) : (
                        '—'
                      )}
                    </td>
                    {canEdit && (
                      <td>
                        <Button variant="danger" onClick={() => setToDelete(m)} aria-label={`${t('delete')} ${m.title}`}>
                          {t('delete')}
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
        confirmLabel={t('delete')}
        cancelLabel={t('cancel')}
        danger
        onConfirm={deleteMaterial}
        onCancel={() => setToDelete(null)}
      >
        <p>{t('confirmDeleteMaterialText', { title: toDelete?.title ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}

function AddMaterialForm({ practiceId, onAdded }: { practiceId: string; onAdded(): void }) {
  const { t, language, notify, apiOrigin, authorizedFetch } = useSection();
  const [, create] = useMutation(CreateMaterialMutation);
  const [, remove] = useMutation(DeleteMaterialMutation);
  const { outcome, fromError, setFields, clear } = useFormOutcome();
  const [busy, setBusy] = useState(false);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<MaterialKind>('CASE_DOCUMENT');
  const [lang, setLang] = useState<Language>('EN');
  const [mode, setMode] = useState<'link' | 'file'>('link');
  const [url, setUrl] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const err = (path: string) => outcome.fields[path];

  function fileProblem(file: File | undefined): string | undefined {
    if (!file) return t('fileRequired');
    if (file.size > MAX_MATERIAL_BYTES) return t('fileTooLarge');
    if (!MATERIAL_TYPES.includes(file.type)) return t('fileWrongType', { type: file.type || '?' });
    return undefined;
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const file = fileInput.current?.files?.[0];
    const local: Record<string, string> = {};
    if (!title.trim()) local['title'] = t('titleRequired');
    if (mode === 'link' && !url.trim()) local['url'] = t('urlRequired');
    const problem = mode === 'file' ? fileProblem(file) : undefined;
    if (problem) local['file'] = problem;
    if (Object.keys(local).length) return setFields(local);

    setBusy(true);
    try {
      const result = await create({
        input: { practiceId, title: title.trim(), kind, language: lang, url: mode === 'link' ? url.trim() : undefined },
      });
      if (result.error || !result.data) return fromError(result.error);
      const material = result.data.createPracticeMaterial;
      if (mode === 'file' && file) {
        const res = await authorizedFetch(
          `${apiOrigin}${material.fileUploadPath}?fileName=${encodeURIComponent(file.name)}`,
          { method: 'POST', headers: { 'content-type': file.type }, body: file },
        );
        if (!res.ok) {
          const { message } = await problemOf(res);
          // No half-made material stays behind when its file is refused.
          await remove({ id: material.id, version: material.version });
          return setFields({ file: message });
        }
      }
      clear();
      setTitle('');
      setUrl('');
      if (fileInput.current) fileInput.current.value = '';
      notify(t('materialAdded'), 'success');
      onAdded();
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="lr-card" aria-labelledby="add-material-heading">
      <h2 id="add-material-heading">{t('addMaterial')}</h2>
      <form onSubmit={submit} noValidate>
        <FormBanner outcome={outcome} onReload={onAdded} />
        <div className="lr-form-grid">
          <TextField label={t('title')} required value={title} onChange={(e) => setTitle(e.target.value)} error={err('title')} />
          <SelectField
            label={t('kind')}
            value={kind}
            onChange={(e) => setKind(e.target.value as MaterialKind)}
            options={KINDS.map((k) => ({ value: k, label: labelOf(KIND_LABELS, language, k) }))}
            error={err('kind')}
          />
          <SelectField
            label={t('language')}
            value={lang}
            onChange={(e) => setLang(e.target.value as Language)}
            options={LANGUAGES.map((l) => ({ value: l, label: labelOf(LANGUAGE_NAMES, language, l) }))}
            error={err('language')}
          />
        </div>
        <fieldset className="lr-field lr-checkboxes">
          <legend className="lr-field__label">{t('source')}</legend>
          <label className="lr-checkbox">
            <input type="radio" name={`${fileId}-mode`} checked={mode === 'link'} onChange={() => (setMode('link'), clear())} />
            {t('byLink')}
          </label>
          <label className="lr-checkbox">
            <input type="radio" name={`${fileId}-mode`} checked={mode === 'file'} onChange={() => (setMode('file'), clear())} />
            {t('byFile')}
          </label>
        </fieldset>
        {mode === 'link' ? (
          <TextField label={t('url')} type="url" required value={url} onChange={(e) => setUrl(e.target.value)} error={err('url')} />
        ) : (
          <div className={`lr-field ${err('file') ? 'lr-field--invalid' : ''}`}>
            <label htmlFor={fileId} className="lr-field__label">
              {t('file')}
            </label>
            <input
              id={fileId}
              ref={fileInput}
              type="file"
              className="lr-input"
              accept={MATERIAL_TYPES.join(',')}
              aria-invalid={!!err('file')}
              aria-describedby={`${fileId}-hint${err('file') ? ` ${fileId}-error` : ''}`}
              onChange={() => clear()}
            />
            <p id={`${fileId}-hint`} className="lr-field__hint">
              {t('fileHint')}
            </p>
            {err('file') && (
              <p id={`${fileId}-error`} className="lr-field__error" role="alert">
                {err('file')}
              </p>
            )}
          </div>
        )}
        <Button type="submit" variant="primary" busy={busy}>
          {t('add')}
        </Button>
      </form>
    </section>
  );
}
