import { COMMON_NAMESPACE } from '@lr/portal-i18n';
import { useEffect, type ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useQuery, type TypedDocumentNode } from 'urql';
import { ErrorPanel } from '../ErrorPanel';
import { Skeleton } from '../Skeleton';

export interface RecordToEdit<Data, R, Values extends FieldValues> {
  /** The record's id when editing; none when the form creates one (nothing is read then). */
  id: string | undefined;
  /** The query reading the record to edit, by its id. */
  query: TypedDocumentNode<Data, { id: string }>;
  /** The record in the query's answer (null when there is none). */
  record(data: Data): R | null | undefined;
  /** The form's values for the record as read. */
  valuesOf(record: R): Values;
  form: Pick<UseFormReturn<Values>, 'reset'>;
}

/**
 * The record a create-or-edit form edits: read afresh (never from the cache, so the version
 * sent back is the stored one), and put in the form each time it is read (again, after a
 * reload), replacing its values and messages. `placeholder` is what the page shows instead
 * of the form while the record comes (a skeleton) or when there is none ("not found").
 */
export function useRecordToEdit<Data, R, Values extends FieldValues>({ id, query, record, valuesOf, form }: RecordToEdit<Data, R, Values>) {
  const { t } = useTranslation(COMMON_NAMESPACE);
  const [{ data, fetching, error }, reexecute] = useQuery<Data, { id: string }>({ query, variables: { id: id ?? '' }, pause: !id, requestPolicy: 'network-only' });
  const found = data ? (record(data) ?? undefined) : undefined;

  const { reset } = form;
  useEffect(() => {
    if (found) reset(valuesOf(found));
    // Only a new answer resets the form (`record` and `valuesOf` are new functions each render, the same in effect).
  }, [data, reset]);

  let placeholder: ReactNode = null;
  if (id && fetching && !data) placeholder = <Skeleton width="50%" />;
  else if (id && (error || (data && !found))) placeholder = <ErrorPanel title={t('notFound')} />;

  return { record: found, placeholder, reload: () => reexecute({ requestPolicy: 'network-only' }) };
}
