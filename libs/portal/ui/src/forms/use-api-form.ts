import { errorMessage, fieldErrors, isStaleVersion } from '@lr/portal-graphql';
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
import { formFieldFor } from './form-field-for';

/** The first control of a field showing a message, in the order the form shows them. */
const FIRST_INVALID_CONTROL = '.lr-field--invalid :is(input, select, textarea)';

export interface ApiFormOptions<Values extends FieldValues> extends Omit<UseFormProps<Values>, 'shouldFocusError'> {
  /**
   * Where the API's message about `apiPath` (without `input.`) goes when the form has no value
   * of that name, e.g. `(path) => (path === 'trainerName' ? 'trainer' : undefined)`.
   */
  fieldFor?(apiPath: string): FieldPath<Values> | undefined;
}

export interface ApiForm<Values extends FieldValues> extends UseFormReturn<Values> {
  /** Put on the <form>: the first invalid field is focused within it. */
  formRef: RefObject<HTMLFormElement | null>;
  /** `handleSubmit` that drops the last attempt's messages first and focuses the first invalid field. */
  submit(onValid: SubmitHandler<Values>): (event?: BaseSyntheticEvent) => Promise<void>;
  /**
   * Shows what the API refused: BAD_USER_INPUT messages next to their fields (those it cannot
   * place, in the banner), a CONFLICT on a stale version as the reload notice, anything else as a
   * message in the banner.
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
 * react-hook-form for a form that saves through the API: the API's field messages land on the
 * fields with `setError`, a stale save shows the reload notice (see `FormBanner`), and the first
 * invalid field takes the focus.
 *
 * @example
 *   const form = useApiForm<Values>({ defaultValues: BLANK });
 *   const save = form.submit(async (values) => {
 *     const result = await update({ input: values });
 *     if (result.error) return form.showApiError(result.error);
 *   });
 *   <form ref={form.formRef} onSubmit={save} noValidate><FormBanner form={form} onReload={reload} />…
 */
export function useApiForm<Values extends FieldValues>({ fieldFor, ...options }: ApiFormOptions<Values> = {}): ApiForm<Values> {
  const form = useForm<Values>({ ...options, shouldFocusError: false });
  const formRef = useRef<HTMLFormElement>(null);
  // Focus waits for the render that marks the fields invalid.
  const [focusRequests, setFocusRequests] = useState(0);
  const requestFocus = () => setFocusRequests((n) => n + 1);
  useEffect(() => {
    if (focusRequests) formRef.current?.querySelector<HTMLElement>(FIRST_INVALID_CONTROL)?.focus();
  }, [focusRequests]);

  // Read while rendering, so this component renders again when the messages change.
  const { errors } = form.formState;
  const errorOf = (name: string) => (get(errors, name) as FieldError | undefined)?.message;

  function showApiError(error: CombinedError) {
    if (isStaleVersion(error)) {
      form.setError('root.stale', { type: 'stale' });
      return;
    }
    const values = form.getValues();
    const problems = Object.entries(fieldErrors(error));
    const unplaced: string[] = [];
    for (const [path, message] of problems) {
      const name = fieldFor?.(path) ?? (formFieldFor(path, values) as FieldPath<Values> | undefined);
      if (!name) unplaced.push(message);
      // A list's items may each have a message; its one control shows the first.
      else if (!form.getFieldState(name).error) form.setError(name, { type: 'api', message });
    }
    if (unplaced.length || !problems.length) {
      form.setError('root.server', { type: 'api', message: unplaced.join(' ') || errorMessage(error) });
    }
    requestFocus();
  }

  function showProblems(problems: Partial<Record<FieldPath<Values>, string>>) {
    for (const [name, message] of Object.entries(problems) as [FieldPath<Values>, string | undefined][]) {
      if (message) form.setError(name, { type: 'browser', message });
    }
    requestFocus();
  }

  return {
    ...form,
    formRef,
    submit: (onValid) => async (event) => {
      form.clearErrors();
      await form.handleSubmit(onValid, requestFocus)(event);
    },
    showApiError,
    showProblems,
    field: (name, rules) => ({ ...form.register(name, rules), error: errorOf(name) }),
    errorOf,
  };
}
