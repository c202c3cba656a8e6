import { Button, DataTable, ErrorPanel, PageHeader, Skeleton } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { IndicatorStatusBadge, VerificationBadge } from '../components/labels';
import { formatNumber } from '../components/numbers';
import { ProgressChart } from '../components/ProgressChart';
import { useSection } from '../components/section-context';
import { TrackedIndicatorQuery } from '../graphql/operations';
import { ProgressForm, type RevisedReport } from './ProgressForm';
import { ReportActions } from './ReportActions';

/**
 * One indicator: where it stands (baseline, target, last verified value, status), its chart
 * with a table alternative, its reports with their verification, and the form to report a value.
 */
export function IndicatorPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation(['follow-up', 'common']);
  const { canEdit, user } = useSection();
  const [{ data, fetching, error }, reload] = useQuery({ query: TrackedIndicatorQuery, variables: { id } });
  const refresh = () => reload({ requestPolicy: 'network-only' });
  const [revising, setRevising] = useState<RevisedReport | null>(null);

  if (fetching && !data) return <Skeleton width="60%" />;
  if (error || !data?.trackedIndicator) return <ErrorPanel title={t('common:notFound')} />;
  const indicator = data.trackedIndicator;
  const fmt = (v: string | null | undefined) => (v ? `${formatNumber(v, i18n.language)}${indicator.unit ? ` ${indicator.unit}` : ''}` : '—');
  // Owners, follow-up editors and admins report; the API says no to anyone else, viewers do not get the form.
  const mayReport = canEdit || (user.role !== 'VIEWER' && user.role !== 'REVIEWER');

  return (
    <>
      <PageHeader title={indicator.name} breadcrumbs={[]} badge={<IndicatorStatusBadge status={indicator.status} />} />
      {indicator.objective && <p>{indicator.objective}</p>}
      <dl className="lr-follow-up-facts">
        <div>
          <dt>{t('route')}</dt>
          <dd>{indicator.route?.title ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('owner')}</dt>
          <dd>{indicator.owner?.fullName ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('baseline')}</dt>
          <dd>
            {fmt(indicator.baselineValue)} {indicator.baselineDate && `· ${indicator.baselineDate}`}
          </dd>
        </div>
        <div>
          <dt>{t('target')}</dt>
          <dd>
            {fmt(indicator.targetValue)} {indicator.targetDate && `· ${indicator.targetDate}`}
          </dd>
        </div>
        <div>
          <dt>{t('lastVerified')}</dt>
          <dd>{indicator.lastVerified ? `${fmt(indicator.lastVerified.value)} · ${indicator.lastVerified.reportedOn}` : t('noVerifiedValue')}</dd>
        </div>
        <div>
          <dt>{t('progressShare')}</dt>
          <dd>{indicator.progressShare ? `${formatNumber(indicator.progressShare, i18n.language)} %` : '—'}</dd>
        </div>
      </dl>

      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading">{t('progressChart')}</h2>
        <ProgressChart
          name={indicator.name}
          unit={indicator.unit}
          baselineValue={indicator.baselineValue}
          baselineDate={indicator.baselineDate}
          targetValue={indicator.targetValue}
          targetDate={indicator.targetDate}
          reports={indicator.progressReports}
        />
      </section>

      <section aria-labelledby="reports-heading">
        <h2 id="reports-heading">{t('reports')}</h2>
        <DataTable
          caption={t('reports')}
          rows={[...indicator.progressReports].reverse()}
          rowKey={(r) => r.id}
          empty={
            <>
              <p>{t('noReports')}</p>
              <p>{mayReport ? t('noReportsHint') : t('noReportsReadOnly')}</p>
            </>
          }
          columns={[
            { key: 'date', header: t('reportedOn'), render: (r) => r.reportedOn },
            { key: 'value', header: t('value'), render: (r) => fmt(r.value) },
            {
              key: 'verification',
              header: t('verification'),
              render: (r) => (
                <>
                  <VerificationBadge verification={r.verification} />
                  {r.verification === 'RETURNED' && r.returnReason && <p className="lr-follow-up-muted">{t('returnedBecause', { reason: r.returnReason })}</p>}
                </>
              ),
            },
            {
              key: 'note',
              header: t('note'),
              render: (r) => (
                <>
                  {r.note && <p>{r.note}</p>}
                  {r.evidenceUrl && (
                    <a href={r.evidenceUrl} target="_blank" rel="noreferrer">
                      {t('evidenceLink')}
                    </a>
                  )}
                  {r.hasEvidenceFile && r.evidenceFileUrl && <EvidenceDownload url={r.evidenceFileUrl} name={r.evidenceName ?? t('evidenceFile')} />}
                </>
              ),
            },
            {
              key: 'actions',
              header: t('actions'),
              render: (r) =>
                canEdit && r.verification === 'UNVERIFIED' ? (
                  <ReportActions report={r} label={t('reportLabel', { value: fmt(r.value), date: r.reportedOn })} onDone={refresh} />
                ) : mayReport && r.verification === 'RETURNED' ? (
                  <Button onClick={() => setRevising(r)} aria-label={t('reviseReportOf', { report: t('reportLabel', { value: fmt(r.value), date: r.reportedOn }) })}>
                    {t('revise')}
                  </Button>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </section>

      {mayReport &&
        (revising ? (
          <ProgressForm
            key={revising.id}
            indicatorId={indicator.id}
            programmeId={indicator.programmeId}
            unit={indicator.unit}
            revising={revising}
            onSaved={() => (setRevising(null), refresh())}
            onCancel={() => (setRevising(null), refresh())}
          />
        ) : (
          <ProgressForm indicatorId={indicator.id} programmeId={indicator.programmeId} unit={indicator.unit} onSaved={refresh} />
        ))}
    </>
  );
}

/** The evidence file, fetched with the session's credentials (a plain link would not carry them). */
function EvidenceDownload({ url, name }: { url: string; name: string }) {
  const { t } = useTranslation('follow-up');
  const { authorizedFetch, apiOrigin, notify } = useSection();
  async function open() {
    const res = await authorizedFetch(url.startsWith('http') ? url : `${apiOrigin}${url}`);
    if (!res.ok) return notify(t('evidenceDownloadFailed'), 'error');
    const blob = await res.blob();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }
  return (
    <button type="button" className="lr-button lr-button--link" onClick={() => void open()}>
      {t('downloadEvidence', { name })}
    </button>
  );
}
