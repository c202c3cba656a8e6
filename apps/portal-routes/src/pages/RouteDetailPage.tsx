import { errorCode, errorMessage, fieldErrors } from '@lr/portal-graphql';
import { languageName } from '@lr/portal-i18n';
import { Button, ChangeHistory, ConfirmDialog, ErrorPanel, Skeleton, TextField } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PhaseBadge } from '../components/PhaseBadge';
import { PHASES } from '../components/phases';
import { useSection } from '../components/section-context';
import type { RoutePhase } from '../graphql/generated/graphql';
import { AdvanceRoutePhaseMutation, DeleteRouteMutation, RouteDetailQuery } from '../graphql/operations';

export function RouteDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['routes', 'common']);
  const { language, canEdit, notify } = useSection();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: RouteDetailQuery,
    variables: { id },
  });
  const [, advance] = useMutation(AdvanceRoutePhaseMutation);
  const [, remove] = useMutation(DeleteRouteMutation);
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<{ message: string; reasonError?: string } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data?.route) {
    return (
      <ErrorPanel
        title={errorCode(error) === 'NOT_FOUND' ? t('common:notFound') : t('common:loadFailed')}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {errorCode(error) !== 'NOT_FOUND' && errorMessage(error)}
      </ErrorPanel>
    );
  }
  const route = data.route;
  const current = PHASES.indexOf(route.phase);
  const phaseName = (p: RoutePhase) => t(`phases.${p}`);

  async function moveTo(phase: RoutePhase) {
    setRefusal(null);
    const result = await advance({ routeId: route.id, toPhase: phase, version: route.version, reason: reason.trim() || null });
    if (result.error) {
      setRefusal({ message: errorMessage(result.error) ?? '', reasonError: fieldErrors(result.error)['reason'] });
      return;
    }
    setReason('');
    notify(t('phaseMoved', { phase: phaseName(phase) }), 'success');
    refetch({ requestPolicy: 'network-only' });
  }

  async function deleteRoute() {
    setConfirmDelete(false);
    const result = await remove({ id: route.id, version: route.version });
    if (result.error) notify(errorMessage(result.error) ?? '', 'error');
    else {
      notify(t('common:deleted'), 'success');
      navigate('..', { relative: 'path' });
    }
  }

  return (
    <>
      <p>
        <Link to="..">{t('common:back')}</Link>
      </p>
      <div className="lr-toolbar">
        <h1>{route.title}</h1>
        {canEdit && (
          <div className="lr-form-actions">
            <Link className="lr-button" to="edit">
              {t('common:edit')}
            </Link>
            <Button variant="danger" onClick={() => setConfirmDelete(true)}>
              {t('common:delete')}
            </Button>
          </div>
        )}
      </div>

      <section className="lr-card" aria-labelledby="phase-heading">
        <h2 id="phase-heading">{t('phaseProgress')}</h2>
        <ol className="lr-stepper">
          {PHASES.map((phase, i) => {
            const label = phaseName(phase);
            return (
              <li key={phase} className={i < current ? 'lr-stepper--done' : ''} aria-current={i === current ? 'step' : undefined}>
                {canEdit && i !== current ? (
                  <button
                    type="button"
                    className="lr-button--link lr-stepper__move"
                    aria-label={i < current ? t('stepBackTo', { phase: label }) : t('moveTo', { phase: label })}
                    onClick={() => moveTo(phase)}
                  >
                    {label}
                  </button>
                ) : (
                  label
                )}
              </li>
            );
          })}
        </ol>
        {canEdit && (
          <>
            <div className="lr-form-actions">
              {route.allowedNextPhases.map((phase) => {
                const forward = PHASES.indexOf(phase) > current;
                return (
                  <Button key={phase} variant={forward ? 'primary' : 'secondary'} onClick={() => moveTo(phase)}>
                    {forward ? t('moveTo', { phase: phaseName(phase) }) : t('stepBackTo', { phase: phaseName(phase) })}
                  </Button>
                );
              })}
            </div>
            <TextField
              label={t('reason')}
              hint={t('reasonHint')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={refusal?.reasonError}
            />
            {refusal && !refusal.reasonError && (
              <ErrorPanel title={t('phaseRefused')}>
                <p>{refusal.message}</p>
              </ErrorPanel>
            )}
          </>
        )}
      </section>

      <section className="lr-card" aria-labelledby="details-heading">
        <h2 id="details-heading">{t('details')}</h2>
        <dl className="lr-details">
          <dt>{t('programme')}</dt>
          <dd>{route.programme.name}</dd>
          <dt>{t('hostCountry')}</dt>
          <dd>{route.hostCountry.name}</dd>
          <dt>{t('phase')}</dt>
          <dd>
            <PhaseBadge phase={route.phase} />
          </dd>
          <dt>{t('dates')}</dt>
          <dd>{route.startDate ? `${route.startDate} – ${route.endDate ?? '…'}` : '—'}</dd>
          <dt>{t('duration')}</dt>
          <dd>{route.durationDays ? t('days', { count: route.durationDays }) : '—'}</dd>
          <dt>{t('workingLanguages')}</dt>
          <dd>{route.workingLanguages.map((l) => languageName(l.toLowerCase(), language)).join(', ')}</dd>
          <dt>{t('thematicAreas')}</dt>
          <dd>{route.thematicAreas.map((a) => a.name).join(' · ') || '—'}</dd>
        </dl>
        {route.summary && (
          <>
            <h3>{t('summary')}</h3>
            <p>{route.summary}</p>
          </>
        )}
        {route.learningObjectives && (
          <>
            <h3>{t('learningObjectives')}</h3>
            <p>{route.learningObjectives}</p>
          </>
        )}
      </section>

      <ChangeHistory
        title={t('history')}
        empty={t('noHistory')}
        changes={route.phaseHistory}
        stateName={phaseName}
      />

      <ConfirmDialog
        open={confirmDelete}
        title={t('confirmDeleteRoute')}
        confirmLabel={t('common:delete')}
        danger
        onConfirm={deleteRoute}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>{t('confirmDeleteRouteText', { title: route.title })}</p>
      </ConfirmDialog>
    </>
  );
}
