import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { Language } from './language';
import { LocalizedText, localize, type LocalizedValue } from './localized-text';
import type { RequestContext } from '../context/request-context';
import { declareReads } from '../reads/read-declarations';

/**
 * Builds the resolver that exposes each localized column of `entity` twice:
 * `title(lang: Language): String` in the caller's language (argument, else Accept-Language,
 * with fallback), and `titleTranslations: LocalizedText!` with every version, for editing.
 *
 * @example
 *   export const RouteTextResolver = localizedFieldsResolver(LearningRoute, ['title', 'learningObjectives']);
 */
export function localizedFieldsResolver<T extends object>(
  entity: ClassType<T>,
  fields: { name: keyof T & string; nullable?: boolean; description?: string }[],
): ClassType {
  @Resolver(() => entity)
  class LocalizedFieldsResolver {}

  for (const field of fields) {
    const proto = LocalizedFieldsResolver.prototype as unknown as Record<string, unknown>;
    const textMethod = `${field.name}Text`;
    const allMethod = `${field.name}Translations`;

    proto[textMethod] = (root: T, lang: Language | undefined, ctx: RequestContext) =>
      localize(root[field.name] as LocalizedValue, lang ?? ctx.language) ?? (field.nullable ? null : '');
    proto[allMethod] = (root: T) => ({ ...((root[field.name] as LocalizedValue) ?? {}) });

    const describe = (name: string) => Object.getOwnPropertyDescriptor(proto, name) as PropertyDescriptor;
    // Decorators applied by hand get no compiler-emitted metadata; give type-graphql what it reads.
    Reflect.defineMetadata('design:paramtypes', [Object, String, Object], proto, textMethod);
    Reflect.defineMetadata('design:returntype', String, proto, textMethod);
    Reflect.defineMetadata('design:paramtypes', [Object], proto, allMethod);
    Reflect.defineMetadata('design:returntype', LocalizedText, proto, allMethod);
    // Both fields read the column of the same name (lists that look ahead select it).
    declareReads(LocalizedFieldsResolver, textMethod, [field.name]);
    declareReads(LocalizedFieldsResolver, allMethod, [field.name]);
    Root()(proto, textMethod, 0);
    Arg('lang', () => Language, { nullable: true, description: 'Defaults to the Accept-Language header' })(proto, textMethod, 1);
    Ctx()(proto, textMethod, 2);
    FieldResolver(() => String, {
      name: field.name,
      nullable: field.nullable,
      description: field.description ?? `In the caller's language, falling back to English, then to any version`,
    })(proto, textMethod, describe(textMethod));
    Root()(proto, allMethod, 0);
    FieldResolver(() => LocalizedText, { name: allMethod, description: `Every language version of ${field.name}` })(
      proto,
      allMethod,
      describe(allMethod),
    );
  }
  Object.defineProperty(LocalizedFieldsResolver, 'name', { value: `${entity.name}LocalizedFieldsResolver` });
  return LocalizedFieldsResolver;
}
