import { ConflictError, cleanLocalized, findOrFail, loadForUpdate, paginate, type RequestContext } from '@lr/server-core';
import { likeTerm, localizedSearch } from '../common/references';
import { LearningNeed } from '../learning-needs/learning-need.entity';
import { Programme } from '../programmes/programme.entity';
import { LearningRoute } from '../routes/learning-route.entity';
import { ThematicArea } from './thematic-area.entity';
import type { CreateThematicAreaInput, ThematicAreasArgs, UpdateThematicAreaInput } from './thematic-area.inputs';

export class ThematicAreaService {
  list(ctx: RequestContext, args: ThematicAreasArgs) {
    const q = ctx.repo(ThematicArea).createQueryBuilder('t').orderBy("t.name->>'en'", 'ASC').addOrderBy('t.id', 'ASC');
    const search = args.filter?.search?.trim();
    if (search) q.where(`(t.code ILIKE :term OR ${localizedSearch('t', ['name', 'description'])})`, { term: likeTerm(search) });
    return paginate(q, args);
  }

  create(ctx: RequestContext, input: CreateThematicAreaInput) {
    const repo = ctx.repo(ThematicArea);
    return repo.save(repo.create({ code: input.code, name: cleanLocalized(input.name), description: cleanLocalized(input.description) }));
  }

  async update(ctx: RequestContext, input: UpdateThematicAreaInput) {
    const area = await loadForUpdate(ctx, ThematicArea, input.id, input.version);
    if (input.code !== undefined) area.code = input.code;
    if (input.name) area.name = cleanLocalized(input.name);
    if (input.description) area.description = cleanLocalized(input.description);
    return ctx.repo(ThematicArea).save(area);
  }

  /** Refused while a route, programme or learning need is tagged with the area. */
  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const area = await loadForUpdate(ctx, ThematicArea, id, version);
    const inUse =
      (await ctx.repo(LearningRoute).createQueryBuilder('r').where(':id = ANY(r.thematic_area_ids)', { id }).getCount()) +
      (await ctx.repo(Programme).createQueryBuilder('p').where(':id = ANY(p.thematic_area_ids)', { id }).getCount()) +
      (await ctx.repo(LearningNeed).countBy({ thematicAreaId: id }));
    if (inUse > 0) throw new ConflictError(`Thematic area ${area.code} is still used by ${inUse} record(s); untag them first`);
    await ctx.repo(ThematicArea).remove(area);
    return id;
  }

  get(ctx: RequestContext, id: string) {
    return findOrFail(ctx, ThematicArea, id);
  }
}
