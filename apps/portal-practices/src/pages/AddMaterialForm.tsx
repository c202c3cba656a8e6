import { languageName } from '@lr/portal-i18n';
import { Button, FormBanner, FormSelect, TextField, useApiForm } from '@lr/portal-ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { MATERIAL_TYPES, MAX_MATERIAL_BYTES, problemOf } from '../components/rest';
import { useSection } from '../components/section-context';
import type { Language, MaterialKind } from '../graphql/generated/graphql';
import { CreateMaterialMutation, DeleteMaterialMutation } from '../graphql/operations';

const KINDS: MaterialKind[] = ['CASE_DOCUMENT', 'VIDEO', 'SCOPING_PAPER', 'FIELD_BLOG_POST', 'SLIDES'];
const LANGUAGES: Language[] = ['EN', 'FR', 'ES'];

interface MaterialValues {
  title: string;
  kind: MaterialKind;
  language: Language;
  /** A material is a link, or a file uploaded once the material exists. */
  source: 'link' | 'file';
  url: string;
  file?: FileList;
}

const BLANK: MaterialValues = { title: '', kind: 'CASE_DOCUMENT', language: 'EN', source: 'link', url: '' };

/** Adds a material to a practice: a link, or a file (checked here for size and type first). */
export function AddMaterialForm({ practiceId, onAdded }: { practiceId: string; onAdded(): void }) {
  const { t } = useTranslation(['practices', 'common']);
  const { language, notify, apiOrigin, authorizedFetch } = useSection();
  const [, create] = useMutation(CreateMaterialMutation);
  const [, remove] = useMutation(DeleteMaterialMutation);
  const form = useApiForm<MaterialValues>({ defaultValues: BLANK });
  const sourceName = useId();
  const source = form.watch('source');

  function fileProblem(file: File | undefined): string | undefined {
    if (!file) return t('fileRequired');
    if (file.size > MAX_MATERIAL_BYTES) return t('fileTooLarge');
    if (!MATERIAL_TYPES.includes(file.type)) return t('fileWrongType', { type: file.type || '?' });
    return undefined;
  }

  const submit = form.submit(async (values) => {
    const file = values.source === 'file' ? values.file?.[0] : undefined;
    const result = await create({
      input: {
        practiceId,
        title: values.title.trim(),
        kind: values.kind,
        language: values.language,
        url: values.source === 'link' ? values.url.trim() : undefined,
      },
    });
    if (result.error || !result.data) return result.error && form.showApiError(result.error);
    const material = result.data.createPracticeMaterial;
    if (file) {
      const res = await authorizedFetch(`${apiOrigin}${material.fileUploadPath}?fileName=${encodeURIComponent(file.name)}`, {
        method: 'POST',
        headers: { 'content-type': file.type },
        body: file,
      });
      if (!res.ok) {
        const { message } = await problemOf(res);
        // No half-made material stays behind when its file is refused.
        await remove({ id: material.id, version: material.version });
        return form.showProblems({ file: message });
      }
    }
    form.reset({ ...BLANK, kind: values.kind, language: values.language, source: values.source });
    notify(t('materialAdded'), 'success');
    onAdded();
  });

  return (
    <section className="lr-card" aria-labelledby="add-material-heading">
      <h2 id="add-material-heading">{t('addMaterial')}</h2>
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <FormBanner form={form} onReload={onAdded} />
        <div className="lr-form-grid">
          <TextField
            label={t('title')}
            required
            {...form.field('title', { validate: (title) => title.trim() !== '' || t('titleRequired') })}
          />
          <FormSelect form={form} name="kind" label={t('kind')} options={KINDS.map((k) => ({ value: k, label: t(`materialKinds.${k}`) }))} />
          <FormSelect
            form={form}
            name="language"
            label={t('common:language')}
            options={LANGUAGES.map((l) => ({ value: l, label: languageName(l.toLowerCase(), language) }))}
          />
        </div>
        <fieldset className="lr-field lr-checkboxes">
          <legend className="lr-field__label">{t('source')}</legend>
          <label className="lr-checkbox">
            <input type="radio" value="link" id={`${sourceName}-link`} {...form.register('source')} />
            {t('byLink')}
          </label>
          <label className="lr-checkbox">
            <input type="radio" value="file" id={`${sourceName}-file`} {...form.register('source')} />
            {t('byFile')}
          </label>
        </fieldset>
        {source === 'link' ? (
          <TextField
            label={t('url')}
            type="url"
            required
            {...form.field('url', { validate: (url, values) => values.source !== 'link' || url.trim() !== '' || t('urlRequired') })}
          />
        ) : (
          <TextField
            label={t('file')}
            type="file"
            hint={t('fileHint')}
            accept={MATERIAL_TYPES.join(',')}
            {...form.field('file', { validate: (files, values) => values.source !== 'file' || (fileProblem(files?.[0]) ?? true) })}
          />
        )}
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {t('common:add')}
        </Button>
      </form>
    </section>
  );
}
