/** An amount as typed: digits with at most one decimal separator (a comma is read as a point). */
const AMOUNT = /^\d{1,13}([.,]\d{1,3})?$/;

/** The amount as the API reads it ("1234.5"), or null when the text is not one. */
export function amountOf(text: string): string | null {
  const trimmed = text.trim().replace(/\s/g, '');
  return AMOUNT.test(trimmed) ? trimmed.replace(',', '.') : null;
}

/** A MoneyInput from a form's amount and currency; undefined when no amount was typed. */
export function moneyInput(amount: string, currency: string): { amount: string; currency: string } | undefined {
  const value = amountOf(amount);
  return value === null || !currency ? undefined : { amount: value, currency };
}

/** An exchange rate as typed: a positive decimal ("0.79", "3,72"). */
export function rateOf(text: string): string | null {
  const trimmed = text.trim().replace(',', '.');
  return /^\d{1,10}(\.\d{1,10})?$/.test(trimmed) && Number(trimmed) > 0 ? trimmed : null;
}
