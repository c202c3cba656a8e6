import { useId, type ComponentProps, type ReactNode } from 'react';

interface FieldFrameProps {
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  children: (ids: { id: string; describedBy?: string }) => ReactNode;
}

/** Label, control, hint and error message, wired for screen readers. */
function FieldFrame({ label, error, hint, required, children }: FieldFrameProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`lr-field ${error ? 'lr-field--invalid' : ''}`}>
      <label htmlFor={id} className="lr-field__label">
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {children({ id, describedBy })}
      {hint && (
        <p id={hintId} className="lr-field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="lr-field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

type Common = { label: string; error?: string; hint?: string };

// The controls take `ref` like the elements they wrap (React 19 passes it as a prop), so a
// form library can register them: `<TextField {...form.field('title')} />`.

export function TextField({
  label,
  error,
  hint,
  required,
  ...input
}: Common & ComponentProps<'input'>) {
  return (
    <FieldFrame label={label} error={error} hint={hint} required={required}>
      {({ id, describedBy }) => (
        <input
          id={id}
          className="lr-input"
          aria-invalid={!!error}
          aria-describedby={describedBy}
          required={required}
          {...input}
        />
      )}
    </FieldFrame>
  );
}

export function TextArea({
  label,
  error,
  hint,
  required,
  ...input
}: Common & ComponentProps<'textarea'>) {
  return (
    <FieldFrame label={label} error={error} hint={hint} required={required}>
      {({ id, describedBy }) => (
        <textarea
          id={id}
          className="lr-input"
          rows={4}
          aria-invalid={!!error}
          aria-describedby={describedBy}
          required={required}
          {...input}
        />
      )}
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({
  label,
  error,
  hint,
  required,
  options,
  placeholder,
  ...select
}: Common & ComponentProps<'select'> & { options: Option[]; placeholder?: string }) {
  return (
    <FieldFrame label={label} error={error} hint={hint} required={required}>
      {({ id, describedBy }) => (
        <select
          id={id}
          className="lr-input"
          aria-invalid={!!error}
          aria-describedby={describedBy}
          required={required}
          {...select}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/** A group of checkboxes for a multi-valued field, e.g. working languages. */
export function CheckboxGroup({
  legend,
  options,
  value,
  onChange,
  error,
}: {
  legend: string;
  options: Option[];
  value: string[];
  onChange(next: string[]): void;
  error?: string;
}) {
  const errorId = useId();
  const optionId = useId();
  return (
    <fieldset
      className={`lr-field lr-checkboxes ${error ? 'lr-field--invalid' : ''}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="lr-field__label">{legend}</legend>
      {options.map((o, i) => (
        <label key={o.value} className="lr-checkbox">
          <input
            id={`${optionId}-${i}`}
            type="checkbox"
            checked={value.includes(o.value)}
            onChange={(e) =>
              onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))
            }
          />
          {o.label}
        </label>
      ))}
      {error && (
        <p id={errorId} className="lr-field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
