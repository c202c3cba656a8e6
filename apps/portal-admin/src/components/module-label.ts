import i18next from 'i18next';

/** A module's name for people ("Follow-up" for `follow-up`); its code when the section has no words for it. */
export function moduleLabel(module: string): string {
  return i18next.t(`moduleNames.${module}` as never, {
    ns: 'admin',
    defaultValue: module,
  }) as string;
}
