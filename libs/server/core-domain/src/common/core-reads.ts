import { In } from 'typeorm';
import { findOrFail, loadOne, type RequestContext } from '@lr/server-core';
import { Country } from '../countries/country.entity';
import { LearningNeed } from '../learning-needs/learning-need.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Person } from '../people/person.entity';
import { Programme } from '../programmes/programme.entity';
import { LearningRoute } from '../routes/learning-route.entity';
import { ThematicArea } from '../thematic-areas/thematic-area.entity';

/**
 * The core's read functions: how other modules read core records. Single records go through
 * the request's DataLoaders, so a page of N rows costs one statement per kind of record.
 */
export const loadPerson = (ctx: RequestContext, id: string) => loadOne(ctx, Person, id);
export const loadRoute = (ctx: RequestContext, id: string) => loadOne(ctx, LearningRoute, id);
export const loadProgramme = (ctx: RequestContext, id: string) => loadOne(ctx, Programme, id);
export const loadCountry = (ctx: RequestContext, code: string) => loadOne(ctx, Country, code, { by: 'code' });
export const loadOrganisation = (ctx: RequestContext, id: string) => loadOne(ctx, Organisation, id);
export const loadThematicArea = (ctx: RequestContext, id: string) => loadOne(ctx, ThematicArea, id);

/** The records that exist among `ids`, in the order given. */
async function present<T>(ids: readonly string[], load: (id: string) => Promise<T | null>): Promise<T[]> {
  return (await Promise.all(ids.map(load))).filter((x): x is Awaited<T> => x !== null) as T[];
}
export const loadOrganisations = (ctx: RequestContext, ids: readonly string[]) => present(ids, (id) => loadOrganisation(ctx, id));
export const loadThematicAreas = (ctx: RequestContext, ids: readonly string[]) => present(ids, (id) => loadThematicArea(ctx, id));

/** The route, or NOT_FOUND. */
export const getRoute = (ctx: RequestContext, id: string) => findOrFail(ctx, LearningRoute, id);
/** The programme, or NOT_FOUND. */
export const getProgramme = (ctx: RequestContext, id: string) => findOrFail(ctx, Programme, id);

export function routesOfProgramme(ctx: RequestContext, programmeId: string): Promise<LearningRoute[]> {
  return ctx.repo(LearningRoute).findBy({ programmeId });
}

/** The ranked learning needs of the given countries. */
export function learningNeedsOf(ctx: RequestContext, countryCodes: readonly string[]): Promise<LearningNeed[]> {
  return countryCodes.length ? ctx.repo(LearningNeed).findBy({ countryCode: In([...countryCodes]) }) : Promise.resolve([]);
}

/** The people among `ids` (for lists that show names). */
export function peopleByIds(ctx: RequestContext, ids: readonly string[]): Promise<Person[]> {
  return ids.length ? ctx.repo(Person).findBy({ id: In([...ids]) }) : Promise.resolve([]);
}

/** The people with these e-mail addresses (compared in lower case), for matching imports to people on record. */
export function peopleByEmails(ctx: RequestContext, emails: readonly string[]): Promise<Person[]> {
  const lower = [...new Set(emails.map((e) => e.trim().toLowerCase()))];
  return lower.length ? ctx.repo(Person).findBy({ email: In(lower) }) : Promise.resolve([]);
}
