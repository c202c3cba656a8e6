// Properties whose values the audit trail shows as `[redacted]`, by the entity class declaring them.
const redacted = new WeakMap<object, Set<string>>();

/**
 * Keeps a column's values out of the audit trail (written as `[redacted]`): secrets, and texts
 * that carry one, such as the body of an invitation e-mail with its one-time link. The row
 * itself keeps the value. `passwordHash`, `secretHash` and `signingSecret` are redacted on every
 * entity without it.
 *
 * @example @Redacted() @Column({ type: 'text' }) text: string;
 */
export function Redacted(): PropertyDecorator {
  return (target: object, member: string | symbol) => {
    const members = redacted.get(target.constructor) ?? new Set<string>();
    members.add(String(member));
    redacted.set(target.constructor, members);
  };
}

/** True when `property` of `entity` (or of a class it extends) is marked `@Redacted()`. */
export function isRedacted(entity: Function | string, property: string): boolean {
  if (typeof entity === 'string') return false;
  for (let cls: Function | null = entity; cls && cls !== Function.prototype; cls = Object.getPrototypeOf(cls) as Function | null) {
    if (redacted.get(cls)?.has(property)) return true;
  }
  return false;
}
