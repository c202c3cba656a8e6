import { errorCode, errorMessage } from '@lr/portal-graphql';
import { Button, ConfirmDialog, FormBanner, PageHeader, RequireEdit, TextArea, TextField, useApiForm, useAuthorizedDownload } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, type CombinedError } from 'urql';
import { isRouteClosed } from '../components/refusals';
import { useChosenRoute } from '../components/route-choice';
import type { RowProblem } from '../components/row-problems';
import { RoutePicker, useRouteOptions } from '../components/RoutePicker';
import { useSection } from '../components/section-context';
import type { ImportParticipantsMutation as ImportResult } from '../graphql/generated/graphql';
import { ImportParticipantsMutation } from '../graphql/operations';
import { ImportReport } from './ImportReport';

/** The template's columns, in its order (their meaning is worded in the section's messages). */
const COLUMNS = [
  'delegation',
  'delegation_kind',
  'delegation_country',
  'email',
  'given_name',
  'family_name',
  'gender',
  'country',
  'language',
  'sector',
  'position',
  'decision_power',
  'blogger',
] as const;
const REQUIRED = ['delegation', 'email', 'sector'];

type Counts = ImportResult['importParticipants'];

/** Participants from a CSV file: download the template, paste or upload, check (dry run), then import. */
export function ImportPage() {
  const { t } = useTranslation(['delegations', 'common']);
  const { basePath } = useSection();
  return (
    <RequireEdit title={t('importTitle')} back={{ label: t('participantsTitle'), to: `${basePath}/participants` }}>
      <ImportParticipants />
    </RequireEdit>
  );
}

function ImportParticipants() {
  const { t } = useTranslation(['delegations', 'common']);
  const section = useSection();
  const { basePath, notify } = section;
  const { routeId, choose } = useChosenRoute();
  const routes = useRouteOptions();
  const routeTitle = routes.find((r) => r.id === routeId)?.title ?? '';
  const [, run] = useMutation(ImportParticipantsMutation);
  const form = useApiForm({ defaultValues: { csv: '' } });
  const template = useAuthorizedDownload(section, (message) => t('templateFailed', { message }));
  const [problems, setProblems] = useState<RowProblem[] | null>(null);
  // What the last dry run found, and for which text and route: importing needs a clean check of exactly that.
  const [checked, setChecked] = useState<{ csv: string; routeId: string; counts: Counts } | null>(null);
  const [imported, setImported] = useState<Counts | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [importError, setImportError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const csv = form.watch('csv');
  const ready = !!checked && checked.csv === csv && checked.routeId === routeId;

  const downloadTemplate = () => template.download('template', '/delegations/participants-template.csv', 'participants-template.csv');

  async function readFile(file: File | undefined) {
    if (!file) return;
    form.setValue('csv', await file.text(), { shouldDirty: true });
    setChecked(null);
    setProblems(null);
  }

  /** Refusals with a row report show as the report; anything else as the form's message. */
  function refused(error: CombinedError): boolean {
    const rows = error.graphQLErrors[0]?.extensions?.['rows'] as RowProblem[] | undefined;
    if (errorCode(error) === 'BAD_USER_INPUT' && Array.isArray(rows) && rows.length) {
      setProblems([...rows].sort((a, b) => a.row - b.row));
      return true;
    }
    return false;
  }

  const check = form.submit(async (values) => {
    setProblems(null);
    setChecked(null);
    setImported(null);
    const result = await run({ routeId, csv: values.csv, dryRun: true });
    if (result.error) {
      if (isRouteClosed(result.error)) return notify(t('routeClosed'), 'error');
      if (!refused(result.error)) form.showApiError(result.error);
      return;
    }
    if (result.data) setChecked({ csv: values.csv, routeId, counts: result.data.importParticipants });
  });

  async function importNow() {
    setBusy(true);
    setImportError(undefined);
    const result = await run({ routeId, csv, dryRun: false });
    setBusy(false);
    if (result.error) {
      // The file changed meaning since the check (someone added a person meanwhile): its report replaces the check.
      if (refused(result.error)) {
        setConfirming(false);
        setChecked(null);
        return;
      }
      return setImportError(isRouteClosed(result.error) ? t('routeClosed') : errorMessage(result.error));
    }
    setConfirming(false);
    setChecked(null);
    if (result.data) setImported(result.data.importParticipants);
    // Imported: the pasted text is no longer unsaved work.
    form.reset({ csv: '' });
    notify(t('imported', { count: result.data?.importParticipants.participantsCreated ?? 0 }), 'success');
  }

  const countsText = (c: Counts) =>
    t('importCounts', {
      rows: c.rows,
      participants: c.participantsCreated,
      peopleCreated: c.peopleCreated,
      peopleMatched: c.peopleMatched,
      delegations: c.delegationsCreated,
    });

  return (
    <>
      <PageHeader title={t('importTitle')} breadcrumbs={[{ label: t('participantsTitle'), to: `${basePath}/participants${routeId ? `?route=${routeId}` : ''}` }]} />
      <p>{t('importIntro')}</p>
      <div className="lr-filterbar lr-delegations-routebar">
        <RoutePicker routeId={routeId} onChange={(id) => (choose(id), setChecked(null), setProblems(null))} />
      </div>

      <section className="lr-card" aria-labelledby="template-heading">
        <h2 id="template-heading">{t('template')}</h2>
        <p>{t('templateIntro')}</p>
        <Button onClick={downloadTemplate} busy={template.busy !== null}>
          {t('downloadTemplate')}
        </Button>
        <details>
          <summary>{t('templateColumns')}</summary>
          <ul className="lr-delegations-columns">
            {COLUMNS.map((c) => (
              <li key={c}>
                <code>{c}</code>
                {REQUIRED.includes(c) && <> ({t('requiredColumn')})</>}: {t(`columns.${c}`)}
              </li>
            ))}
          </ul>
        </details>
      </section>

      {!routeId ? (
        <p className="lr-empty">{t('noRouteChosen')}</p>
      ) : (
        <form ref={form.formRef} className="lr-card" onSubmit={check} noValidate aria-labelledby="file-heading">
          <h2 id="file-heading">{t('importFile', { route: routeTitle })}</h2>
          <FormBanner form={form} />
          <TextField label={t('uploadFile')} hint={t('uploadFileHint')} type="file" accept=".csv,text/csv" onChange={(e) => readFile(e.target.files?.[0])} />
          <TextArea
            className="lr-input lr-delegations-csv"
            label={t('pasteCsv')}
            hint={t('pasteCsvHint')}
            rows={8}
            spellCheck={false}
            required
            {...form.field('csv', { validate: (v) => v.trim() !== '' || t('csvRequired') })}
          />
          <div className="lr-form-actions">
            <Button type="submit" busy={form.formState.isSubmitting}>
              {t('dryRun')}
            </Button>
            <Button variant="primary" disabled={!ready} onClick={() => (setImportError(undefined), setConfirming(true))}>
              {t('importNow')}
            </Button>
          </div>
          {!ready && !problems && <p className="lr-field__hint">{t('importNeedsCheck')}</p>}
        </form>
      )}

      {ready && checked && (
        <section className="lr-card" aria-labelledby="check-heading" aria-live="polite">
          <h2 id="check-heading">{t('dryRunOk')}</h2>
          <p>{countsText(checked.counts)}</p>
          <p>{t('dryRunNext')}</p>
        </section>
      )}

      {imported && (
        <section className="lr-card" aria-labelledby="imported-heading">
          <h2 id="imported-heading">{t('importDone')}</h2>
          <p>{countsText(imported)}</p>
          <p>
            <Link className="lr-action-link" to={`${basePath}/participants?route=${routeId}&status=NOMINATED`}>
              {t('seeNominated')}
            </Link>
          </p>
        </section>
      )}

      {problems && <ImportReport problems={problems} />}

      <ConfirmDialog
        open={confirming}
        title={t('confirmImport', { count: checked?.counts.rows ?? 0 })}
        confirmLabel={t('importNow')}
        error={importError}
        busy={busy}
        onConfirm={importNow}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('confirmImportText', { route: routeTitle })}</p>
        {checked && <p>{countsText(checked.counts)}</p>}
      </ConfirmDialog>
    </>
  );
}
