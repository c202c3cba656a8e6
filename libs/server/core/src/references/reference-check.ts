import { In, type ObjectLiteral } from 'typeorm';
import { isUUID } from 'class-validator';
import type { RequestContext } from '../context/request-context';
import { ValidationError, type FieldProblem } from '../errors';
import type { EntityClass } from '../database/row-lock';

/**
 * A kind of record inputs may name, published by the module that owns it (from its `index.ts`)
 * so other modules check references without touching its tables.
 *
 * @example export const PersonRef = referenceTarget(Person, 'person');
 */
export interface ReferenceTarget<T extends ObjectLiteral = ObjectLiteral> {
  entity: EntityClass<T>;
  label: string;
  /** The unique column inputs name it by: `id` (a uuid), or e.g. a country's `code`. */
  key: string;
}

export function referenceTarget<T extends ObjectLiteral>(entity: EntityClass<T>, label: string, key: keyof T & string = 'id' as keyof T & string): ReferenceTarget<T> {
  return { entity, label, key };
}

/**
 * Checks that the records an input names exist, reporting each missing one against the field
 * that named it (`input.thematicAreaIds.1`), so a form shows it next to its control. Inside a
 * transaction the rows are read FOR SHARE: they cannot be deleted before the commit.
 *
 * @example
 *   const check = new ReferenceCheck(ctx);
 *   await check.one(PersonRef, input.personId, 'input.personId');
 *   await check.many(ThematicAreaRef, input.thematicAreaIds, 'input.thematicAreaIds');
 *   check.assertValid();
 */
export class ReferenceCheck {
  private readonly problems: FieldProblem[] = [];

  constructor(private readonly ctx: RequestContext) {}

  /** The rows found among `values`, keyed by their key column. */
  private async found<T extends ObjectLiteral>(target: ReferenceTarget<T>, values: string[]): Promise<Map<string, T>> {
    const candidates = target.key === 'id' ? values.filter((v) => isUUID(v)) : values;
    if (!candidates.length) return new Map();
    const rows = await this.ctx.repo(target.entity).find({
      where: { [target.key]: In(candidates) } as never,
      lock: this.ctx.isInTransaction ? { mode: 'pessimistic_read' } : undefined,
    });
    return new Map(rows.map((row) => [String(row[target.key]), row]));
  }

  /** Checks one reference (nothing to check when it is empty) and returns the row, if found. */
  async one<T extends ObjectLiteral>(target: ReferenceTarget<T>, value: string | null | undefined, path: string): Promise<T | null> {
    if (!value) return null;
    const row = (await this.found(target, [value])).get(value) ?? null;
    if (!row) this.add(path, `no ${target.label} has the ${target.key} ${value}`);
    return row;
  }

  /** Checks a list of references; each missing one is reported at `path.<index>`. */
  async many<T extends ObjectLiteral>(target: ReferenceTarget<T>, values: readonly string[] | null | undefined, path: string): Promise<T[]> {
    if (!values?.length) return [];
    const rows = await this.found(target, [...new Set(values)]);
    values.forEach((value, i) => rows.has(value) || this.add(`${path}.${i}`, `no ${target.label} has the ${target.key} ${value}`));
    return [...rows.values()];
  }

  /** One more problem; `constraint` names the rule for clients that word it themselves (`roomFull`). */
  add(path: string, message: string, constraint?: string): this {
    this.problems.push({ path, message, ...(constraint ? { constraint } : {}) });
    return this;
  }

  get hasProblems(): boolean {
    return this.problems.length > 0;
  }

  /** Throws BAD_USER_INPUT listing every problem found, if any. */
  assertValid(): void {
    if (this.problems.length) throw new ValidationError(this.problems);
  }
}
