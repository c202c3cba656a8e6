/** The action-plans section's words (ICU MessageFormat); shared words are in the `common` namespace. */
export const en = {
  sectionTitle: 'Action Plans',
} as const;
