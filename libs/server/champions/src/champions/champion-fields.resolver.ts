import { Ctx, FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import { loadMany, loadOne, type RequestContext } from '@lr/server-core';
import { Person, ThematicArea } from '@lr/server-core-domain';
import { Practice, PracticeStatus } from '@lr/server-practices';
import { ChampionPractice } from '../champion-practices/champion-practice.entity';
import { canSeeChampionContact, isPartner } from '../common/champion-visibility';
import { ratingSummary } from '../feedback/rating-summary.loader';
import { ChampionTraining } from '../trainings/champion-training.entity';
import { Champion } from './champion.entity';

/** Every nested read goes through a per-request DataLoader: a page costs a fixed number of statements. */
@Resolver(() => Champion)
export class ChampionFieldsResolver {
  @FieldResolver(() => Person, {
    nullable: true,
    description: "The core person. Their email and phone are blanked unless the caller may see this champion's contact details",
  })
  async person(@Ctx() ctx: RequestContext, @Root() champion: Champion) {
    const person = await loadOne(ctx, Person, champion.personId);
    if (!person || canSeeChampionContact(ctx.principal, champion)) return person;
    // A copy: the loader's cached row serves other fields of the same request.
    return Object.assign(new Person(), person, { email: null, phone: null });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Personal data: null unless you are an admin, or the champion consented to be contacted and you may see personal data',
  })
  async contactEmail(@Ctx() ctx: RequestContext, @Root() champion: Champion) {
    if (!canSeeChampionContact(ctx.principal, champion)) return null;
    return (await loadOne(ctx, Person, champion.personId))?.email ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal data, as contactEmail' })
  async contactPhone(@Ctx() ctx: RequestContext, @Root() champion: Champion) {
    if (!canSeeChampionContact(ctx.principal, champion)) return null;
    return (await loadOne(ctx, Person, champion.personId))?.phone ?? null;
  }

  @FieldResolver(() => [ThematicArea], { description: 'Thematic areas of expertise' })
  async thematicAreas(@Ctx() ctx: RequestContext, @Root() champion: Champion) {
    const areas = await Promise.all(champion.thematicAreaIds.map((id) => loadOne(ctx, ThematicArea, id)));
    return areas.filter((a): a is ThematicArea => a !== null);
  }

  @FieldResolver(() => [ChampionPractice], { description: "The practices they lived and their role in each; partners' keys see published practices only" })
  async practices(@Ctx() ctx: RequestContext, @Root() champion: Champion) {
    const links = await loadMany(ctx, ChampionPractice, champion.id, 'championId', { createdAt: 'ASC' });
    if (!isPartner(ctx.principal)) return links;
    const practices = await Promise.all(links.map((l) => loadOne(ctx, Practice, l.practiceId)));
    return links.filter((_, i) => practices[i]?.status === PracticeStatus.PUBLISHED);
  }

  @FieldResolver(() => [ChampionTraining], { nullable: true, description: "Oldest first; null for partners' API keys (internal preparation records)" })
  trainings(@Ctx() ctx: RequestContext, @Root() champion: Champion) {
    if (isPartner(ctx.principal)) return null;
    return loadMany(ctx, ChampionTraining, champion.id, 'championId', { date: 'ASC' });
  }

  @FieldResolver(() => Boolean, { description: 'Has completed at least one training' })
  async trained(@Ctx() ctx: RequestContext, @Root() champion: Champion) {
    // Same loader (and order) as `trainings`, so asking for both costs one statement.
    const trainings = await loadMany(ctx, ChampionTraining, champion.id, 'championId', { date: 'ASC' });
    return trainings.some((t) => t.completed);
  }

  @FieldResolver(() => Float, { nullable: true, description: "Mean of participants' ratings (1-5), two decimals; null without feedback" })
  async averageRating(@Ctx() ctx: RequestContext, @Root() champion: Champion) {
    return (await ratingSummary(ctx, champion.id)).average;
  }

  @FieldResolver(() => Int, { description: 'How many participants rated their sessions' })
  async feedbackCount(@Ctx() ctx: RequestContext, @Root() champion: Champion) {
    return (await ratingSummary(ctx, champion.id)).count;
  }
}
