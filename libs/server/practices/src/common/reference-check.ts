import { In } from 'typeorm';
import { User, ValidationError, type FieldProblem, type RequestContext } from '@lr/server-core';
import { Country, LearningRoute, Organisation, Person, Programme, ThematicArea } from '@lr/server-core-domain';

/**
 * Checks that the core records an input names exist, reporting each missing one against the
 * field that named it (`input.thematicAreaIds.1`), so a form can show it next to its control.
 */
export class ReferenceCheck {
  private readonly problems: FieldProblem[] = [];

  constructor(private readonly ctx: RequestContext) {}

  async country(code: string | null | undefined, path: string): Promise<this> {
    if (code && !(await this.ctx.repo(Country).existsBy({ code }))) this.add(path, `no country has the code ${code}`);
    return this;
  }

  async countries(codes: string[] | null | undefined, path: string): Promise<this> {
    if (!codes?.length) return this;
    const found = new Set((await this.ctx.repo(Country).findBy({ code: In(codes) })).map((c) => c.code));
    codes.forEach((code, i) => found.has(code) || this.add(`${path}.${i}`, `no country has the code ${code}`));
    return this;
  }

  async organisations(ids: string[] | null | undefined, path: string): Promise<this> {
    return this.each(Organisation, ids, path, 'organisation');
  }

  async thematicAreas(ids: string[] | null | undefined, path: string): Promise<this> {
    return this.each(ThematicArea, ids, path, 'thematic area');
  }

  async person(id: string | null | undefined, path: string): Promise<this> {
    if (id && !(await this.ctx.repo(Person).existsBy({ id }))) this.add(path, `no person has the id ${id}`);
    return this;
  }

  async programme(id: string | null | undefined, path: string): Promise<this> {
    if (id && !(await this.ctx.repo(Programme).existsBy({ id }))) this.add(path, `no programme has the id ${id}`);
    return this;
  }

  async route(id: string | null | undefined, path: string): Promise<LearningRoute | null> {
    const route = id ? await this.ctx.repo(LearningRoute).findOneBy({ id }) : null;
    if (id && !route) this.add(path, `no learning route has the id ${id}`);
    return route;
  }

  async user(id: string, path: string): Promise<User | null> {
    const user = await this.ctx.repo(User).findOneBy({ id });
    if (!user) this.add(path, `no user has the id ${id}`);
    return user;
  }

  private async each(entity: typeof Organisation | typeof ThematicArea, ids: string[] | null | undefined, path: string, label: string): Promise<this> {
    if (!ids?.length) return this;
    // FOR SHARE: the record cannot be deleted between this check and the commit naming it.
    const lock = this.ctx.isInTransaction ? ({ mode: 'pessimistic_read' } as const) : undefined;
    const found = new Set((await this.ctx.repo<{ id: string }>(entity).find({ where: { id: In(ids) }, lock })).map((r) => r.id));
    ids.forEach((id, i) => found.has(id) || this.add(`${path}.${i}`, `no ${label} has the id ${id}`));
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
