import { errorMessage, fieldProblems, isStaleVersion, translateFieldProblem, type FieldMessages } from '@lr/portal-graphql';
import { useEffect, useRef, useState, type BaseSyntheticEvent, type RefObject } from 'react';
import {
  get,
  useForm,
  type FieldError,
  type FieldPath,
  type FieldValues,
  type RegisterOptions,
  type SubmitHandler,
  type UseFormProps,
  type UseFormRegisterReturn,
  type UseFormReturn,
} from 'react-hook-form';
import type { CombinedError } from 'urql';
import { useUnsavedChanges } from '../unsaved-changes';
import { invalidFieldsOf, type SummaryEntry } from './error-summary-entries';
import { formFieldFor } from './form-field-for';

export interface ApiFormOptions<Values extends FieldValues> extends Omit<UseFormProps<Values>, 'shouldFocusError'> {
  /**
   * Where the API's message about `apiPath` (without `input.`) goes when the form has no value
   * of that name, e.g. `(path) => (path === 'trainerName' ? 'trainer' : undefined)`.
   */
  fieldFor?(apiPath: string): FieldPath<Values> | undefined;
  /**
   * The form's own words for a field's rule where the common ones say too little, e.g.
   * `{ languages: { matches: t('languagesHint') } }` (rules as class-validator names them).
   */
  messages?: FieldMessages;
}

export interface ApiForm<Values extends FieldValues> extends UseFormReturn<Values> {
  /** Put on the <form>: its fields are read for the summary after a failed submit. */
  formRef: RefObject<HTMLFormElement | null>;
  /** Put on the banner (FormBanner does): it takes the focus after a failed submit. */
  summaryRef: RefObject<HTMLDivElement | null>;
  /** The fields showing a message after the last failed submit, in the form's order. */
  summary: SummaryEntry[];
  /** `handleSubmit` that drops the last attempt's messages first and shows the summary when it fails. */
  submit(onValid: SubmitHandler<Values>): (event?: BaseSyntheticEvent) => Promise<void>;
  /**
   * Shows what the API refused: BAD_USER_INPUT messages (in the user's language) next to their
   * fields (those it cannot place, in the banner), a CONFLICT on a stale version as the reload
   * notice, anything else as a message in the banner.
   */
  showApiError(error: CombinedError): void;
  /** Shows problems found before sending (a check the rules cannot express), by field. */
  showProblems(problems: Partial<Record<FieldPath<Values>, string>>): void;
  /** A text input, text area, checkbox, radio or file input bound to a value, with its message. */
  field<Name extends FieldPath<Values>>(name: Name, rules?: RegisterOptions<Values, Name>): UseFormRegisterReturn<Name> & { error?: string };
  /** The message of a field, or of a group such as `title` when the API names the whole text. */
  errorOf(name: string): string | undefined;
}

/**
 * react-hook-form for a form that saves through the API: the rules are checked in the browser
 * first (every missing field at once), the API's field messages land on the fields in the
 * user's language, a stale save shows the reload notice (see `FormBanner`), a failed submit
 * moves the focus to a summary linking every problem to its field, and leaving with unsaved
 * changes asks first (the section's `UnsavedChangesGuard`).
 *
 * @example
 *   const form = useApiForm<Values>({ defaultValues: BLANK });
 *   const save = form.submit(async (values) => {
 *     const result = await update({ input: values });
 *     if (result.error) return form.showApiError(result.error);
 *   });
 *   <form ref={form.formRef} onSubmit={save} noValidate><FormBanner form={form} onReload={reload} />…
 */
export function useApiForm<Values extends FieldValues>({ fieldFor, messages, ...options }: ApiFormOptions<Values> = {}): ApiForm<Values> {
  const form = useForm<Values>({ ...options, shouldFocusError: false });
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [summary, setSummary] = useState<{ entries: SummaryEntry[]; shown: number }>({ entries: [], shown: 0 });
  // The summary is read from the fields once they render their messages, then it takes the focus.
  const [failures, setFailures] = useState(0);
  const failed = () => setFailures((n) => n + 1);
  useEffect(() => {
    if (failures) setSummary({ entries: invalidFieldsOf(formRef.current), shown: failures });
  }, [failures]);
  useEffect(() => {
    if (!summary.shown) return;
    const target = summaryRef.current ?? formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    target?.focus();
  }, [summary]);

  // Unsaved changes, except while a save is under way (it navigates away when it succeeds).
  const saving = useRef(false);
  const { isDirty, errors } = form.formState;
  useUnsavedChanges(() => isDirty && !saving.current);

  const errorOf = (name: string) => (get(errors, name) as FieldError | undefined)?.message;

  function showApiError(error: CombinedError) {
    if (isStaleVersion(error)) {
      form.setError('root.stale', { type: 'stale' });
      failed();
      return;
    }
    const values = form.getValues();
    const problems = fieldProblems(error);
    const unplaced: string[] = [];
    for (const problem of problems) {
      const message = translateFieldProblem(problem, messages);
      const name = fieldFor?.(problem.path) ?? (formFieldFor(problem.path, values) as FieldPath<Values> | undefined);
      if (!name) unplaced.push(message);
      // A list's items may each have a message; its one control shows the first.
      else if (!form.getFieldState(name).error) form.setError(name, { type: 'api', message });
    }
    if (unplaced.length || !problems.length) {
      form.setError('root.server', { type: 'api', message: unplaced.join(' ') || errorMessage(error, messages) });
    }
    failed();
  }

  function showProblems(problems: Partial<Record<FieldPath<Values>, string>>) {
    for (const [name, message] of Object.entries(problems) as [FieldPath<Values>, string | undefined][]) {
      if (message) form.setError(name, { type: 'browser', message });
    }
    failed();
  }

  return {
    ...form,
    formRef,
    summaryRef,
    summary: summary.entries,
    submit: (onValid) => async (event) => {
      form.clearErrors();
      await form.handleSubmit(async (values, e) => {
        saving.current = true;
        try {
          await onValid(values, e);
        } finally {
          saving.current = false;
        }
      }, failed)(event);
    },
    showApiError,
    showProblems,
    field: (name, rules) => ({ ...form.register(name, rules), error: errorOf(name) }),
    errorOf,
  };
}
