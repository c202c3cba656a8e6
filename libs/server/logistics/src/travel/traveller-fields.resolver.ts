import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Cost, joinedOr, loadMany, LookAhead, Reads, stateHistory, ToOne, type RequestContext, type Selection } from '@lr/server-core';
import { Country, LearningRoute, loadCountry, loadPerson, loadRoute, Person } from '@lr/server-core-domain';
import { mayDownloadVisaLetter, visaLetterPath } from '../visa/visa-letter-access';
import { LETTER_PASSPORT_FIELDS, missingPassportFields } from './passport';
import { routeTravellers } from './route-travellers';
import { TravelStatus, TravellerKind, VisaStatus } from './travel-enums';
import { TravelLeg } from './travel-leg.entity';
import { TravelStatusChange, travelStatusMachine, VisaStatusChange, visaStatusMachine } from './travel-machines';
import { Traveller } from './traveller.entity';
import { byDeparture } from './leg-order';

/** Nested reads go through per-request DataLoaders: a page costs a fixed number of statements. */
@Resolver(() => Traveller)
export class TravellerFieldsResolver {
  @ToOne('person')
  @FieldResolver(() => Person, { nullable: true, description: "The core person; e-mail and phone follow the core's privacy policy" })
  person(@Ctx() ctx: RequestContext, @Root() traveller: Traveller) {
    return joinedOr(traveller.person, () => loadPerson(ctx, traveller.personId));
  }

  @ToOne('route')
  @FieldResolver(() => LearningRoute, { nullable: true })
  route(@Ctx() ctx: RequestContext, @Root() traveller: Traveller) {
    return joinedOr(traveller.route, () => loadRoute(ctx, traveller.routeId));
  }

  @Cost({ assumedSize: 4 })
  @Reads()
  @FieldResolver(() => [TravelLeg], { description: 'The journey, by departure (compared as instants across zones)' })
  async legs(@Ctx() ctx: RequestContext, @Root() traveller: Traveller, @LookAhead() selection: Selection) {
    return byDeparture(await loadMany(ctx, TravelLeg, traveller.id, 'travellerId', { selection, reads: ['departLocal', 'departTimeZone'] }));
  }

  @Reads(...LETTER_PASSPORT_FIELDS)
  @FieldResolver(() => Boolean, {
    description: 'The passport number, nationality and date of birth are all there, so the visa letter can be produced (editors see this without seeing the data)',
  })
  hasPassportDetails(@Root() traveller: Traveller) {
    return missingPassportFields(traveller).length === 0;
  }

  @Cost({ assumedSize: 3 })
  @Reads(...LETTER_PASSPORT_FIELDS)
  @FieldResolver(() => [String], { description: 'Which of passportNumber, nationalityCode and dateOfBirth are still missing (for the visa letter)' })
  missingPassportDetails(@Root() traveller: Traveller) {
    return missingPassportFields(traveller);
  }

  @Reads('routeId', 'personId')
  @FieldResolver(() => TravellerKind, {
    nullable: true,
    description: 'PARTICIPANT or TEAM, as the delegations module says; null once the person no longer travels on the route (withdrawn, left the team)',
  })
  async kind(@Ctx() ctx: RequestContext, @Root() traveller: Traveller) {
    return ((await routeTravellers(ctx, traveller.routeId)).get(traveller.personId)?.kind as TravellerKind | undefined) ?? null;
  }

  @Reads('routeId', 'personId')
  @FieldResolver(() => Country, { nullable: true, description: "The country of the participant's delegation; null for the route team" })
  async delegationCountry(@Ctx() ctx: RequestContext, @Root() traveller: Traveller) {
    const code = (await routeTravellers(ctx, traveller.routeId)).get(traveller.personId)?.countryCode;
    return code ? loadCountry(ctx, code) : null;
  }

  @Cost({ assumedSize: 4 })
  @Reads()
  @FieldResolver(() => [TravelStatusChange], { description: 'Every move of the tickets, oldest first' })
  travelHistory(@Ctx() ctx: RequestContext, @Root() traveller: Traveller) {
    return stateHistory(ctx, travelStatusMachine, traveller.id);
  }

  @Cost({ assumedSize: 4 })
  @Reads()
  @FieldResolver(() => [VisaStatusChange], { description: 'Every move of the visa, oldest first' })
  visaHistory(@Ctx() ctx: RequestContext, @Root() traveller: Traveller) {
    return stateHistory(ctx, visaStatusMachine, traveller.id);
  }

  @Cost({ assumedSize: 2 })
  @Reads('travelStatus')
  @FieldResolver(() => [TravelStatus], { description: 'Statuses the caller may move the tickets to (the legs aside)' })
  allowedNextTravelStatuses(@Ctx() ctx: RequestContext, @Root() traveller: Traveller) {
    return travelStatusMachine.allowedMoves(ctx.principal, traveller.travelStatus);
  }

  @Cost({ assumedSize: 3 })
  @Reads('visaStatus')
  @FieldResolver(() => [VisaStatus], { description: 'Statuses the caller may move the visa to (passport details aside)' })
  allowedNextVisaStatuses(@Ctx() ctx: RequestContext, @Root() traveller: Traveller) {
    return visaStatusMachine.allowedMoves(ctx.principal, traveller.visaStatus);
  }

  @Reads('personId')
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Path of the visa letter PDF (GET, same credentials), for admins, logistics editors and the traveller themself; null for others',
  })
  visaLetterUrl(@Ctx() ctx: RequestContext, @Root() traveller: Traveller) {
    return mayDownloadVisaLetter(ctx.principal, traveller.personId) ? visaLetterPath(traveller.id) : null;
  }
}
