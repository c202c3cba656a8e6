import type { ComponentProps } from 'react';
import { useController, type FieldPath, type FieldValues, type RegisterOptions } from 'react-hook-form';
import { CheckboxGroup, SelectField, type Option } from '../fields';
import type { ApiForm } from './use-api-form';

interface Bound<Values extends FieldValues, Name extends FieldPath<Values>> {
  form: ApiForm<Values>;
  name: Name;
  rules?: Omit<RegisterOptions<Values, Name>, 'valueAsNumber' | 'valueAsDate' | 'setValueAs' | 'disabled'>;
}

/**
 * A select bound to a form value and kept controlled: its options often arrive after the value
 * (countries, people, programmes load on their own), and it must show the value once they do.
 */
export function FormSelect<Values extends FieldValues, Name extends FieldPath<Values>>({
  form,
  name,
  rules,
  ...select
}: Bound<Values, Name> & Omit<ComponentProps<typeof SelectField>, 'form' | 'name' | 'value' | 'onChange' | 'onBlur' | 'error'>) {
  const { field, fieldState } = useController({ control: form.control, name, rules });
  // The caller's props come after the binding's, so a `disabled` given here is kept.
  return <SelectField {...field} {...select} value={String(field.value ?? '')} error={fieldState.error?.message} />;
}

/** Checkboxes for a list value (working languages, thematic areas), bound to a form value. */
export function FormCheckboxGroup<Values extends FieldValues, Name extends FieldPath<Values>>({
  form,
  name,
  rules,
  legend,
  options,
}: Bound<Values, Name> & { legend: string; options: Option[] }) {
  const { field, fieldState } = useController({ control: form.control, name, rules });
  return (
    <CheckboxGroup
      legend={legend}
      options={options}
      value={(field.value as string[] | undefined) ?? []}
      onChange={field.onChange}
      error={fieldState.error?.message}
    />
  );
}
