import { In } from 'typeorm';
import { ValidationError, type FieldProblem, type RequestContext } from '@lr/server-core';
import { Country } from '../countries/country.entity';
import { Organisation } from '../organisations/organisation.entity';
import { ThematicArea } from '../thematic-areas/thematic-area.entity';

/**
 * Checks that the records an input refers to exist, and reports each missing one against the
 * field that named it, so a form can show the error next to the right control.
 */
export class ReferenceCheck {
  private readonly problems: FieldProblem[] = [];

  constructor(private readonly ctx: RequestContext) {}

  async country(code: string | null | undefined, path: string): Promise<this> {
    if (code && !(await this.ctx.repo(Country).existsBy({ code }))) {
      this.problems.push({ path, message: `no country has the code ${code}` });
    }
    return this;
  }

  async organisation(id: string | null | undefined, path: string): Promise<this> {
    if (id && !(await this.ctx.repo(Organisation).existsBy({ id }))) {
      this.problems.push({ path, message: `no organisation has the id ${id}` });
    }
    return this;
  }

  async thematicAreas(ids: string[] | null | undefined, path: string): Promise<this> {
    if (!ids?.length) return this;
    // FOR SHARE: an area cannot be deleted between this check and the commit of the record naming it.
    const lock = this.ctx.isInTransaction ? ({ mode: 'pessimistic_read' } as const) : undefined;
    const found = new Set((await this.ctx.repo(ThematicArea).find({ where: { id: In(ids) }, lock })).map((t) => t.id));
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

/** SQL matching `term` in any language version of the given jsonb columns. */
export function localizedSearch(alias: string, columns: string[]): string {
  const parts = columns.flatMap((c) => ['en', 'fr', 'es'].map((l) => `coalesce(${alias}.${c}->>'${l}', '')`));
  return `concat_ws(' ', ${parts.join(', ')}) ILIKE :term`;
}

export function likeTerm(search: string): string {
  return `%${search.trim().replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}

/** Assigns the fields the caller sent (undefined means "leave as it is"). */
export function patch<T extends object, K extends keyof T>(target: T, input: Partial<Pick<T, K>>, keys: K[]): void {
  for (const key of keys) {
    if (input[key] !== undefined) target[key] = input[key] as T[K];
  }
}
