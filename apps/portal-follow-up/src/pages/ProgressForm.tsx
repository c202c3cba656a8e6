import { fieldProblems } from '@lr/portal-graphql';
import { Button, FormBanner, TextArea, TextField, restProblem, useApiForm } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { today } from '../components/numbers';
import { isPeriodLocked } from '../components/refusals';
import { useSection } from '../components/section-context';
import { CoveringPeriodQuery, ReportProgressMutation, UpdateProgressReportMutation } from '../graphql/operations';

interface ProgressValues {
  value: string;
  reportedOn: string;
  note: string;
  evidenceUrl: string;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;
const BLANK = (): ProgressValues => ({ value: '', reportedOn: today(), note: '', evidenceUrl: '' });

/** A report sent back for revision, as the form edits it. */
export interface RevisedReport {
  id: string;
  version: number;
  value: string;
  reportedOn: string;
  note?: string | null;
  evidenceUrl?: string | null;
}

const valuesOf = (r: RevisedReport): ProgressValues => ({ value: r.value, reportedOn: r.reportedOn, note: r.note ?? '', evidenceUrl: r.evidenceUrl ?? '' });

/**
 * Reports a value of the indicator (UNVERIFIED until an editor verifies it): the value, the day
 * it describes, a note and evidence as a link; a file is uploaded once the report is saved.
 * Given a returned report (`revising`), it revises that one instead, which sends it back to
 * verification.
 */
export function ProgressForm({
  indicatorId,
  programmeId,
  unit,
  revising,
  onSaved,
  onCancel,
}: {
  indicatorId: string;
  /** The indicator's programme, whose reporting periods may be locked. */
  programmeId?: string;
  unit?: string | null;
  revising?: RevisedReport;
  onSaved(): void;
  onCancel?(): void;
}) {
  const { t } = useTranslation(['follow-up', 'common']);
  const { notify, apiOrigin, authorizedFetch } = useSection();
  const form = useApiForm<ProgressValues>({
    defaultValues: revising ? valuesOf(revising) : BLANK(),
    // The API's own rules on these fields, in the form's words.
    messages: { value: { matches: t('valueNotDecimal') }, evidenceUrl: { isUrl: t('evidenceUrlInvalid') }, reportedOn: { isLocalDate: t('reportedOnInvalid') } },
  });
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [, report] = useMutation(ReportProgressMutation);
  const [, revise] = useMutation(UpdateProgressReportMutation);
  const required = { required: t('common:required') };
  const lockedPeriod = useLockedPeriod(programmeId, form.watch('reportedOn'));

  const save = form.submit(async (values) => {
    setFileError(undefined);
    const fields = { value: values.value.trim(), reportedOn: values.reportedOn, note: values.note.trim() || undefined, evidenceUrl: values.evidenceUrl.trim() || undefined };
    const result = revising
      ? await revise({ input: { id: revising.id, version: revising.version, ...fields } })
      : await report({ input: { indicatorId, ...fields } });
    if (isPeriodLocked(result.error)) return form.showProblems({ reportedOn: t('periodLocked') });
    // The service's one check without a rule name: a date in the future.
    if (fieldProblems(result.error).some((p) => p.path === 'reportedOn' && !p.constraint)) return form.showProblems({ reportedOn: t('reportedOnFuture') });
    if (result.error || !result.data) return result.error && form.showApiError(result.error);
    const saved = 'reportProgress' in result.data ? result.data.reportProgress : result.data.updateProgressReport;
    if (file) {
      // The report exists now; its file goes to the REST endpoint (GraphQL does not carry files).
      const res = await authorizedFetch(`${apiOrigin}/follow-up/progress/${saved.id}/evidence?fileName=${encodeURIComponent(file.name)}`, {
        method: 'POST',
        headers: { 'content-type': file.type || 'application/octet-stream' },
        body: file,
      });
      if (!res.ok) {
        const problem = res.status === 413 ? t('evidenceTooLarge') : res.status === 400 ? t('evidenceTypeRefused') : await restProblem(res);
        setFileError(t('evidenceUploadFailed', { problem }));
        notify(t('reportSavedFileFailed'), 'error');
        form.reset(BLANK());
        onSaved();
        return;
      }
    }
    notify(revising ? t('reportRevised') : t('reportSaved'), 'success');
    form.reset(BLANK());
    setFile(null);
    onSaved();
  });

  return (
    <form ref={form.formRef} className="lr-form lr-card lr-follow-up-report-form" onSubmit={save} noValidate aria-labelledby="report-heading">
      <h2 id="report-heading">{revising ? t('reviseReport') : t('reportProgress')}</h2>
      <FormBanner form={form} onReload={revising ? onCancel : undefined} />
      {lockedPeriod && (
        <p className="lr-follow-up-locked" role="status">
          {t('periodLockedNotice', { label: lockedPeriod.label, from: lockedPeriod.startsOn, to: lockedPeriod.endsOn })}
        </p>
      )}
      <div className="lr-form-grid">
        <TextField
          label={unit ? t('valueIn', { unit }) : t('value')}
          inputMode="decimal"
          required
          hint={t('valueHint')}
          {...form.field('value', { ...required, pattern: { value: DECIMAL, message: t('valueNotDecimal') } })}
        />
        <TextField
          label={t('reportedOn')}
          type="date"
          required
          max={today()}
          hint={t('reportedOnHint')}
          {...form.field('reportedOn', { ...required, validate: (v) => v <= today() || t('reportedOnFuture') })}
        />
      </div>
      <TextArea label={t('note')} rows={3} {...form.field('note')} />
      <TextField
        label={t('evidenceUrl')}
        type="url"
        hint={t('evidenceUrlHint')}
        {...form.field('evidenceUrl', { pattern: { value: /^https?:\/\/\S+$/i, message: t('evidenceUrlInvalid') } })}
      />
      <TextField
        label={t('evidenceFile')}
        type="file"
        hint={t('evidenceFileHint')}
        accept=".pdf,.jpg,.jpeg,.png,.webp,.csv,.xlsx,.docx"
        error={fileError}
        onChange={(e) => (setFile(e.target.files?.[0] ?? null), setFileError(undefined))}
      />
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {revising ? t('saveRevision') : t('saveReport')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('common:cancel')}</Button>}
      </div>
    </form>
  );
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The LOCKED reporting period that covers the day the form reports on, if any: said before saving, not only refused after. */
function useLockedPeriod(programmeId: string | undefined, day: string) {
  const [{ data }] = useQuery({ query: CoveringPeriodQuery, variables: { programmeId: programmeId ?? '', day }, pause: !programmeId || !DAY.test(day) });
  const period = data?.reportingPeriods.edges[0]?.node;
  return period?.status === 'LOCKED' ? period : null;
}
