import { useId, type ComponentProps } from 'react';

/**
 * One yes/no checkbox with its label, an optional hint and an error message, wired for screen
 * readers like the other fields (e.g. "Completed", "Consents to be contacted").
 */
export function CheckboxField({
  label,
  error,
  hint,
  ...input
}: { label: string; error?: string; hint?: string } & Omit<ComponentProps<'input'>, 'type'>) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`lr-field ${error ? 'lr-field--invalid' : ''}`}>
      <label htmlFor={id} className="lr-checkbox">
        <input
          id={id}
          type="checkbox"
          aria-invalid={!!error}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
          {...input}
        />
        {label}
      </label>
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
