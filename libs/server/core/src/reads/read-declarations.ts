import { getMetadataStorage } from 'type-graphql';

/** What a GraphQL field of an entity needs of its row, beyond the row's id and version. */
export interface ReadNeed {
  /** Properties (columns) of the entity the field reads. */
  columns: readonly string[];
  /**
   * The entity's to-one relation (a `@ManyToOne`) the field resolves. Lists and loaders that see
   * the field asked for join it into their own statement and put the row on that property.
   */
  relation?: string;
}

// Declarations by the class that carries them (a resolver, or the entity for its own getters
// and fields) and the member's name.
const declared = new Map<Function, Map<string, ReadNeed>>();

function declare(owner: Function, member: string, need: ReadNeed): void {
  const members = declared.get(owner) ?? new Map<string, ReadNeed>();
  const before = members.get(member);
  members.set(member, before ? { columns: [...before.columns, ...need.columns], relation: need.relation ?? before.relation } : need);
  declared.set(owner, members);
}

/**
 * Says which columns of its parent row a field resolver (or an entity's getter) reads, so that
 * lists and loaders which look ahead select them. The row's id and version are always there:
 * `@Reads()` with no column says "nothing more".
 *
 * @example
 *   @Reads('givenName', 'familyName')
 *   @FieldResolver(() => String)
 *   fullName(@Root() person: Person) { return `${person.givenName} ${person.familyName}`; }
 */
export function Reads(...columns: string[]): MethodDecorator & PropertyDecorator {
  return (target: object, member: string | symbol) => declare(target.constructor, String(member), { columns });
}

/**
 * Says that a field resolver answers the entity's to-one relation `relation` (a `@ManyToOne`,
 * read through its foreign key). A list or loader that sees the field asked for joins the
 * related row, with only the columns asked for below the field, and sets it on the row's
 * `relation` property; the resolver returns it from there (`joinedOr`) and loads it otherwise.
 *
 * @example
 *   @ToOne('hostCountry')
 *   @FieldResolver(() => Country)
 *   hostCountry(@Ctx() ctx: RequestContext, @Root() route: LearningRoute) {
 *     return joinedOr(route.hostCountry, () => loadCountry(ctx, route.hostCountryCode));
 *   }
 */
export function ToOne(relation: string): MethodDecorator {
  return (target: object, member: string | symbol) => declare(target.constructor, String(member), { columns: [], relation });
}

/** For kit decorators that know what a field reads (`@Personal`, localized texts). */
export function declareReads(owner: Function, member: string, columns: readonly string[]): void {
  declare(owner, member, { columns });
}

/**
 * The row joined into the statement that read the parent (see `@ToOne`), else `load()`.
 * `null` means "joined, and there is none"; `undefined` means "not joined".
 */
export function joinedOr<T>(joined: T | null | undefined, load: () => Promise<T | null> | T | null): Promise<T | null> | T | null {
  return joined !== undefined ? joined : load();
}

/**
 * Every entity field's need: the entity's own declarations, and those of the field resolvers
 * type-graphql attaches to it (known once the schema is built). Keyed by the entity class and
 * the GraphQL field name.
 */
export function readNeedsByType(): Map<Function, Map<string, ReadNeed>> {
  const needs = new Map<Function, Map<string, ReadNeed>>();
  const add = (type: Function, field: string, need: ReadNeed) => {
    const fields = needs.get(type) ?? new Map<string, ReadNeed>();
    fields.set(field, need);
    needs.set(type, fields);
  };
  for (const [owner, members] of declared) for (const [member, need] of members) add(owner, member, need);
  for (const resolver of getMetadataStorage().fieldResolvers) {
    const need = declared.get(resolver.target)?.get(resolver.methodName);
    const type = resolver.getObjectType?.();
    if (need && type) add(type, resolver.schemaName, need);
  }
  return needs;
}

/** The declaration of one resolver method, if it has one. */
export function declarationOf(owner: Function, member: string): ReadNeed | undefined {
  return declared.get(owner)?.get(member);
}
