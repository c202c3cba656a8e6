import { useEffect, useRef, useState, type ComponentProps } from 'react';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { TextField, type Option } from '../fields';
import { FormSelect } from './bound-fields';

/**
 * The text of a search box and the term to ask the API for: the term follows the text once
 * typing pauses, so each key does not fire a request.
 */
export function useSearchTerm(delay = 300): {
  text: string;
  setText(text: string): void;
  term: string;
} {
  const [text, setText] = useState('');
  const [term, setTerm] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setTerm(text.trim()), delay);
    return () => clearTimeout(timer);
  }, [text, delay]);
  return { text, setText, term };
}

type SelectProps<Values extends FieldValues, Name extends FieldPath<Values>> = ComponentProps<
  typeof FormSelect<Values, Name>
>;

export type FormSearchSelectProps<
  Values extends FieldValues,
  Name extends FieldPath<Values>,
> = Omit<SelectProps<Values, Name>, 'options'> & {
  /** The search box's label, e.g. "Find a practice". */
  searchLabel: string;
  searchHint?: string;
  /** The box's text and the term it gives (from `useSearchTerm`); the caller queries with the term. */
  search: ReturnType<typeof useSearchTerm>;
  /** What the query found for the term. */
  options: Option[];
  /** The name of the value chosen when the form opened, which the search may not list. */
  chosenLabel?: string;
  /** Said under the select when the query found more than it lists ("Showing 20 of 85…"). */
  more?: string;
};

/**
 * Chooses one record among many: a search box narrowing a select of what the API finds. Both are
 * native, labelled controls, so it works with a keyboard, a screen reader and a thumb. The value
 * chosen stays offered, under its name, while a new search lists others.
 */
export function FormSearchSelect<Values extends FieldValues, Name extends FieldPath<Values>>({
  searchLabel,
  searchHint,
  search,
  options,
  chosenLabel,
  more,
  hint,
  ...select
}: FormSearchSelectProps<Values, Name>) {
  // Names of everything listed so far: a value chosen from an earlier search keeps its name.
  const seen = useRef(new Map<string, string>());
  for (const o of options) seen.current.set(o.value, o.label);
  const chosen = String(select.form.watch(select.name) ?? '');
  const missing = chosen !== '' && !options.some((o) => o.value === chosen);
  const listed = missing
    ? [{ value: chosen, label: seen.current.get(chosen) ?? chosenLabel ?? chosen }, ...options]
    : options;
  return (
    <>
      <TextField
        label={searchLabel}
        hint={searchHint}
        type="search"
        value={search.text}
        onChange={(e) => search.setText(e.target.value)}
      />
      <FormSelect
        {...(select as SelectProps<Values, Name>)}
        hint={[hint, more].filter(Boolean).join(' ') || undefined}
        options={listed}
      />
    </>
  );
}
