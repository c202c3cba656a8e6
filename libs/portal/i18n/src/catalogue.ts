import type { PortalLanguage } from '@lr/portal-shell-contract';

/**
 * The shape every translation of a namespace follows: the English messages' keys, with any
 * text as values. English is written `as const` (so `t()` knows each message's ICU arguments);
 * French and Spanish are typed `Messages<typeof en>`, so a missing or extra key fails to compile.
 *
 * @example export const fr: Messages<typeof en> = { save: 'Enregistrer', … };
 */
export type Messages<English> = {
  -readonly [Key in keyof English]: English[Key] extends string ? string : Messages<English[Key]>;
};

/** A namespace's messages in each portal language. */
export type Catalogue<English> = Record<PortalLanguage, Messages<English>>;

type TextKey<English> = { [Key in keyof English]: English[Key] extends string ? Key : never }[keyof English] & string;

/**
 * One message in every language, for what the shell shows without rendering the section (its
 * title and navigation labels in `SectionModule`).
 */
export function labelsOf<English>(catalogue: Catalogue<English>, key: TextKey<English>): Record<PortalLanguage, string> {
  return {
    en: catalogue.en[key] as string,
    fr: catalogue.fr[key] as string,
    es: catalogue.es[key] as string,
  };
}
