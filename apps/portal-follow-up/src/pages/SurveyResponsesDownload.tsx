import { Button, refusalOf, saveDownload } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { wordsForConstraint } from '../components/refusals';
import { useSection } from '../components/section-context';

/**
 * The survey's answers as CSV (`GET /follow-up/surveys/:id/responses.csv`), fetched with the
 * session's credentials. For an anonymous survey the button says the file holds neither names
 * nor dates: the API leaves them out for everyone, admins included.
 */
export function SurveyResponsesDownload({ surveyId, anonymous }: { surveyId: string; anonymous: boolean }) {
  const { t } = useTranslation(['follow-up', 'common']);
  const { apiOrigin, authorizedFetch, notify } = useSection();
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    try {
      const res = await authorizedFetch(`${apiOrigin}/follow-up/surveys/${surveyId}/responses.csv`);
      if (!res.ok) {
        const refusal = await refusalOf(res);
        const constraint = typeof refusal.extensions['constraint'] === 'string' ? refusal.extensions['constraint'] : undefined;
        return notify(t('downloadFailed', { problem: wordsForConstraint(constraint) ?? (refusal.code ? t(`common:errors.${refusal.code}` as never) : refusal.message) }), 'error');
      }
      await saveDownload(res, `survey-${surveyId}-responses.csv`);
    } catch (error) {
      notify(t('downloadFailed', { problem: error instanceof Error ? error.message : String(error) }), 'error');
    } finally {
      setBusy(false);
    }
  }

  return (
    <p>
      <Button busy={busy} onClick={() => void download()}>
        {anonymous ? t('downloadResponsesAnonymous') : t('downloadResponses')}
      </Button>
    </p>
  );
}
