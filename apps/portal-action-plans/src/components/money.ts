/** ISO 4217 codes as the browser's Intl knows them (the API checks against the same list). */
export function currencyCodes(): string[] {
  try {
    return Intl.supportedValuesOf('currency');
  } catch {
    return ['USD', 'EUR', 'GBP', 'XOF', 'PEN', 'GTQ', 'TZS', 'LAK', 'SLE'];
  }
}

/** "USD — US Dollar" in the page's language. */
export function currencyOptions(language: string): { value: string; label: string }[] {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([language], { type: 'currency' });
  } catch {
    names = null;
  }
  return currencyCodes().map((code) => ({ value: code, label: names ? `${code} — ${names.of(code) ?? code}` : code }));
}

/** How many decimals a currency has (USD 2, XOF 0). */
export function decimalsOf(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

const AMOUNT = /^\d{1,15}(\.\d{1,4})?$/;

/**
 * What is wrong with an amount typed for a currency, checked before sending as the API would:
 * `format` (not a positive decimal), `decimals` (more decimals than the currency has), or null.
 * A comma as the decimal mark is read as a point.
 */
export function amountProblem(amount: string, currency: string): { kind: 'format' } | { kind: 'decimals'; digits: number } | null {
  const value = normalizeAmount(amount);
  if (!AMOUNT.test(value)) return { kind: 'format' };
  const decimals = value.split('.')[1]?.length ?? 0;
  const digits = decimalsOf(currency);
  return decimals > digits ? { kind: 'decimals', digits } : null;
}

/** "1 200,50" → "1200.50": spaces dropped, a comma taken as the decimal mark. */
export function normalizeAmount(amount: string): string {
  return amount.trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
}
