import { Ctx, FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import { Cost, isPartner, joinedOr, loadMany, LookAhead, maySeePersonalData, PersonalData, Reads, ToOne, type RequestContext, type Selection } from '@lr/server-core';
import { Person, ThematicArea, loadPerson, loadThematicAreas } from '@lr/server-core-domain';
import { PracticeStatus, loadPractice } from '@lr/server-practices';
import { ChampionPractice } from '../champion-practices/champion-practice.entity';
import { ratingSummary } from '../feedback/rating-summary.loader';
import { ChampionTraining } from '../trainings/champion-training.entity';
import { Champion } from './champion.entity';

/** A champion's contact detail under the one privacy policy, read from their person. */
async function contactDetail(ctx: RequestContext, champion: Champion, field: 'email' | 'phone'): Promise<string | null> {
  const person = await loadPerson(ctx, champion.personId);
  return person && maySeePersonalData(ctx.principal, PersonalData.CONTACT, person) ? person[field] : null;
}

/** Every nested read goes through a per-request DataLoader: a page costs a fixed number of statements. */
@Resolver(() => Champion)
export class ChampionFieldsResolver {
  @ToOne('person')
  @FieldResolver(() => Person, { nullable: true, description: 'The core person; their e-mail and phone follow the privacy policy for people' })
  person(@Ctx() ctx: RequestContext, @Root() champion: Champion) {
    return joinedOr(champion.person, () => loadPerson(ctx, champion.personId));
  }

  @Reads('personId')
  @FieldResolver(() => Boolean, { description: "May partners and editors contact them? The person's contactConsent; without it their contact details stay hidden" })
  async consentToContact(@Ctx() ctx: RequestContext, @Root() champion: Champion) {
    return (await loadPerson(ctx, champion.personId))?.contactConsent ?? false;
  }

  @Reads('personId')
  @FieldResolver(() => String, { nullable: true, description: "Day the current contact answer was recorded, YYYY-MM-DD (the person's contactConsentDate)" })
  async consentToContactDate(@Ctx() ctx: RequestContext, @Root() champion: Champion) {
    return (await loadPerson(ctx, champion.personId))?.contactConsentDate ?? null;
  }

  @Reads('personId')
  @FieldResolver(() => String, {
    nullable: true,
    description: "Personal data, the person's e-mail: admins always; editors and keys with the PERSONAL_DATA scope only with the person's consent",
  })
  contactEmail(@Ctx() ctx: RequestContext, @Root() champion: Champion) {
    return contactDetail(ctx, champion, 'email');
  }

  @Reads('personId')
  @FieldResolver(() => String, { nullable: true, description: 'Personal data, as contactEmail' })
  contactPhone(@Ctx() ctx: RequestContext, @Root() champion: Champion) {
    return contactDetail(ctx, champion, 'phone');
  }

  @Cost({ assumedSize: 10 })
  @Reads('thematicAreaIds')
  @FieldResolver(() => [ThematicArea], { description: 'Thematic areas of expertise' })
  thematicAreas(@Ctx() ctx: RequestContext, @Root() champion: Champion) {
    return loadThematicAreas(ctx, champion.thematicAreaIds);
  }

  @Cost({ assumedSize: 10 })
  @Reads()
  @FieldResolver(() => [ChampionPractice], { description: "The practices they lived and their role in each; partners' keys see published practices only" })
  async practices(@Ctx() ctx: RequestContext, @Root() champion: Champion, @LookAhead() selection: Selection) {
    const links = await loadMany(ctx, ChampionPractice, champion.id, 'championId', { order: { createdAt: 'ASC' }, selection, reads: ['practiceId'] });
    if (!isPartner(ctx.principal)) return links;
    const practices = await Promise.all(links.map((l) => loadPractice(ctx, l.practiceId)));
    return links.filter((_, i) => practices[i]?.status === PracticeStatus.PUBLISHED);
  }

  @Cost({ assumedSize: 10 })
  @Reads()
  @FieldResolver(() => [ChampionTraining], { nullable: true, description: "Oldest first; null for partners' API keys (internal preparation records)" })
  trainings(@Ctx() ctx: RequestContext, @Root() champion: Champion, @LookAhead() selection: Selection) {
    if (isPartner(ctx.principal)) return null;
    return loadMany(ctx, ChampionTraining, champion.id, 'championId', { order: { date: 'ASC' }, selection });
  }

  @Reads()
  @FieldResolver(() => Boolean, { description: 'Has completed at least one training' })
  async trained(@Ctx() ctx: RequestContext, @Root() champion: Champion) {
    // Same loader (and order) as `trainings`, so asking for both costs one statement.
    const trainings = await loadMany(ctx, ChampionTraining, champion.id, 'championId', { order: { date: 'ASC' } });
    return trainings.some((t) => t.completed);
  }

  @Reads()
  @FieldResolver(() => Float, { nullable: true, description: "Mean of participants' ratings (1-5), two decimals; null without feedback" })
  async averageRating(@Ctx() ctx: RequestContext, @Root() champion: Champion) {
    return (await ratingSummary(ctx, champion.id)).average;
  }

  @Reads()
  @FieldResolver(() => Int, { description: 'How many participants rated their sessions' })
  async feedbackCount(@Ctx() ctx: RequestContext, @Root() champion: Champion) {
    return (await ratingSummary(ctx, champion.id)).count;
  }
}
