import {
  findOrFail,
  hasSearch,
  loadForUpdate,
  paginate,
  ReferenceCheck,
  searchTerm,
  Service,
  textMatches,
  textSortKey,
  type Connection,
  type RequestContext,
  type Selection,
  type SortKey,
} from '@lr/server-core';
import { CountryRef } from '@lr/server-core-domain';
import { Venue } from './venue.entity';
import type { CreateVenueInput, UpdateVenueInput, VenueFilter, VenuesArgs } from './venue.inputs';

const blankToNull = (value: string | null | undefined) => value?.trim() || null;

/** The venues `venues(filter:)` lists (alias `v`); the CSV export runs the same query. */
export function venuesQuery(ctx: RequestContext, f: VenueFilter | undefined) {
  const q = ctx.repo(Venue).createQueryBuilder('v');
  if (f?.countryCode) q.andWhere('v.country_code = :country', { country: f.countryCode });
  if (hasSearch(f?.city)) q.andWhere('lower(unaccent(v.city)) = lower(unaccent(:city))', { city: f.city.trim() });
  if (hasSearch(f?.search)) q.andWhere(textMatches('v', { plain: ['name', 'city', 'address'] }), { term: searchTerm(f.search) });
  return q;
}

/** By country, city and name. */
export const VENUE_SORT: SortKey = { expression: textSortKey("v.country_code || ' ' || v.city || ' ' || v.name"), direction: 'ASC' };

@Service()
export class VenueService {
  /** Ordered by country, city, then name, as a booking sheet lists them. */
  list(ctx: RequestContext, args: VenuesArgs, selection?: Selection): Promise<Connection<Venue>> {
    return paginate(venuesQuery(ctx, args.filter), args, VENUE_SORT, selection);
  }

  get(ctx: RequestContext, id: string): Promise<Venue> {
    return findOrFail(ctx, Venue, id);
  }

  async create(ctx: RequestContext, input: CreateVenueInput): Promise<Venue> {
    const check = new ReferenceCheck(ctx);
    await check.one(CountryRef, input.countryCode, 'input.countryCode');
    await this.checkNameFree(ctx, check, { name: input.name, city: input.city, countryCode: input.countryCode });
    check.assertValid();
    const repo = ctx.repo(Venue);
    return repo.save(
      repo.create({
        name: input.name.trim(),
        address: blankToNull(input.address),
        city: input.city.trim(),
        countryCode: input.countryCode,
        phone: blankToNull(input.phone),
      }),
    );
  }

  async update(ctx: RequestContext, input: UpdateVenueInput): Promise<Venue> {
    const venue = await loadForUpdate(ctx, Venue, input.id, input.version);
    const next = { name: input.name?.trim() ?? venue.name, city: input.city?.trim() ?? venue.city, countryCode: input.countryCode ?? venue.countryCode };
    const check = new ReferenceCheck(ctx);
    if (input.countryCode) await check.one(CountryRef, input.countryCode, 'input.countryCode');
    await this.checkNameFree(ctx, check, next, venue.id);
    check.assertValid();
    Object.assign(venue, next);
    if (input.address !== undefined) venue.address = blankToNull(input.address);
    if (input.phone !== undefined) venue.phone = blankToNull(input.phone);
    return ctx.repo(Venue).save(venue);
  }

  /**
   * Removes the venue and its rooms (each audited); refused with CONFLICT, naming the room, while
   * any of its rooms still has stays (the module's reference rules).
   */
  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const venue = await loadForUpdate(ctx, Venue, id, version);
    await ctx.repo(Venue).remove(venue);
    return id;
  }

  /** Names are unique in a city: reported on the name rather than as a bare CONFLICT. */
  private async checkNameFree(ctx: RequestContext, check: ReferenceCheck, venue: { name: string; city: string; countryCode: string }, exceptId?: string) {
    const q = ctx
      .repo(Venue)
      .createQueryBuilder('v')
      .where('v.country_code = :country AND v.city = :city AND v.name = :name', { country: venue.countryCode, city: venue.city.trim(), name: venue.name.trim() });
    if (exceptId) q.andWhere('v.id <> :exceptId', { exceptId });
    if (await q.getExists()) check.add('input.name', `a venue called ${venue.name.trim()} is already on record in ${venue.city.trim()}`, 'uniqueVenueName');
  }
}
