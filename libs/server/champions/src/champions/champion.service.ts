import {
  ConflictError,
  ReferenceCheck,
  Service,
  cleanLocalized,
  findOrFail,
  hasSearch,
  isPartner,
  loadForUpdate,
  paginate,
  searchTerm,
  textMatches,
  textSortKey,
  today,
  type RequestContext,
  type Selection,
  type SortKey,
} from '@lr/server-core';
import { Person, PersonRef, ThematicAreaRef, setContactConsent } from '@lr/server-core-domain';
import { publishedPracticeIds } from '@lr/server-practices';
import { assertVisibleToCaller } from '../common/partner-scope';
import { cleanTags } from '../common/text';
import { Champion } from './champion.entity';
import type { ChampionFilter, ChampionsArgs, CreateChampionInput, UpdateChampionInput } from './champion.inputs';

const LANGUAGE_CODE = /^[a-z]{2}$/;

type PhotographConsentInput = Pick<CreateChampionInput, 'consentToPhotograph' | 'consentToPhotographDate'>;

/**
 * Records the photograph answer that was sent, with the day it was given (today unless said
 * otherwise). A day in the future is refused: consent cannot be recorded in advance. (Contact
 * consent is the person's, recorded by the core with `setContactConsent`.)
 */
function applyPhotographConsent(champion: Champion, input: PhotographConsentInput, check: ReferenceCheck): void {
  const now = today();
  const date = input.consentToPhotographDate;
  if (date && date > now) check.add('input.consentToPhotographDate', 'cannot be in the future');
  if (input.consentToPhotograph !== undefined && input.consentToPhotograph !== null) {
    const changed = champion.consentToPhotograph !== input.consentToPhotograph || champion.consentToPhotographDate === null;
    champion.consentToPhotograph = input.consentToPhotograph;
    if (changed || date) champion.consentToPhotographDate = date ?? now;
  } else if (date) {
    champion.consentToPhotographDate = date;
  }
}

/**
 * The champions `champions(filter:)` lists (alias `c`, the person joined as `p`): partners see
 * champions of published practices only. The CSV export runs the same query.
 */
export async function championsQuery(ctx: RequestContext, f: ChampionFilter | undefined) {
  // Joined (not read through a repository) for the search and the sort by name.
  const q = ctx.repo(Champion).createQueryBuilder('c').leftJoin(Person, 'p', 'p.id = c.person_id');
  if (hasSearch(f?.search)) {
    q.andWhere(`(${textMatches('p', { plain: ['given_name', 'family_name'] })} OR ${textMatches('c', { localized: ['bio'] })})`, { term: searchTerm(f.search) });
  }
  if (f?.countryCode) q.andWhere('p.country_code = :country', { country: f.countryCode });
  if (f?.practiceId) {
    q.andWhere('EXISTS (SELECT 1 FROM champion_practice cp WHERE cp.champion_id = c.id AND cp.practice_id = :practiceId)', { practiceId: f.practiceId });
  }
  if (f?.language) q.andWhere(':language = ANY(c.languages)', { language: f.language });
  if (f?.thematicAreaId) q.andWhere(':area = ANY(c.thematic_area_ids)', { area: f.thematicAreaId });
  if (f?.trained !== undefined && f.trained !== null) {
    q.andWhere(`${f.trained ? '' : 'NOT '}EXISTS (SELECT 1 FROM champion_training t WHERE t.champion_id = c.id AND t.completed)`);
  }
  if (isPartner(ctx.principal)) {
    // Partners neither see champions of unpublished practices nor learn who is linked to one.
    const published = await publishedPracticeIds(ctx);
    if (!published.length || (f?.practiceId && !published.includes(f.practiceId))) q.andWhere('false');
    else q.andWhere('EXISTS (SELECT 1 FROM champion_practice pub WHERE pub.champion_id = c.id AND pub.practice_id IN (:...published))', { published });
  }
  return q;
}

/** The champions' order: the person's family then given name. */
export const CHAMPION_SORT: SortKey = { expression: textSortKey("p.family_name || ' ' || p.given_name"), direction: 'ASC' };

@Service()
export class ChampionService {
  /** Sorted by the person's family then given name. Partners see champions of published practices only. */
  async list(ctx: RequestContext, args: ChampionsArgs, selection?: Selection) {
    return paginate(await championsQuery(ctx, args.filter), args, CHAMPION_SORT, selection);
  }

  async get(ctx: RequestContext, id: string) {
    const champion = await findOrFail(ctx, Champion, id);
    await assertVisibleToCaller(ctx, id);
    return champion;
  }

  async create(ctx: RequestContext, input: CreateChampionInput) {
    const check = new ReferenceCheck(ctx);
    const person = await check.one(PersonRef, input.personId, 'input.personId');
    await check.many(ThematicAreaRef, input.thematicAreaIds, 'input.thematicAreaIds');
    const repo = ctx.repo(Champion);
    const champion = repo.create({
      personId: input.personId,
      thematicAreaIds: [...new Set(input.thematicAreaIds ?? [])],
      expertiseTags: cleanTags(input.expertiseTags),
      bio: cleanLocalized(input.bio),
      consentToPhotograph: false,
      consentToPhotographDate: null,
    });
    applyPhotographConsent(champion, input, check);
    check.assertValid();
    const existing = await repo.findOneBy({ personId: input.personId });
    if (existing) throw new ConflictError(`Person ${input.personId} is already a champion`, { championId: existing.id });
    // The person's own languages are a good first guess; keep only ISO 639-1 codes.
    champion.languages = [...new Set(input.languages ?? (person?.languages ?? []).filter((l) => LANGUAGE_CODE.test(l)))];
    if (input.consentToContact !== undefined && input.consentToContact !== null) await setContactConsent(ctx, input.personId, input.consentToContact);
    return repo.save(champion);
  }

  async update(ctx: RequestContext, input: UpdateChampionInput) {
    const champion = await loadForUpdate(ctx, Champion, input.id, input.version);
    const check = new ReferenceCheck(ctx);
    await check.many(ThematicAreaRef, input.thematicAreaIds, 'input.thematicAreaIds');
    applyPhotographConsent(champion, input, check);
    check.assertValid();
    if (input.thematicAreaIds) champion.thematicAreaIds = [...new Set(input.thematicAreaIds)];
    if (input.expertiseTags) champion.expertiseTags = cleanTags(input.expertiseTags);
    if (input.languages) champion.languages = [...new Set(input.languages)];
    if (input.bio) champion.bio = cleanLocalized(input.bio);
    if (input.consentToContact !== undefined && input.consentToContact !== null) await setContactConsent(ctx, champion.personId, input.consentToContact);
    return ctx.repo(Champion).save(champion);
  }

  /**
   * Removes the champion; the module's cascade rules remove their practice links, trainings
   * and feedback first, each with its audit entry.
   */
  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const champion = await loadForUpdate(ctx, Champion, id, version);
    await ctx.repo(Champion).remove(champion);
    return id;
  }
}
