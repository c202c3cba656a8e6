import { moveRefusal } from '@lr/portal-graphql';
import { Button, ConfirmDialog } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { actionRefusal } from '../components/refusals';
import { useSection } from '../components/section-context';
import type { SurveyStatus } from '../graphql/generated/graphql';
import { ChangeSurveyStatusMutation } from '../graphql/operations';

/** What a survey may lack before it is scheduled (the `missing` codes of the API's refusal). */
const MISSING = ['QUESTIONS', 'ROSTER', 'WINDOW'] as const;
type Missing = (typeof MISSING)[number];

/**
 * The moves the API offers on a survey, one button each. Opening (invitations go out) and
 * closing (no more answers) ask first; scheduling and going back to the draft do not.
 */
export function SurveyStatusMoves({ survey, onMoved }: { survey: { id: string; version: number; allowedMoves: SurveyStatus[] }; onMoved(): void }) {
  const { t } = useTranslation(['follow-up', 'common']);
  const { notify } = useSection();
  const [asking, setAsking] = useState<SurveyStatus | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [{ fetching }, change] = useMutation(ChangeSurveyStatusMutation);
  const careful = (to: SurveyStatus) => to === 'OPEN' || to === 'CLOSED';

  async function move(to: SurveyStatus) {
    setError(undefined);
    const result = await change({ surveyId: survey.id, toStatus: to, version: survey.version });
    if (result.error) {
      const why =
        result.error.graphQLErrors[0]?.extensions?.['code'] === 'PHASE_RULE'
          ? moveRefusal(result.error, {
              stateName: (s) => t(`surveyStatuses.${s as SurveyStatus}`),
              missing: (code) => (MISSING.includes(code as Missing) ? t(`surveyMissing.${code as Missing}`) : undefined),
            })
          : actionRefusal(result.error);
      if (asking) setError(why);
      else notify(why, 'error');
      return;
    }
    notify(t('surveyMoved', { status: t(`surveyStatuses.${to}`) }), 'success');
    setAsking(null);
    onMoved();
  }

  if (!survey.allowedMoves.length) return null;
  return (
    <div className="lr-form-actions lr-state-moves">
      {survey.allowedMoves.map((to) => (
        <Button key={to} variant={careful(to) ? 'secondary' : 'primary'} busy={fetching} onClick={() => (careful(to) ? (setError(undefined), setAsking(to)) : void move(to))}>
          {t(`surveyMoves.${to}`)}
        </Button>
      ))}
      <ConfirmDialog
        open={asking !== null}
        title={asking ? t(`surveyMoves.${asking}`) : ''}
        confirmLabel={asking ? t(`surveyMoves.${asking}`) : ''}
        error={error}
        busy={fetching}
        onConfirm={() => asking && void move(asking)}
        onCancel={() => setAsking(null)}
      >
        <p>{asking === 'OPEN' ? t('openSurveyText') : t('closeSurveyText')}</p>
      </ConfirmDialog>
    </div>
  );
}
