import { errorCode, errorMessage, fieldErrors } from '@lr/portal-graphql';
import { useMemo, useState } from 'react';
import type { CombinedError } from 'urql';
import { Button } from './Button';
import { ErrorPanel } from './ErrorPanel';

export interface FormOutcome {
  /** Messages keyed by field path without `input.`, e.g. `endDate` or `title`. */
  fields: Record<string, string>;
  /** Someone saved the record since it was read. */
  stale: boolean;
  message?: string;
}

const NONE: FormOutcome = { fields: {}, stale: false };

/** Turns a save's error into what a form shows: field messages, a stale-edit notice, or a message. */
export function useFormOutcome() {
  const [outcome, setOutcome] = useState<FormOutcome>(NONE);
  const actions = useMemo(
    () => ({
      clear: () => setOutcome(NONE),
      /** For checks made in the browser before sending, e.g. a required select left empty. */
      setFields: (fields: Record<string, string>) => setOutcome({ fields, stale: false }),
      fromError(error: CombinedError | undefined) {
        if (!error) return setOutcome(NONE);
        const fields = fieldErrors(error);
        const stale = errorCode(error) === 'CONFLICT' && error.graphQLErrors[0]?.extensions?.['currentVersion'] !== undefined;
        setOutcome({ fields, stale, message: Object.keys(fields).length || stale ? undefined : errorMessage(error) });
      },
    }),
    [],
  );
  return { outcome, ...actions };
}

export interface FormBannerLabels {
  formHasErrors: string;
  staleEdit: string;
  reload: string;
}

/** The banner above a form: errors summary, or the stale-edit notice with a reload button. */
export function FormBanner({ outcome, onReload, labels }: { outcome: FormOutcome; onReload(): void; labels: FormBannerLabels }) {
  if (outcome.stale) {
    return (
      <div className="lr-notice" role="alert">
        <p>{labels.staleEdit}</p>
        <Button onClick={onReload}>{labels.reload}</Button>
      </div>
    );
  }
  if (Object.keys(outcome.fields).length) return <ErrorPanel title={labels.formHasErrors} />;
  if (outcome.message) return <ErrorPanel title={outcome.message} />;
  return null;
}
