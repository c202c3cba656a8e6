import { getMetadataStorage, validate } from 'class-validator';
import { ValidationError, fieldProblems } from '../errors';

/** The query string's value of a key: the first of several, and nothing for an empty one. */
function single(value: unknown): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/** `?phases=A,B` or `?phases=A&phases=B`. */
function several(value: unknown): string[] | undefined {
  const list = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string').flatMap((v) => v.split(','));
  const cleaned = list.map((v) => v.trim()).filter(Boolean);
  return cleaned.length ? cleaned : undefined;
}

/** A value as the filter's field declares it (TypeScript's emitted design type): text, list, yes/no or number. */
function asDeclared(target: object, key: string, raw: unknown): unknown {
  const type = Reflect.getMetadata?.('design:type', target, key) as unknown;
  if (type === Array) return several(raw);
  const text = single(raw);
  if (text === undefined) return undefined;
  if (type === Boolean) return text === 'true' ? true : text === 'false' ? false : text;
  if (type === Number) return Number.isFinite(Number(text)) ? Number(text) : text;
  return text;
}

/**
 * A list's GraphQL filter (its `@InputType` class) read from a download's query string, so an
 * export takes exactly the filters the list takes, under the same names, validated by the same
 * rules: a bad value is BAD_USER_INPUT naming the parameter. Keys the filter does not have are
 * ignored (`lang` and the like). The filter's fields are those with a validation rule.
 *
 * @example const filter = await filterFromQuery(RouteFilter, req.query);
 */
export async function filterFromQuery<F extends object>(type: new () => F, query: Record<string, unknown>): Promise<F> {
  const filter = new type();
  const keys = new Set(getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).map((m) => m.propertyName));
  for (const key of keys) {
    const value = asDeclared(filter, key, query[key]);
    if (value !== undefined) (filter as Record<string, unknown>)[key] = value;
  }
  const problems = fieldProblems(await validate(filter, { forbidUnknownValues: false }), '');
  if (problems.length) throw new ValidationError(problems);
  return filter;
}
