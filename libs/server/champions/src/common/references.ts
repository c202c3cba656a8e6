import { In, type ObjectLiteral } from 'typeorm';
import { isUUID } from 'class-validator';
import { ValidationError, type FieldProblem, type RequestContext } from '@lr/server-core';
import { LearningRoute, Person, ThematicArea } from '@lr/server-core-domain';
import { Practice } from '@lr/server-practices';

type EntityClass<T> = { new (): T; name: string };

/**
 * Checks that the records of other modules an input names exist, and reports each missing one
 * against the field that named it. Rows are read FOR SHARE inside a transaction, so they cannot
 * be deleted between the check and the commit (the reference guard refuses those deletions).
 */
export class ReferenceCheck {
  private readonly problems: FieldProblem[] = [];

  constructor(private readonly ctx: RequestContext) {}

  private get lock() {
    return this.ctx.isInTransaction ? ({ mode: 'pessimistic_read' } as const) : undefined;
  }

  private async exists<T extends ObjectLiteral>(entity: EntityClass<T>, id: string): Promise<boolean> {
    if (!isUUID(id)) return false;
    return (await this.ctx.repo(entity).findOne({ where: { id } as never, lock: this.lock, select: { id: true } as never })) !== null;
  }

  async person(id: string | null | undefined, path: string): Promise<this> {
    if (id && !(await this.exists(Person, id))) this.problems.push({ path, message: `no person has the id ${id}` });
    return this;
  }

  async practice(id: string | null | undefined, path: string): Promise<this> {
    if (id && !(await this.exists(Practice, id))) this.problems.push({ path, message: `no practice has the id ${id}` });
    return this;
  }

  async route(id: string | null | undefined, path: string): Promise<this> {
    if (id && !(await this.exists(LearningRoute, id))) this.problems.push({ path, message: `no learning route has the id ${id}` });
    return this;
  }

  async thematicAreas(ids: string[] | null | undefined, path: string): Promise<this> {
    if (!ids?.length) return this;
    const found = new Set((await this.ctx.repo(ThematicArea).find({ where: { id: In(ids) }, lock: this.lock, select: { id: true } })).map((t) => t.id));
    ids.forEach((id, i) => {
      if (!found.has(id)) this.problems.push({ path: `${path}.${i}`, message: `no thematic area has the id ${id}` });
    });
    return this;
  }

  add(path: string, message: string): this {
    this.problems.push({ path, message });
    return this;
  }

  /** Throws BAD_USER_INPUT listing every problem found, if any. */
  assertValid(): void {
    if (this.problems.length) throw new ValidationError(this.problems);
  }
}
