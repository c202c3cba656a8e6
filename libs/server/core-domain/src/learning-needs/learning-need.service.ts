import { ReferenceCheck, Service, lockRowIfExists, paginate, type RequestContext, type Selection } from '@lr/server-core';
import { ThematicAreaRef } from '../common/reference-targets';
import { Country } from '../countries/country.entity';
import { LearningNeed } from './learning-need.entity';
import type { LearningNeedsArgs, SetLearningNeedsInput } from './learning-need.inputs';

@Service()
export class LearningNeedService {
  list(ctx: RequestContext, args: LearningNeedsArgs, selection?: Selection) {
    const q = ctx.repo(LearningNeed).createQueryBuilder('n');
    if (args.filter?.countryCode) q.andWhere('n.country_code = :c', { c: args.filter.countryCode });
    if (args.filter?.thematicAreaId) q.andWhere('n.thematic_area_id = :t', { t: args.filter.thematicAreaId });
    // By country, then rank.
    return paginate(q, args, { expression: "n.country_code || lpad(n.rank::text, 5, '0')", direction: 'ASC' }, selection);
  }

  /** Replaces a country's whole ranking in one transaction. */
  async replaceForCountry(ctx: RequestContext, input: SetLearningNeedsInput): Promise<LearningNeed[]> {
    // One replacement per country at a time: the country is locked first (before any other
    // read of it), so a concurrent replacement waits, then replaces this one.
    const country = await lockRowIfExists(ctx, Country, input.countryCode);
    const check = new ReferenceCheck(ctx);
    if (!country) check.add('input.countryCode', `no country has the code ${input.countryCode}`);
    await check.many(ThematicAreaRef, input.thematicAreaIds, 'input.thematicAreaIds');
    check.assertValid();
    const repo = ctx.repo(LearningNeed);
    await repo.remove(await repo.findBy({ countryCode: input.countryCode }));
    return repo.save(
      input.thematicAreaIds.map((thematicAreaId, i) => repo.create({ countryCode: input.countryCode, thematicAreaId, rank: i + 1, source: input.source?.trim() || null })),
    );
  }
}
