import i18next from 'i18next';

const t = (key: string, fallback: string) =>
  i18next.t(key as never, { ns: 'admin', defaultValue: fallback }) as string;

/**
 * The section's words for a setting, from its key (`delegations.compositionDefaults`): its title,
 * description and field labels. A setting a module adds before the section has words for it is
 * shown with the API's English description and the field's own name, not hidden.
 */
export const settingWords = {
  title: (key: string) => t(`settingWords.${key}.title`, key),
  description: (key: string, apiDescription: string) =>
    t(`settingWords.${key}.description`, apiDescription),
  field: (key: string, field: string) => t(`settingWords.${key}.fields.${field}`, field),
  option: (option: string) => t(`settingOptions.${option}`, option),
};
