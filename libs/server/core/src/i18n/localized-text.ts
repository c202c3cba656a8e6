import { Column } from 'typeorm';
import { Field, InputType, ObjectType } from 'type-graphql';
import { IsOptional, IsString, MaxLength, ValidateBy, type ValidationOptions } from 'class-validator';
import { DEFAULT_LANGUAGE, LANGUAGES, Language } from './language';

/** Text written for others, in up to three languages. Stored as one jsonb column. */
export type LocalizedValue = Partial<Record<Language, string>>;

@ObjectType({ description: 'Every language version of a text, for editing' })
export class LocalizedText {
  @Field({ nullable: true }) en?: string;
  @Field({ nullable: true }) fr?: string;
  @Field({ nullable: true }) es?: string;
}

@InputType({ description: 'Language versions of a text; give at least one' })
export class LocalizedTextInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) en?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) fr?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) es?: string;
}

/** Keeps only non-blank versions, trimmed. */
export function cleanLocalized(input: LocalizedTextInput | LocalizedValue | null | undefined): LocalizedValue {
  const out: LocalizedValue = {};
  for (const lang of LANGUAGES) {
    const value = input?.[lang]?.trim();
    if (value) out[lang] = value;
  }
  return out;
}

export function hasAnyLanguage(value: LocalizedValue | null | undefined): boolean {
  return Object.keys(cleanLocalized(value)).length > 0;
}

/**
 * Reads a text in the wanted language, falling back to English, then to any version there is.
 * @example localize({ en: 'Peru route', fr: 'Route du Pérou' }, Language.ES) // 'Peru route'
 */
export function localize(value: LocalizedValue | null | undefined, language: Language): string | null {
  if (!value) return null;
  return value[language] || value[DEFAULT_LANGUAGE] || LANGUAGES.map((l) => value[l]).find(Boolean) || null;
}

/** class-validator rule: the localized text has at least one non-blank version. */
export function HasAnyLanguage(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'hasAnyLanguage',
      validator: {
        validate: (value: unknown) => hasAnyLanguage(value as LocalizedValue),
        defaultMessage: () => 'needs a text in at least one language (en, fr or es)',
      },
    },
    options,
  );
}

/**
 * A text people read in several languages, stored as one `jsonb` column `{ en, fr, es }` and
 * exposed by `localizedFieldsResolver`. Required texts have no default; optional ones start empty.
 *
 * @example @LocalizedColumn() title: LocalizedValue;  @LocalizedColumn({ optional: true }) summary: LocalizedValue;
 */
export function LocalizedColumn(options: { optional?: boolean } = {}): PropertyDecorator {
  return Column(options.optional ? { type: 'jsonb', default: () => "'{}'" } : { type: 'jsonb' });
}
