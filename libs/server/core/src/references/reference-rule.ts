import type { ClassRef } from '../module/domain-module';

/**
 * A module's declaration that rows of `from` point at rows of `to` through `property` (an id,
 * or an array of ids). The gateway turns every module's rules into one guard:
 *
 * - `restrict`: deleting a `to` row that something still points at is refused with CONFLICT
 *   naming what points at it ("3 route cases, 1 champion"). The rule for other modules' rows.
 * - `cascade`: deleting the `to` row first removes these rows one by one, so each removal
 *   writes its audit entry and passes through the guard itself. The rule for a module's own
 *   children (a practice's assessments).
 */
export interface ReferenceRule {
  from: ClassRef;
  property: string;
  to: ClassRef;
  onDelete: 'restrict' | 'cascade';
  /** Extra equality conditions on `from` rows (e.g. the state machine of a history row). */
  where?: Record<string, unknown>;
  /** How to name the referring rows, singular and plural; by default from the entity's name. */
  label?: [string, string];
}

/** `from.property` points at `to`; deleting a `to` row still pointed at is refused. */
export function restrictDelete(from: ClassRef, property: string, to: ClassRef, label?: [string, string]): ReferenceRule {
  return { from, property, to, onDelete: 'restrict', label };
}

/** `from.property` points at its parent `to`; deleting the parent removes these rows, audited. */
export function cascadeDelete(from: ClassRef, property: string, to: ClassRef, where?: Record<string, unknown>): ReferenceRule {
  return { from, property, to, onDelete: 'cascade', where };
}

/** "RouteCase" → ["route case", "route cases"]. */
export function labelOf(rule: ReferenceRule): [string, string] {
  if (rule.label) return rule.label;
  const singular = rule.from.name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return [singular, /(s|x|ch|sh)$/.test(singular) ? `${singular}es` : `${singular}s`];
}
