/** The logistics section's words (ICU MessageFormat); shared words are in the `common` namespace. */
export const en = {
  sectionTitle: 'Logistics',
} as const;
