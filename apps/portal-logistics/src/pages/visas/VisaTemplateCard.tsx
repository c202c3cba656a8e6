import { errorMessage } from '@lr/portal-graphql';
import { languageName } from '@lr/portal-i18n';
import { Button, ConfirmDialog, EMPTY_TEXTS, FormBanner, LocalizedTextFields, TextArea, TextField, textsFrom, useApiForm, type Texts } from '@lr/portal-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useSection } from '../../components/section-context';
import { DeleteVisaLetterTemplateMutation, RouteHostCountryQuery, SaveVisaLetterTemplateMutation, VisaTemplateQuery } from '../../graphql/operations';

interface TemplateValues {
  issuerName: string;
  issuerAddress: string;
  signatoryName: string;
  signatoryTitle: Texts;
  body: Texts;
}

const BLANK: TemplateValues = { issuerName: '', issuerAddress: '', signatoryName: '', signatoryTitle: EMPTY_TEXTS, body: EMPTY_TEXTS };

/**
 * How the host country's invitation letters read (one template per country, used by every route
 * there): the letterhead, who signs, and the body per language with placeholders such as {name}.
 * Editors write it; an unknown placeholder is refused on the body.
 */
export function VisaTemplateCard({ routeId }: { routeId: string }) {
  const { t } = useTranslation(['logistics', 'common']);
  const { canEdit, language, notify } = useSection();
  const [{ data: host }] = useQuery({ query: RouteHostCountryQuery, variables: { routeId } });
  const country = host?.route.hostCountry;
  const [{ data }, refetch] = useQuery({ query: VisaTemplateQuery, variables: { hostCountryCode: country?.code ?? '' }, pause: !country });
  const [, save] = useMutation(SaveVisaLetterTemplateMutation);
  const [, remove] = useMutation(DeleteVisaLetterTemplateMutation);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteError, setDeleteError] = useState<string>();
  const form = useApiForm<TemplateValues>({ defaultValues: BLANK });
  const template = data?.visaLetterTemplate;
  const { reset } = form;
  useEffect(() => {
    if (!data) return;
    reset(
      template
        ? {
            issuerName: template.issuerName,
            issuerAddress: template.issuerAddress,
            signatoryName: template.signatoryName,
            signatoryTitle: textsFrom(template.signatoryTitleTranslations),
            body: textsFrom(template.bodyTranslations),
          }
        : BLANK,
    );
  }, [data, template, reset]);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (!data || !country) return null;

  const submit = form.submit(async (v) => {
    const result = await save({
      input: {
        hostCountryCode: country.code,
        version: template?.version ?? null,
        issuerName: v.issuerName.trim(),
        issuerAddress: v.issuerAddress.trim(),
        signatoryName: v.signatoryName.trim(),
        signatoryTitle: v.signatoryTitle,
        body: v.body,
      },
    });
    if (result.error) return form.showApiError(result.error);
    notify(t('common:saved'), 'success');
    reload();
  });

  async function deleteTemplate() {
    if (!template || !country) return;
    const result = await remove({ hostCountryCode: country.code, version: template.version });
    if (result.error) return setDeleteError(errorMessage(result.error));
    setConfirmDelete(false);
    notify(t('common:deleted'), 'success');
    reload();
  }

  return (
    <section className="lr-card" aria-labelledby="template-heading">
      <h2 id="template-heading">{t('letterTemplateOf', { country: country.name })}</h2>
      <p>{template ? t('letterTemplateIntro') : t('noLetterTemplate')}</p>
      {canEdit ? (
        <form ref={form.formRef} onSubmit={submit} noValidate aria-labelledby="template-heading">
          <FormBanner form={form} onReload={reload} />
          <div className="lr-form-grid">
            <TextField label={t('issuerName')} required {...form.field('issuerName', { validate: (v) => v.trim() !== '' || t('issuerNameRequired') })} />
            <TextField label={t('signatoryName')} required {...form.field('signatoryName', { validate: (v) => v.trim() !== '' || t('signatoryNameRequired') })} />
          </div>
          <TextArea label={t('issuerAddress')} hint={t('issuerAddressHint')} rows={3} required {...form.field('issuerAddress', { validate: (v) => v.trim() !== '' || t('issuerAddressRequired') })} />
          <LocalizedTextFields form={form} path="signatoryTitle" label={(l) => t('signatoryTitleIn', { language: languageName(l, language) })} />
          <p className="lr-field__hint">{t('letterBodyHint', { placeholders: (data.visaLetterPlaceholders ?? []).map((p) => `{${p}}`).join(', ') })}</p>
          <LocalizedTextFields form={form} path="body" multiline rows={6} label={(l) => t('letterBodyIn', { language: languageName(l, language) })} required={t('letterBodyRequired')} />
          <div className="lr-form-actions">
            <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
              {t('common:save')}
            </Button>
            {template && (
              <Button variant="danger" onClick={() => (setDeleteError(undefined), setConfirmDelete(true))}>
                {t('deleteLetterTemplate')}
              </Button>
            )}
          </div>
        </form>
      ) : (
        template && (
          <dl className="lr-details">
            <dt>{t('issuerName')}</dt>
            <dd>{template.issuerName}</dd>
            <dt>{t('signatoryName')}</dt>
            <dd>{template.signatoryName}</dd>
          </dl>
        )
      )}
      <ConfirmDialog
        open={confirmDelete}
        title={t('confirmDeleteLetterTemplate')}
        confirmLabel={t('deleteLetterTemplate')}
        danger
        error={deleteError}
        onConfirm={deleteTemplate}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>{t('confirmDeleteLetterTemplateText', { country: country.name })}</p>
      </ConfirmDialog>
    </section>
  );
}
