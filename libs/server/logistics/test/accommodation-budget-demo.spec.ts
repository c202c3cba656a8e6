import { convertMinor, createLogger, platformModule, Role, seedDemoData } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { actionPlansModule } from '@lr/server-action-plans';
import { championsModule } from '@lr/server-champions';
import { coreDomainModule } from '@lr/server-core-domain';
import { delegationsModule } from '@lr/server-delegations';
import { practicesModule } from '@lr/server-practices';
import { logisticsModule } from '../src';
import { adminToken, ok, startLogisticsGateway } from './helpers';

/** The accommodation and budget demos, seeded after everything they build on (the travel demo's travellers and legs). */
describe('accommodation and budget demo data', () => {
  let gw: TestGateway;
  let admin: string;
  let routeId: string;
  const warnings: string[] = [];

  beforeAll(async () => {
    gw = await startLogisticsGateway();
    const logger = createLogger('warn', (line) => warnings.push(JSON.parse(line).message));
    await seedDemoData(gw.dataSource, [platformModule, coreDomainModule, delegationsModule, practicesModule, championsModule, actionPlansModule, logisticsModule], logger);
    admin = await adminToken(gw);
    routeId = (await gw.dataSource.query(`SELECT id FROM learning_route WHERE host_country_code = 'PE'`))[0].id;
  });
  afterAll(() => gw?.close());

  it('seeds without a warning from the accommodation and budget demos', () => {
    expect(warnings.filter((w) => /room|bed|budget|rate/i.test(w))).toEqual([]);
  });

  it('has a Lima hotel of fifteen rooms of one or two beds in USD and an Ayacucho guest house in PEN', async () => {
    const venues = await ok(gw, `{ venues(first: 10, filter: { countryCode: "PE" }) { edges { node { name city rooms { capacity nightlyRate { currency } } } } } }`, {}, { token: admin });
    const byCity = Object.fromEntries(venues.edges.map((e: { node: { city: string } }) => [e.node.city, e.node]));
    expect(byCity['Lima'].rooms).toHaveLength(15);
    expect(byCity['Lima'].rooms.every((r: { capacity: number; nightlyRate: { currency: string } }) => [1, 2].includes(r.capacity) && r.nightlyRate.currency === 'USD')).toBe(true);
    expect(byCity['Ayacucho'].rooms.every((r: { nightlyRate: { currency: string } }) => r.nightlyRate.currency === 'PEN')).toBe(true);
  });

  it("gives every traveller of the Peru route a bed every night they are there, within the route's rules", async () => {
    const travellers: { person_id: string; nationality_code: string | null }[] = await gw.dataSource.query(`SELECT person_id, nationality_code FROM traveller WHERE route_id = $1`, [routeId]);
    expect(travellers.length).toBeGreaterThanOrEqual(15);
    const route = await ok(gw, `query($id: ID!) { route(id: $id) { startDate endDate stays { personId checkIn checkOut room { capacity venue { city } } } } }`, { id: routeId }, { token: admin });
    const stays = route.stays as { personId: string; checkIn: string; checkOut: string; room: { capacity: number; venue: { city: string } } }[];
    expect(new Set(stays.map((s) => s.personId))).toEqual(new Set(travellers.map((t) => t.person_id)));
    expect(stays.every((s) => s.checkIn >= route.startDate && s.checkOut <= route.endDate)).toBe(true);
    // Nights in Ayacucho for everyone; Lima for those who do not live in Peru.
    expect(new Set(stays.filter((s) => s.room.venue.city === 'Ayacucho').map((s) => s.personId)).size).toBe(travellers.length);
    const [{ full }] = await gw.dataSource.query(
      `SELECT count(*)::int AS full FROM (SELECT s.room_id, d FROM stay s JOIN room r ON r.id = s.room_id, generate_series(s.check_in, s.check_out - 1, '1 day') d
        GROUP BY s.room_id, d, r.capacity HAVING count(*) > r.capacity) over`,
    );
    expect(full).toBe(0);
    const [{ twice }] = await gw.dataSource.query(
      `SELECT count(*)::int AS twice FROM (SELECT s.person_id, d FROM stay s, generate_series(s.check_in, s.check_out - 1, '1 day') d GROUP BY s.person_id, d HAVING count(*) > 1) x`,
    );
    expect(twice).toBe(0);
    const nights = await ok(gw, `query($id: ID!) { roomingNights(routeId: $id) { night people } }`, { id: routeId }, { token: admin });
    expect(nights[0]).toEqual({ night: route.startDate, people: travellers.filter((t) => t.nationality_code !== 'PE').length });
    const list = await ok(gw, `query($id: ID!, $night: String!) { roomingList(routeId: $id, night: $night) { people rooms { venue { city } people { id } } } }`, { id: routeId, night: '2014-06-12' }, { token: admin });
    expect(list.people).toBeGreaterThan(0);
  });

  it("plans the Peru route in USD, PEN and GBP and meets the programme's GBP through its rates, travel and stays included", async () => {
    const budget = await ok(
      gw,
      `query($id: ID!) { routeBudget(routeId: $id) { currency missingRates planned { amount } actual { amount } fromTravel { minorUnits } fromStays { minorUnits } travellers costPerTraveller { amount }
        categories { category planned { amount } fromActionFund { amount } lines { line { label planned { amount currency } } planned { amount } } } } }`,
      { id: routeId },
      { token: admin },
    );
    expect(budget).toMatchObject({ currency: 'GBP', missingRates: [] });
    expect(budget.costPerTraveller).not.toBeNull();
    const lines = budget.categories.flatMap((c: { lines: { line: { label: string; planned: { currency: string } } }[] }) => c.lines.map((l) => l.line));
    expect(new Set(lines.map((l: { planned: { currency: string } }) => l.planned.currency))).toEqual(new Set(['USD', 'PEN', 'GBP']));
    // The action fund is the action-plans demo's: USD 12,000 planned, USD 8,500 awarded, at 0.589.
    const fund = budget.categories.find((c: { category: string }) => c.category === 'ACTION_FUND');
    expect(fund).toMatchObject({ lines: [], planned: { amount: '7068.00' }, fromActionFund: { amount: '5006.50' } });
    // The roll-up is the seeded legs and stays, summed per currency and converted at the planning rates.
    const rates = new Map<string, string>((await gw.dataSource.query(`SELECT currency, rate::text AS rate FROM exchange_rate WHERE programme_id = (SELECT programme_id FROM learning_route WHERE id = $1)`, [routeId])).map((r: { currency: string; rate: string }) => [r.currency, r.rate]));
    const converted = (rows: { currency: string; minor: string }[]) => rows.reduce((t, r) => t + BigInt(r.currency === 'GBP' ? r.minor : convertMinor(r.minor, r.currency, rates.get(r.currency)!, 'GBP')), 0n).toString();
    const legs = await gw.dataSource.query(`SELECT cost_currency AS currency, sum(cost_minor)::text AS minor FROM travel_leg WHERE route_id = $1 AND cost_minor IS NOT NULL GROUP BY 1`, [routeId]);
    const stays = await gw.dataSource.query(`SELECT nightly_rate_currency AS currency, sum((check_out - check_in) * nightly_rate_minor)::text AS minor FROM stay WHERE route_id = $1 GROUP BY 1`, [routeId]);
    expect(legs.length).toBeGreaterThan(0);
    expect(budget.fromTravel.minorUnits).toBe(converted(legs));
    expect(budget.fromStays.minorUnits).toBe(converted(stays));
    expect(BigInt(budget.fromStays.minorUnits)).toBeGreaterThan(0n);

    const expenses = await ok(gw, `query($id: ID!) { expenses(first: 50, filter: { routeId: $id }) { totalCount edges { node { amount { currency } } } } }`, { id: routeId }, { token: admin });
    expect(expenses.totalCount).toBe(12);
    expect(new Set(expenses.edges.map((e: { node: { amount: { currency: string } } }) => e.node.amount.currency))).toEqual(new Set(['USD', 'PEN', 'GBP']));
    const rateList = await ok(gw, `query($id: ID!) { exchangeRates(programmeId: $id) { currency } }`, { id: (await gw.dataSource.query(`SELECT programme_id FROM learning_route WHERE id = $1`, [routeId]))[0].programme_id }, { token: admin });
    expect(rateList.map((r: { currency: string }) => r.currency)).toEqual(expect.arrayContaining(['EUR', 'PEN', 'USD']));
  });

  it('compares the CSN programme’s GBP 1,009,038 with what it plans', async () => {
    const programmeId = (await gw.dataSource.query(`SELECT programme_id FROM learning_route WHERE host_country_code = 'ZM'`))[0].programme_id;
    const budget = await ok(gw, `query($id: ID!) { programmeBudget(programmeId: $id) { budget { amount minorUnits } planned { minorUnits } unallocated { minorUnits } missingRates routes { route { hostCountryCode } planned { amount } } } }`, { id: programmeId }, { token: await gw.tokenFor(Role.VIEWER) });
    expect(budget.budget).toEqual({ amount: '1009038.00', minorUnits: '100903800' });
    expect(budget.missingRates).toEqual([]);
    expect(BigInt(budget.unallocated.minorUnits)).toBe(100903800n - BigInt(budget.planned.minorUnits));
    expect(budget.routes.map((r: { route: { hostCountryCode: string } }) => r.route.hostCountryCode)).toEqual(['ZM']);
  });
});
