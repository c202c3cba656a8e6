import { In } from 'typeorm';
import { isLocalDate, Service, ValidationError, type RequestContext } from '@lr/server-core';
import { getRoute } from '@lr/server-core-domain';
import { RouteLogisticsService } from '../settings/route-logistics.service';
import { manifestDates, manifestMoves, type ManifestMove } from './manifest';
import type { DayManifest, ManifestDay, ManifestEntry } from './manifest.types';
import { LegDirection } from './travel-enums';
import { TravelLeg } from './travel-leg.entity';
import { Traveller } from './traveller.entity';
import { scopeTravellers } from './traveller-scope';

@Service()
export class ManifestService {
  constructor(private readonly settings: RouteLogisticsService) {}

  /** Who lands and who leaves on a date of the route's time zone (a participant: themself only). */
  async day(ctx: RequestContext, routeId: string, date: string): Promise<DayManifest> {
    if (!isLocalDate(date)) throw ValidationError.field('date', 'must be a date written YYYY-MM-DD', 'isLocalDate');
    const { timeZone, moves, travellers } = await this.moves(ctx, routeId);
    const entry = (move: ManifestMove<TravelLeg>): ManifestEntry => ({
      leg: move.leg,
      traveller: travellers.get(move.leg.travellerId) as Traveller,
      time: move.time,
      at: move.at,
      fromPlace: move.leg.fromPlace,
      toPlace: move.leg.toPlace,
      carrier: move.leg.carrier,
      bookingReference: move.leg.bookingReference,
      meetingNote: move.leg.meetingNote,
    });
    return {
      routeId,
      date,
      timeZone,
      arrivals: moves.arrivals.filter((m) => m.date === date).map(entry),
      departures: moves.departures.filter((m) => m.date === date).map(entry),
    };
  }

  /** The dates that have arrivals or departures, with their counts. */
  async days(ctx: RequestContext, routeId: string): Promise<ManifestDay[]> {
    return manifestDates((await this.moves(ctx, routeId)).moves);
  }

  private async moves(ctx: RequestContext, routeId: string) {
    await getRoute(ctx, routeId);
    const { timeZone } = await this.settings.settings(ctx, routeId);
    // The route's INBOUND and OUTBOUND legs of the travellers the caller reads, in one statement.
    const legs = await scopeTravellers(
      ctx,
      ctx
        .repo(TravelLeg)
        .createQueryBuilder('l')
        .innerJoin(Traveller, 't', 't.id = l.traveller_id')
        .where('l.route_id = :routeId', { routeId })
        .andWhere('l.direction IN (:...directions)', { directions: [LegDirection.INBOUND, LegDirection.OUTBOUND] }),
      't',
    ).getMany();
    const ids = [...new Set(legs.map((l) => l.travellerId))];
    const travellers = new Map((ids.length ? await ctx.repo(Traveller).findBy({ id: In(ids) }) : []).map((t) => [t.id, t]));
    return { timeZone, moves: manifestMoves(legs, timeZone), travellers };
  }
}
