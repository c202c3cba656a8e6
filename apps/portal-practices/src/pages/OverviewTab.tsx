import { errorCode, errorMessage, moveRefusal } from '@lr/portal-graphql';
import { ChangeHistory, StateMoves, type MoveSafety } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useSection } from '../components/section-context';
import type { PracticeDetailQuery, PracticeStatus } from '../graphql/generated/graphql';
import { ChangePracticeStatusMutation } from '../graphql/operations';
import { STATUSES } from './PracticesListPage';

type Practice = PracticeDetailQuery['practice'];

/** The practice's status (only the moves the API offers are buttons, each confirmed), details and history. */
export function OverviewTab({ practice, onChanged }: { practice: Practice; onChanged(): void }) {
  const { t } = useTranslation(['practices', 'common']);
  const { canEdit, notify } = useSection();
  const [, change] = useMutation(ChangePracticeStatusMutation);
  const statusName = (s: PracticeStatus) => t(`statuses.${s}`);

  // Nothing goes back in a practice's life, so every move is confirmed; a rejection is final
  // and keeps its reason for the practice's champions and later assessors.
  function safety(to: PracticeStatus): MoveSafety {
    if (to === 'REJECTED') return { kind: 'confirm', title: t('confirmReject'), text: t('confirmRejectText'), confirmLabel: t('reject'), danger: true, reason: 'required' };
    return { kind: 'confirm', title: t('confirmMove', { status: statusName(to) }), text: t('confirmMoveText', { status: statusName(to) }), confirmLabel: t('moveTo', { status: statusName(to) }), reason: 'optional' };
  }

  function describeMissing(code: string): string | undefined {
    if (code === 'COMPLETE_ASSESSMENT') return t('missingCompleteAssessment');
    if (code === 'CASE_DOCUMENT') return t('missingCaseDocument');
    const step = /^STEP:(\w+)$/.exec(code)?.[1];
    return step ? t('missingStep', { step: t(`stepNames.${step}` as 'stepNames.DESK_REVIEW') }) : undefined;
  }

  async function move(to: PracticeStatus, reason: string | null): Promise<string | undefined> {
    const result = await change({ practiceId: practice.id, toStatus: to, version: practice.version, reason });
    if (result.error) {
      return errorCode(result.error) === 'PHASE_RULE'
        ? moveRefusal(result.error, { missing: describeMissing, stateName: (s) => statusName(s as PracticeStatus) })
        : errorMessage(result.error);
    }
    notify(t('statusMoved', { status: statusName(to) }), 'success');
    onChanged();
    return undefined;
  }

  const texts: [string, string | null | undefined][] = [
    [t('summary'), practice.summary],
    [t('keySuccessFactors'), practice.keySuccessFactors],
    [t('lessonsLearned'), practice.lessonsLearned],
    [t('innovations'), practice.innovations],
    [t('evidence'), practice.evidence],
  ];

  return (
    <>
      <section className="lr-card" aria-labelledby="status-heading">
        <h2 id="status-heading">{t('statusActions')}</h2>
        <p>{statusName(practice.status)}</p>
        <StateMoves
          layout="buttons"
          states={STATUSES}
          current={practice.status}
          allowed={practice.allowedNextStatuses}
          canMove={canEdit}
          stateName={statusName}
          moveLabel={(to) => t('moveTo', { status: statusName(to) })}
          safety={safety}
          onMove={move}
          noMoves={t('noMoves')}
        />
      </section>

      <section className="lr-card" aria-labelledby="details-heading">
        <h2 id="details-heading">{t('details')}</h2>
        <dl className="lr-details">
          <dt>{t('country')}</dt>
          <dd>{practice.country.name}</dd>
          <dt>{t('locality')}</dt>
          <dd>{practice.locality || '—'}</dd>
          <dt>{t('level')}</dt>
          <dd>{t(`levels.${practice.level}`)}</dd>
          <dt>{t('thematicAreas')}</dt>
          <dd>{practice.thematicAreas.map((a) => a.name).join(' · ') || '—'}</dd>
          <dt>{t('leadingOrganisations')}</dt>
          <dd>
            <LinkList
              items={practice.leadingOrganisations.map((o) => ({
                key: o.id,
                label: o.acronym ? `${o.name} (${o.acronym})` : o.name,
                to: `/routes/organisations?q=${encodeURIComponent(o.name)}`,
              }))}
            />
          </dd>
          <dt>{t('practiceScore')}</dt>
          <dd>{practice.score === null || practice.score === undefined ? t('notScored') : t('scoreOutOf5', { score: practice.score })}</dd>
          <dt>{t('routes')}</dt>
          <dd>
            <LinkList items={practice.routes.map((r) => ({ key: r.id, label: r.title, to: `/routes/${r.id}` }))} />
          </dd>
        </dl>
        {texts
          .filter(([, text]) => text)
          .map(([heading, text]) => (
            <div key={heading}>
              <h3>{heading}</h3>
              <p>{text}</p>
            </div>
          ))}
      </section>

      <ChangeHistory title={t('history')} empty={t('noHistory')} changes={practice.statusHistory} stateName={statusName} />
    </>
  );
}

/** Records named on the page, each a link to its own page (in whichever section it lives). */
function LinkList({ items }: { items: { key: string; label: string; to: string }[] }) {
  if (!items.length) return <>—</>;
  return (
    <ul className="lr-inline-links">
      {items.map((item) => (
        <li key={item.key}>
          <Link to={item.to}>{item.label}</Link>
        </li>
      ))}
    </ul>
  );
}
