/** What a letter body may name between braces, filled in for each traveller. */
export const PLACEHOLDERS = ['name', 'passportNumber', 'nationality', 'dateOfBirth', 'routeTitle', 'startDate', 'endDate', 'city', 'purpose'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const TOKEN = /\{([^{}]*)\}/g;
const KNOWN = new Set<string>(PLACEHOLDERS);

/**
 * What is wrong with a body's placeholders: each unknown one named (`{passport}`), and braces
 * that open or close no placeholder (`{name`), which would print as they are.
 */
export function placeholderProblems(text: string): { message: string; constraint: string }[] {
  const unknown = [...new Set([...text.matchAll(TOKEN)].map((m) => m[1]).filter((name) => !KNOWN.has(name)))];
  const problems = unknown.map((name) => ({ message: `{${name}} is not a placeholder; use ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`, constraint: 'knownPlaceholders' }));
  if (/[{}]/.test(text.replace(TOKEN, ''))) problems.push({ message: 'has a brace that opens or closes no placeholder', constraint: 'matchedBraces' });
  return problems;
}

/** The text with every placeholder replaced by its value. */
export function fillPlaceholders(text: string, values: Readonly<Record<Placeholder, string>>): string {
  return text.replace(TOKEN, (whole, name: string) => (KNOWN.has(name) ? values[name as Placeholder] : whole));
}
