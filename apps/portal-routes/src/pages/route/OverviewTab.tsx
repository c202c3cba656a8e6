import { errorCode, errorMessage, moveRefusal } from '@lr/portal-graphql';
import { languageName, useFormat } from '@lr/portal-i18n';
import { ChangeHistory, StateMoves, type MoveSafety } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { PHASES } from '../../components/phases';
import { useSection } from '../../components/section-context';
import type { RouteDetailQuery, RoutePhase } from '../../graphql/generated/graphql';
import { AdvanceRoutePhaseMutation } from '../../graphql/operations';

type RouteDetail = NonNullable<RouteDetailQuery['route']>;

/** The route's phase (only the moves open to the user are buttons), its details and its phase history. */
export function OverviewTab({ route, onChanged }: { route: RouteDetail; onChanged(): void }) {
  const { t } = useTranslation(['routes', 'common']);
  const { language, canEdit, notify, basePath } = useSection();
  const format = useFormat();
  const [, advance] = useMutation(AdvanceRoutePhaseMutation);
  const current = PHASES.indexOf(route.phase);
  const phaseName = (p: RoutePhase) => t(`phases.${p}`);
  const isStepBack = (p: RoutePhase) => PHASES.indexOf(p) < current;

  // Closing ends the route's work and a step back undoes a phase: both are confirmed, with the
  // reason kept in the history. Moving on to the next phase of the work is one click.
  function safety(to: RoutePhase): MoveSafety {
    if (to === 'CLOSED') return { kind: 'confirm', title: t('confirmClose'), text: t('confirmCloseText'), confirmLabel: t('closeRoute'), danger: true, reason: 'required' };
    if (isStepBack(to)) {
      return { kind: 'confirm', title: t('confirmStepBack', { phase: phaseName(to) }), text: t('confirmStepBackText', { phase: phaseName(to) }), confirmLabel: t('stepBack'), reason: 'required' };
    }
    return { kind: 'direct' };
  }

  async function move(to: RoutePhase, reason: string | null): Promise<string | undefined> {
    const result = await advance({ routeId: route.id, toPhase: to, version: route.version, reason });
    if (result.error) {
      return errorCode(result.error) === 'PHASE_RULE'
        ? moveRefusal(result.error, { missing: (code) => (code === 'DATES' ? t('missingDates') : undefined), stateName: (s) => phaseName(s as RoutePhase) })
        : errorMessage(result.error);
    }
    notify(t('phaseMovedTo', { phase: phaseName(to) }), 'success');
    onChanged();
    return undefined;
  }

  return (
    <>
      <section className="lr-card" aria-labelledby="phase-heading">
        <h2 id="phase-heading">{t('phaseProgress')}</h2>
        <StateMoves
          layout="stepper"
          states={PHASES}
          current={route.phase}
          allowed={route.allowedNextPhases}
          canMove={canEdit}
          stateName={phaseName}
          moveLabel={(to) => (isStepBack(to) ? t('stepBackTo', { phase: phaseName(to) }) : t('moveTo', { phase: phaseName(to) }))}
          safety={safety}
          onMove={move}
        />
      </section>

      <section className="lr-card" aria-labelledby="details-heading">
        <h2 id="details-heading">{t('details')}</h2>
        <dl className="lr-details">
          <dt>{t('programme')}</dt>
          <dd>
            <Link to={`${basePath}?programme=${route.programme.id}`}>{route.programme.name}</Link>
          </dd>
          <dt>{t('hostCountry')}</dt>
          <dd>{route.hostCountry.name}</dd>
          <dt>{t('dates')}</dt>
          <dd>{format.dateRange(route.startDate, route.endDate)}</dd>
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

      <ChangeHistory title={t('history')} empty={t('noHistory')} changes={route.phaseHistory} stateName={phaseName} />
    </>
  );
}
