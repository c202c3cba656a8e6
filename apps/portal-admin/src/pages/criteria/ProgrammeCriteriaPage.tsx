import { errorMessage } from '@lr/portal-graphql';
import { Button, ConfirmDialog, ErrorPanel, PageHeader, Skeleton } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSection } from '../../components/section-context';
import type { AdminProgrammeCriteriaQuery } from '../../graphql/generated/graphql';
import {
  CopyCriteriaSetMutation,
  DeleteAssessmentCriterionMutation,
  ProgrammeCriteriaQuery,
} from '../../graphql/operations';
import { ChooseSetForm } from './ChooseSetForm';
import { CriteriaWeightsForm } from './CriteriaWeightsForm';
import { CriterionForm } from './CriterionForm';
import { copySetRefusal, criterionDeleteRefusal } from './criterion-refusal';
import { DefaultSetCriteria } from './DefaultSetCriteria';

type Criterion = AdminProgrammeCriteriaQuery['programmeCriteria']['criteria'][number];
type Source = AdminProgrammeCriteriaQuery['programmeCriteria']['source'];

const SOURCE_TEXT: Record<
  Source,
  'criteriaSourceOwn' | 'criteriaSourceChosen' | 'criteriaSourceFallback'
> = {
  OWN: 'criteriaSourceOwn',
  CHOSEN_SET: 'criteriaSourceChosen',
  FALLBACK: 'criteriaSourceFallback',
};

/**
 * One programme's assessment criteria: where they come from (its own, the default set it chose,
 * or the fallback), the choice of its default set, and its own set (add, edit, delete, weights).
 */
export function ProgrammeCriteriaPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['admin', 'common']);
  const { basePath, notify } = useSection();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ProgrammeCriteriaQuery,
    variables: { programmeId: id },
    requestPolicy: 'network-only',
  });
  // By id: after a reload the form edits the version stored now, never a stale copy.
  const [editingId, setEditingId] = useState<string | null>(null);
  const [doomed, setDoomed] = useState<Criterion | null>(null);
  const [refusal, setRefusal] = useState<string>();
  const [deleting, remove] = useMutation(DeleteAssessmentCriterionMutation);
  const [copying, copy] = useMutation(CopyCriteriaSetMutation);
  const [copyRefusal, setCopyRefusal] = useState<string>();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const setName = (key: string) =>
    t(`criteriaSetNames.${key}` as never, { defaultValue: key }) as string;

  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data?.programme)
    return <ErrorPanel title={errorMessage(error) ?? t('common:notFound')} />;

  const { programme, programmeCriteria: current } = data;
  const own = current.source === 'OWN';
  const editing = (own && current.criteria.find((c) => c.id === editingId)) || null;

  /** Starts the programme's own set from the set it assesses with now, to adjust from there. */
  async function copySet(setKey: string) {
    setCopyRefusal(undefined);
    const result = await copy({ programmeId: id, setKey });
    if (result.error) return setCopyRefusal(copySetRefusal(result.error));
    notify(t('setCopied'), 'success');
    reload();
  }

  async function confirmDelete() {
    if (!doomed) return;
    const result = await remove({ id: doomed.id, version: doomed.version });
    if (result.error) return setRefusal(criterionDeleteRefusal(result.error));
    if (editingId === doomed.id) setEditingId(null);
    setDoomed(null);
    notify(t('criterionDeleted'), 'success');
    reload();
  }

  return (
    <>
      <PageHeader
        title={t('programmeCriteriaTitle', { name: programme.name })}
        breadcrumbs={[
          { label: t('programmesTitle'), to: basePath },
          { label: programme.name, to: `${basePath}/programmes/${programme.id}` },
        ]}
      />
      <p>{t(SOURCE_TEXT[current.source], { set: setName(current.setKey) })}</p>
      {!own && <p>{t('noOwnCriteria')}</p>}
      <ChooseSetForm
        // Starts again from what is stored after each choice.
        key={current.chosenSetKey ?? ''}
        programmeId={programme.id}
        setKeys={data.assessmentCriteriaSets}
        current={current.chosenSetKey ?? (own ? data.assessmentCriteriaSets[0] : current.setKey)}
        chosen={!!current.chosenSetKey}
        hasOwn={own}
        setName={setName}
        onChosen={() => {
          notify(t('setChosen'), 'success');
          reload();
        }}
      />
      {own ? (
        <CriteriaWeightsForm
          // A new form per saved version, so its rows start from what is stored.
          key={current.criteria.map((c) => `${c.id}:${c.version}`).join(',')}
          set={{ programmeId: programme.id }}
          setName={t('ownSetName')}
          criteria={current.criteria}
          rowActions={(row) => {
            const criterion = current.criteria.find((c) => c.id === row.id) as Criterion;
            return (
              <>
                <Button
                  aria-label={`${t('edit')}: ${criterion.name}`}
                  onClick={() => setEditingId(criterion.id)}
                >
                  {t('edit')}
                </Button>
                <Button
                  variant="danger"
                  aria-label={`${t('delete')}: ${criterion.name}`}
                  onClick={() => {
                    setRefusal(undefined);
                    setDoomed(criterion);
                  }}
                >
                  {t('delete')}
                </Button>
              </>
            );
          }}
          onSaved={() => {
            notify(t('weightsSaved'), 'success');
            reload();
          }}
          onReload={reload}
        />
      ) : (
        <>
          <DefaultSetCriteria
            setKey={current.setKey}
            setName={setName(current.setKey)}
            criteria={current.criteria}
          />
          <p>{t('copySetHint')}</p>
          <div className="lr-form-actions">
            <Button busy={copying.fetching} onClick={() => copySet(current.setKey)}>
              {t('copySet', { set: setName(current.setKey) })}
            </Button>
          </div>
          {copyRefusal && (
            <p className="lr-field__error" role="alert">
              {copyRefusal}
            </p>
          )}
        </>
      )}
      <CriterionForm
        key={editing ? `${editing.id}:${editing.version}` : 'new'}
        programmeId={programme.id}
        editing={editing}
        first={!own}
        onDone={() => {
          setEditingId(null);
          reload();
        }}
        onCancel={() => setEditingId(null)}
        onReload={reload}
      />
      <p>
        <Link to={`${basePath}/programmes/${programme.id}`}>{t('editProgramme')}</Link>
      </p>
      <ConfirmDialog
        open={!!doomed}
        danger
        title={t('deleteCriterionTitle', { name: doomed?.name ?? '' })}
        confirmLabel={t('delete')}
        busy={deleting.fetching}
        error={refusal}
        onConfirm={confirmDelete}
        onCancel={() => setDoomed(null)}
      >
        <p>{t('deleteCriterionBody')}</p>
      </ConfirmDialog>
    </>
  );
}
