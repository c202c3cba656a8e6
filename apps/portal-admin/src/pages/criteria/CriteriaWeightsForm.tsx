import { Button, TextField, useUnsavedChanges } from '@lr/portal-ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { SetCriteriaWeightsMutation } from '../../graphql/operations';
import { MAX_WEIGHT, MIN_WEIGHT, parseWeight, sharePercent, weightTotal } from './criteria-weights';
import { weightsRefusal, type WeightsRefusal } from './weights-refusal';

export interface CriterionRow {
  id: string;
  version: number;
  code: string;
  name: string;
  weight: number;
}

/** The set whose weights are edited, as the API names it: a default set, or a programme's own. */
export type WeightsSet = { setKey: string } | { programmeId: string };

interface Props {
  set: WeightsSet;
  setName: string;
  criteria: readonly CriterionRow[];
  /** Buttons for one criterion (edit, delete), shown on its row. */
  rowActions?(criterion: CriterionRow): ReactNode;
  onSaved(): void;
  onReload(): void;
}

/**
 * A set's weights, one row per criterion, with the total and each criterion's share updated as
 * the admin types; saved together in one call (the API refuses the whole save if anyone changed
 * the set meanwhile).
 */
export function CriteriaWeightsForm({
  set,
  setName,
  criteria,
  rowActions,
  onSaved,
  onReload,
}: Props) {
  const { t } = useTranslation(['admin', 'common']);
  const [texts, setTexts] = useState(() => criteria.map((c) => String(c.weight)));
  const [refusal, setRefusal] = useState<WeightsRefusal>({ rows: {} });
  const [saving, save] = useMutation(SetCriteriaWeightsMutation);
  const total = weightTotal(texts);
  const dirty = texts.some((text, i) => text !== String(criteria[i]?.weight));
  useUnsavedChanges(() => dirty);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const weights = texts.map(parseWeight);
    const invalid = Object.fromEntries(
      weights.flatMap((w, i) => (w === null ? [[i, t('weightRange')]] : [])),
    );
    if (Object.keys(invalid).length)
      return setRefusal({ rows: invalid, message: t('weightsInvalid') });
    setRefusal({ rows: {} });
    const result = await save({
      input: {
        ...set,
        weights: criteria.map((c, i) => ({
          criterionId: c.id,
          weight: weights[i] as number,
          version: c.version,
        })),
      },
    });
    if (result.error) return setRefusal(weightsRefusal(result.error));
    onSaved();
  }

  return (
    <form className="lr-form" onSubmit={submit} noValidate aria-labelledby="admin-weights-title">
      <h2 id="admin-weights-title">{t('weightsOf', { name: setName })}</h2>
      <p>{t('weightsHint', { min: MIN_WEIGHT, max: MAX_WEIGHT })}</p>
      {criteria.length === 0 ? (
        <p>{t('noCriteria')}</p>
      ) : (
        <ol className="admin-weights">
          {criteria.map((c, i) => {
            const share = sharePercent(texts[i], total);
            return (
              <li key={c.id} className="admin-weights__row">
                <TextField
                  label={c.name}
                  hint={c.code}
                  inputMode="numeric"
                  value={texts[i]}
                  error={refusal.rows[i]}
                  onChange={(e) => {
                    const next = [...texts];
                    next[i] = e.target.value;
                    setTexts(next);
                  }}
                />
                <span className="admin-weights__share">
                  {share === null ? '–' : t('weightShare', { share })}
                </span>
                {/* The common actions row: buttons side by side, wrapping on a phone. */}
                {rowActions && <span className="lr-form-actions">{rowActions(c)}</span>}
              </li>
            );
          })}
        </ol>
      )}
      {/* Read out as the admin types, so the effect of a weight is heard as well as seen. */}
      <p className="admin-weights__total" role="status" aria-live="polite">
        {t('weightsTotal', { total })}
      </p>
      {refusal.message && (
        <div className="lr-field__error" role="alert">
          <p>{refusal.message}</p>
          {refusal.reload && <Button onClick={onReload}>{t('common:reload')}</Button>}
        </div>
      )}
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={saving.fetching} disabled={!criteria.length}>
          {t('common:save')}
        </Button>
      </div>
    </form>
  );
}
