import { errorMessage } from '@lr/portal-graphql';
import { Button, SelectField } from '@lr/portal-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ChooseProgrammeCriteriaSetMutation } from '../../graphql/operations';

interface Props {
  programmeId: string;
  /** The keys of the default sets, as the API lists them. */
  setKeys: readonly string[];
  /** The set the programme chose, or the one it falls back on: what the list starts on. */
  current: string;
  chosen: boolean;
  hasOwn: boolean;
  setName(key: string): string;
  onChosen(): void;
}

/** Which default set the programme assesses with while it has no criteria of its own. */
export function ChooseSetForm({
  programmeId,
  setKeys,
  current,
  chosen,
  hasOwn,
  setName,
  onChosen,
}: Props) {
  const { t } = useTranslation(['admin', 'common']);
  const [setKey, setSetKey] = useState(current);
  const [problem, setProblem] = useState<string>();
  const [choosing, choose] = useMutation(ChooseProgrammeCriteriaSetMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    const result = await choose({ programmeId, setKey });
    if (result.error) return setProblem(errorMessage(result.error));
    onChosen();
  }

  return (
    <form
      className="lr-form lr-card"
      onSubmit={submit}
      noValidate
      aria-labelledby="admin-choose-set-title"
    >
      <h2 id="admin-choose-set-title">{t('chooseSetTitle')}</h2>
      <SelectField
        label={t('criteriaSet')}
        hint={hasOwn ? t('chooseSetOwnHint') : t('chooseSetHint')}
        value={setKey}
        onChange={(e) => setSetKey(e.target.value)}
        error={problem}
        options={setKeys.map((key) => ({ value: key, label: setName(key) }))}
      />
      <div className="lr-form-actions">
        {/* Choosing the set already in use still records the choice, so it is offered until made. */}
        <Button type="submit" busy={choosing.fetching} disabled={chosen && setKey === current}>
          {t('useThisSet')}
        </Button>
      </div>
    </form>
  );
}
