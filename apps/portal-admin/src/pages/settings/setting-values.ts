/** A setting's field as the API describes it (kind and bounds). */
export interface SettingFieldShape {
  name: string;
  kind: 'INT' | 'CHOICE' | 'MONEY';
  min?: number | null;
  max?: number | null;
  options?: readonly string[] | null;
}

export interface MoneyText {
  amount: string;
  currency: string;
}

/** What the form holds for each field: text for a number or a choice, amount and currency for money. */
export type FieldText = string | MoneyText;
export interface SettingFormValues {
  value: Record<string, FieldText>;
}

const isMoney = (v: unknown): v is MoneyText =>
  typeof v === 'object' && v !== null && 'amount' in v && 'currency' in v;

/** The API's value (numbers, choices, money objects) as the form's texts. */
export function toFormValues(
  fields: readonly SettingFieldShape[],
  value: Record<string, unknown>,
): SettingFormValues {
  const texts: Record<string, FieldText> = {};
  for (const field of fields) {
    const v = value[field.name];
    texts[field.name] =
      field.kind === 'MONEY'
        ? isMoney(v)
          ? { amount: String(v.amount), currency: String(v.currency) }
          : { amount: '', currency: '' }
        : v === undefined || v === null
          ? ''
          : String(v);
  }
  return { value: texts };
}

/** The form's texts as the value the API takes: whole numbers for INT, the rest as typed (trimmed). */
export function fromFormValues(
  fields: readonly SettingFieldShape[],
  values: SettingFormValues,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const text = values.value[field.name];
    if (field.kind === 'MONEY') {
      const money = isMoney(text) ? text : { amount: '', currency: '' };
      out[field.name] = {
        amount: money.amount.trim(),
        currency: money.currency.trim().toUpperCase(),
      };
    } else if (field.kind === 'INT') out[field.name] = Number(String(text).trim());
    else out[field.name] = String(text);
  }
  return out;
}

/** A field's value shown as a default ("26", "USD 12000.00"); choices are worded by the caller. */
export function plainValue(field: SettingFieldShape, value: unknown): string {
  if (field.kind === 'MONEY' && isMoney(value)) return `${value.currency} ${value.amount}`;
  return value === undefined || value === null ? '' : String(value);
}
