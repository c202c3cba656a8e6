import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Allow, Cost, type RequestContext } from '@lr/server-core';
import { Country, loadCountry, loadPerson, Person } from '@lr/server-core-domain';
import { DayManifest, ManifestDay, ManifestEntry } from './manifest.types';
import { ManifestService } from './manifest.service';
import { routeTravellers } from './route-travellers';
import { TravellerKind } from './travel-enums';

@Resolver(() => ManifestEntry)
export class ManifestResolver {
  constructor(private readonly manifest: ManifestService) {}

  @Allow.user()
  @Query(() => DayManifest, {
    description:
      "Arrivals (each journey's last INBOUND leg) and departures (its first OUTBOUND leg) on a date of the route's time zone, by time. " +
      'A participant sees themself only; API keys are refused (travel is internal)',
  })
  arrivalsAndDepartures(@Ctx() ctx: RequestContext, @Arg('routeId', () => ID) routeId: string, @Arg('date', { description: 'YYYY-MM-DD' }) date: string) {
    return this.manifest.day(ctx, routeId, date);
  }

  @Allow.user()
  @Cost({ assumedSize: 12 })
  @Query(() => [ManifestDay], { description: 'The dates with any arrival or departure, with counts, in date order' })
  manifestDays(@Ctx() ctx: RequestContext, @Arg('routeId', () => ID) routeId: string) {
    return this.manifest.days(ctx, routeId);
  }

  @FieldResolver(() => Person, { nullable: true })
  person(@Ctx() ctx: RequestContext, @Root() entry: ManifestEntry) {
    return loadPerson(ctx, entry.traveller.personId);
  }

  @FieldResolver(() => TravellerKind, { nullable: true })
  async kind(@Ctx() ctx: RequestContext, @Root() entry: ManifestEntry) {
    return ((await routeTravellers(ctx, entry.traveller.routeId)).get(entry.traveller.personId)?.kind as TravellerKind | undefined) ?? null;
  }

  @FieldResolver(() => Country, { nullable: true, description: "The participant's delegation's country" })
  async delegationCountry(@Ctx() ctx: RequestContext, @Root() entry: ManifestEntry) {
    const code = (await routeTravellers(ctx, entry.traveller.routeId)).get(entry.traveller.personId)?.countryCode;
    return code ? loadCountry(ctx, code) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who meets them (arrivals)' })
  meetPerson(@Ctx() ctx: RequestContext, @Root() entry: ManifestEntry) {
    return entry.leg.meetPersonId ? loadPerson(ctx, entry.leg.meetPersonId) : null;
  }
}
