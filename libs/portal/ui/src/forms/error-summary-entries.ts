/** One problem of a form as its summary lists it: the field's label, its message, and where to go. */
export interface SummaryEntry {
  /** The id of the control to focus. */
  controlId: string;
  label: string;
  message: string;
}

const label = (field: Element) =>
  (field.querySelector(':scope > .lr-field__label, :scope > legend, :scope > .lr-checkbox')?.textContent ?? '').replace(/\s*\*\s*$/, '').trim();

/**
 * Reads the fields showing a message, in the order the form shows them. The field components
 * already render label, control and message together (`.lr-field--invalid`), so every kind of
 * field (text, select, checkbox group, per-language texts) is listed without registering anywhere.
 */
export function invalidFieldsOf(form: HTMLFormElement | null): SummaryEntry[] {
  if (!form) return [];
  return [...form.querySelectorAll('.lr-field--invalid')].flatMap((field) => {
    const control = field.querySelector<HTMLElement>('input, select, textarea');
    const message = field.querySelector('.lr-field__error')?.textContent?.trim();
    return control?.id && message ? [{ controlId: control.id, label: label(field), message }] : [];
  });
}
