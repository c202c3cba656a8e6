import { In, IsNull, Not } from 'typeorm';
import {
  findOrFail,
  hasSearch,
  LANGUAGES,
  Language,
  loadForUpdate,
  NotFoundError,
  paginate,
  ReferenceCheck,
  searchTerm,
  Service,
  textMatches,
  textSortKey,
  today,
  ValidationError,
  type Connection,
  type RequestContext,
  type Selection,
  type SortKey,
} from '@lr/server-core';
import { CountryRef, getRoute, LearningRoute, loadPerson, Person, PersonRef, RouteRef } from '@lr/server-core-domain';
import { RouteLogisticsService } from '../settings/route-logistics.service';
import { normalizePassportNumber, PASSPORT_NUMBER } from './passport';
import { routeTravellers } from './route-travellers';
import { TravelStatus, VisaStatus } from './travel-enums';
import type { CreateTravellerInput, TravellerDetails, TravellerFilter, TravellersArgs, UpdateTravellerInput } from './traveller.inputs';
import { Traveller } from './traveller.entity';
import { mayReadTravellerOf, scopeTravellers } from './traveller-scope';

const blankToNull = (value: string | null | undefined) => value?.trim() || null;

/**
 * A new record starts with no visa to get when the passport is the host country's own; anyone
 * else starts TO_APPLY, and editors move them to NOT_NEEDED where a visa waiver applies (the
 * rules differ by pair of countries and change, so they are not guessed).
 */
function initialVisaStatus(nationalityCode: string | null, hostCountryCode: string): VisaStatus {
  return nationalityCode === hostCountryCode ? VisaStatus.NOT_NEEDED : VisaStatus.TO_APPLY;
}

/**
 * The travellers `travellers(filter:)` lists (alias `t`, the person joined as `p`), limited to
 * what the caller reads (`scopeTravellers`). The CSV export runs the same query.
 */
export function travellersQuery(ctx: RequestContext, f: TravellerFilter | undefined) {
  // The person is joined (not read through its module) for the search and the sort by name.
  const q = ctx.repo(Traveller).createQueryBuilder('t').leftJoin(Person, 'p', 'p.id = t.person_id');
  if (f?.routeId) q.andWhere('t.route_id = :routeId', { routeId: f.routeId });
  if (f?.personId) q.andWhere('t.person_id = :personId', { personId: f.personId });
  if (f?.travelStatus) q.andWhere('t.travel_status = :travelStatus', { travelStatus: f.travelStatus });
  if (f?.visaStatus) q.andWhere('t.visa_status = :visaStatus', { visaStatus: f.visaStatus });
  if (f?.missingPassport === true) q.andWhere('(t.passport_number IS NULL OR t.nationality_code IS NULL OR t.date_of_birth IS NULL)');
  if (f?.missingPassport === false) q.andWhere('t.passport_number IS NOT NULL AND t.nationality_code IS NOT NULL AND t.date_of_birth IS NOT NULL');
  if (hasSearch(f?.search)) q.andWhere(textMatches('p', { plain: ['given_name', 'family_name'] }), { term: searchTerm(f.search) });
  scopeTravellers(ctx, q, 't');
  return q;
}

/** The travellers' order: family then given name. */
export const TRAVELLER_SORT: SortKey = { expression: textSortKey("p.family_name || ' ' || p.given_name"), direction: 'ASC' };

@Service()
export class TravellerService {
  constructor(private readonly settings: RouteLogisticsService) {}

  /** By family then given name; limited to what the caller reads (see `scopeTravellers`). */
  list(ctx: RequestContext, args: TravellersArgs, selection?: Selection): Promise<Connection<Traveller>> {
    return paginate(travellersQuery(ctx, args.filter), args, TRAVELLER_SORT, selection);
  }

  /** NOT_FOUND also when the caller may not read it: its existence is not told. */
  async get(ctx: RequestContext, id: string): Promise<Traveller> {
    const traveller = await findOrFail(ctx, Traveller, id);
    if (!mayReadTravellerOf(ctx, traveller.personId)) throw new NotFoundError('Traveller', id);
    return traveller;
  }

  /** A traveller record for someone who travels on the route, prefilled from their last trip. */
  async create(ctx: RequestContext, input: CreateTravellerInput): Promise<Traveller> {
    const check = new ReferenceCheck(ctx);
    const route = await check.one(RouteRef, input.routeId, 'input.routeId');
    await check.one(PersonRef, input.personId, 'input.personId');
    check.assertValid();
    // Under the route's lock, so "who already has a record" is read after every committed addition.
    await this.settings.lockRoute(ctx, input.routeId);
    const travels = (await routeTravellers(ctx, input.routeId)).get(input.personId);
    if (!travels) throw ValidationError.field('input.personId', 'is neither a SELECTED participant nor a member of the route team of this route', 'notTravelling');
    if (await ctx.repo(Traveller).existsBy({ routeId: input.routeId, personId: input.personId })) {
      throw ValidationError.field('input.personId', 'already has a traveller record on this route', 'alreadyTraveller');
    }
    const [traveller] = await this.newRecords(ctx, route as LearningRoute, [input.personId]);
    await this.applyDetails(ctx, traveller, input, route as LearningRoute);
    traveller.visaStatus = initialVisaStatus(traveller.nationalityCode, (route as LearningRoute).hostCountryCode);
    return ctx.repo(Traveller).save(traveller);
  }

  /** A record for everyone who travels on the route and has none yet; returns the new ones. */
  async createForRoute(ctx: RequestContext, routeId: string): Promise<Traveller[]> {
    const route = await getRoute(ctx, routeId);
    await this.settings.lockRoute(ctx, routeId);
    const travelling = [...(await routeTravellers(ctx, routeId)).keys()];
    const existing = new Set((await ctx.repo(Traveller).find({ where: { routeId }, select: { id: true, personId: true } })).map((t) => t.personId));
    const records = await this.newRecords(ctx, route, travelling.filter((personId) => !existing.has(personId)));
    for (const record of records) record.visaStatus = initialVisaStatus(record.nationalityCode, route.hostCountryCode);
    return ctx.repo(Traveller).save(records);
  }

  /**
   * New, unsaved records for these people on the route. People travel again: what their latest
   * record on another route says of their passport (number, expiry, nationality, date of birth)
   * and letter language is copied, so nobody types it twice. A passport that expires before this
   * route ends is not copied (they need a new one); nationality and date of birth still are.
   * Without a previous trip, the letter is in the first of their languages the letters are
   * written in.
   */
  private async newRecords(ctx: RequestContext, route: LearningRoute, personIds: string[]): Promise<Traveller[]> {
    if (!personIds.length) return [];
    const earlier = await ctx.repo(Traveller).find({
      where: [
        { personId: In(personIds), routeId: Not(route.id), passportNumber: Not(IsNull()) },
        { personId: In(personIds), routeId: Not(route.id), nationalityCode: Not(IsNull()) },
        { personId: In(personIds), routeId: Not(route.id), dateOfBirth: Not(IsNull()) },
      ],
      order: { updatedAt: 'DESC' },
    });
    const latest = new Map<string, Traveller>();
    for (const record of earlier) if (!latest.has(record.personId)) latest.set(record.personId, record);
    const repo = ctx.repo(Traveller);
    return Promise.all(
      personIds.map(async (personId) => {
        const record = repo.create({ routeId: route.id, personId, travelStatus: TravelStatus.REQUESTED, visaStatus: VisaStatus.TO_APPLY });
        const previous = latest.get(personId);
        if (previous) {
          record.nationalityCode = previous.nationalityCode;
          record.dateOfBirth = previous.dateOfBirth;
          record.letterLanguage = previous.letterLanguage;
          const stillValid = !previous.passportExpiry || !route.endDate || previous.passportExpiry > route.endDate;
          if (stillValid) {
            record.passportNumber = previous.passportNumber;
            record.passportExpiry = previous.passportExpiry;
          }
        } else {
          const person = await loadPerson(ctx, personId);
          record.letterLanguage = (person?.languages ?? []).find((l): l is Language => (LANGUAGES as string[]).includes(l)) ?? Language.EN;
        }
        return record;
      }),
    );
  }

  async update(ctx: RequestContext, input: UpdateTravellerInput): Promise<Traveller> {
    const traveller = await loadForUpdate(ctx, Traveller, input.id, input.version);
    await this.applyDetails(ctx, traveller, input, await getRoute(ctx, traveller.routeId));
    return ctx.repo(Traveller).save(traveller);
  }

  /** Removes the record with its legs and status history (each audited); returns the id. */
  async remove(ctx: RequestContext, id: string, version: number): Promise<string> {
    const traveller = await loadForUpdate(ctx, Traveller, id, version);
    await ctx.repo(Traveller).remove(traveller);
    return id;
  }

  /** Checks and sets what the input gives (undefined: leave; null or blank: clear), reporting every bad field at once. */
  private async applyDetails(ctx: RequestContext, traveller: Traveller, input: TravellerDetails, route: LearningRoute): Promise<void> {
    const check = new ReferenceCheck(ctx);
    if (input.passportNumber !== undefined) {
      const number = input.passportNumber === null ? '' : normalizePassportNumber(input.passportNumber);
      if (number && !PASSPORT_NUMBER.test(number)) check.add('input.passportNumber', 'must be 5 to 20 letters and digits (spaces and hyphens are left out)', 'passportNumberFormat');
      traveller.passportNumber = number || null;
    }
    if (input.passportExpiry !== undefined) {
      if (input.passportExpiry && route.endDate && input.passportExpiry <= route.endDate) {
        check.add('input.passportExpiry', `must be after the route's end date (${route.endDate}): the passport must be valid for the whole trip`, 'passportValidForTrip');
      }
      traveller.passportExpiry = input.passportExpiry ?? null;
    }
    if (input.nationalityCode !== undefined) {
      await check.one(CountryRef, input.nationalityCode, 'input.nationalityCode');
      traveller.nationalityCode = input.nationalityCode ?? null;
    }
    if (input.dateOfBirth !== undefined) {
      if (input.dateOfBirth && input.dateOfBirth >= today()) check.add('input.dateOfBirth', 'must be in the past', 'inPast');
      traveller.dateOfBirth = input.dateOfBirth ?? null;
    }
    if (input.insurance !== undefined) traveller.insurance = blankToNull(input.insurance);
    if (input.insuredUntil !== undefined) traveller.insuredUntil = input.insuredUntil ?? null;
    if (input.letterLanguage) traveller.letterLanguage = input.letterLanguage;
    if (input.notes !== undefined) traveller.notes = blankToNull(input.notes);
    check.assertValid();
  }
}
