import { cleanLocalized, findOrFail, hasSearch, loadForUpdate, paginate, searchTerm, Service, textMatches, textSortKey, type RequestContext, type Selection } from '@lr/server-core';
import { ThematicArea } from './thematic-area.entity';
import type { CreateThematicAreaInput, ThematicAreasArgs, UpdateThematicAreaInput } from './thematic-area.inputs';

@Service()
export class ThematicAreaService {
  list(ctx: RequestContext, args: ThematicAreasArgs, selection?: Selection) {
    const q = ctx.repo(ThematicArea).createQueryBuilder('t');
    const search = args.filter?.search;
    if (hasSearch(search)) q.where(textMatches('t', { plain: ['code'], localized: ['name', 'description'] }), { term: searchTerm(search) });
    return paginate(q, args, { expression: textSortKey("t.name->>'en'"), direction: 'ASC' }, selection);
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

  /** Refused with CONFLICT while a route, programme, learning need or another module's record is tagged with it. */
  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const area = await loadForUpdate(ctx, ThematicArea, id, version);
    await ctx.repo(ThematicArea).remove(area);
    return id;
  }

  get(ctx: RequestContext, id: string) {
    return findOrFail(ctx, ThematicArea, id);
  }
}
