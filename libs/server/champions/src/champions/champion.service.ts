import {
  ConflictError,
  cleanLocalized,
  findOrFail,
  loadForUpdate,
  paginate,
  type RequestContext,
} from '@lr/server-core';
import { Person } from '@lr/server-core-domain';
import { ChampionFeedback } from '../feedback/champion-feedback.entity';
import { ChampionPractice } from '../champion-practices/champion-practice.entity';
import { isPartner } from '../common/champion-visibility';
import { assertVisibleToCaller, publishedPracticeIds } from '../common/partner-scope';
import { ReferenceCheck } from '../common/references';
import { cleanTags, likeTerm, today } from '../common/text';
import { ChampionTraining } from '../trainings/champion-training.entity';
import { Champion } from './champion.entity';
import type { ChampionsArgs, CreateChampionInput, UpdateChampionInput } from './champion.inputs';

const LANGUAGE_CODE = /^[a-z]{2}$/;
const BIO_TEXT = ['en', 'fr', 'es'].map((l) => `coalesce(c.bio->>'${l}', '')`).join(', ');

type ConsentInput = Pick<CreateChampionInput, 'consentToContact' | 'consentToContactDate' | 'consentToPhotograph' | 'consentToPhotographDate'>;

/**
 * Records the consent answers that were sent, each with the day it was given (today unless
 * said otherwise). A day in the future is refused: consent cannot be recorded in advance.
 */
function applyConsent(champion: Champion, input: ConsentInput, check: ReferenceCheck): void {
  const now = today();
  for (const [flag, dateField] of [
    ['consentToContact', 'consentToContactDate'],
    ['consentToPhotograph', 'consentToPhotographDate'],
  ] as const) {
    const date = input[dateField];
    if (date && date > now) check.add(`input.${dateField}`, 'cannot be in the future');
    if (input[flag] !== undefined && input[flag] !== null) {
      const changed = champion[flag] !== input[flag] || champion[dateField] === null;
      champion[flag] = input[flag];
      if (changed || date) champion[dateField] = date ?? now;
    } else if (date) {
      champion[dateField] = date;
    }
  }
}

export class ChampionService {
  async list(ctx: RequestContext, args: ChampionsArgs) {
    const q = ctx
      .repo(Champion)
      .createQueryBuilder('c')
      .leftJoin(Person, 'p', 'p.id = c.person_id')
      .orderBy('p.family_name', 'ASC', 'NULLS LAST')
      .addOrderBy('p.given_name', 'ASC', 'NULLS LAST')
      .addOrderBy('c.id', 'ASC');
    const f = args.filter;
    if (f?.search?.trim()) {
      q.andWhere(`(concat_ws(' ', p.given_name, p.family_name) ILIKE :term OR concat_ws(' ', ${BIO_TEXT}) ILIKE :term)`, { term: likeTerm(f.search) });
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
    return paginate(q, args);
  }

  async get(ctx: RequestContext, id: string) {
    const champion = await findOrFail(ctx, Champion, id);
    await assertVisibleToCaller(ctx, id);
    return champion;
  }

  async create(ctx: RequestContext, input: CreateChampionInput) {
    const check = new ReferenceCheck(ctx);
    await check.person(input.personId, 'input.personId');
    await check.thematicAreas(input.thematicAreaIds, 'input.thematicAreaIds');
    const repo = ctx.repo(Champion);
    const champion = repo.create({
      personId: input.personId,
      thematicAreaIds: [...new Set(input.thematicAreaIds ?? [])],
      expertiseTags: cleanTags(input.expertiseTags),
      bio: cleanLocalized(input.bio),
      consentToContact: false,
      consentToContactDate: null,
      consentToPhotograph: false,
      consentToPhotographDate: null,
    });
    applyConsent(champion, input, check);
    check.assertValid();
    const existing = await repo.findOneBy({ personId: input.personId });
    if (existing) throw new ConflictError(`Person ${input.personId} is already a champion`, { championId: existing.id });
    const person = await ctx.repo(Person).findOneByOrFail({ id: input.personId });
    // The person's own languages are a good first guess; keep only ISO 639-1 codes.
    champion.languages = [...new Set(input.languages ?? person.languages.filter((l) => LANGUAGE_CODE.test(l)))];
    return repo.save(champion);
  }

  async update(ctx: RequestContext, input: UpdateChampionInput) {
    const champion = await loadForUpdate(ctx, Champion, input.id, input.version);
    const check = new ReferenceCheck(ctx);
    await check.thematicAreas(input.thematicAreaIds, 'input.thematicAreaIds');
    applyConsent(champion, input, check);
    check.assertValid();
    if (input.thematicAreaIds) champion.thematicAreaIds = [...new Set(input.thematicAreaIds)];
    if (input.expertiseTags) champion.expertiseTags = cleanTags(input.expertiseTags);
    if (input.languages) champion.languages = [...new Set(input.languages)];
    if (input.bio) champion.bio = cleanLocalized(input.bio);
    return ctx.repo(Champion).save(champion);
  }

  /** Removes the champion with their practice links, trainings and feedback, each audited. */
  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const champion = await loadForUpdate(ctx, Champion, id, version);
    for (const entity of [ChampionPractice, ChampionTraining, ChampionFeedback] as const) {
      const rows = await ctx.repo<{ id: string; championId: string }>(entity).findBy({ championId: id });
      if (rows.length) await ctx.repo<{ id: string; championId: string }>(entity).remove(rows);
    }
    await ctx.repo(Champion).remove(champion);
    return id;
  }
}
