import { createLogger, platformModule, seedDemoData } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { coreDomainModule } from '@lr/server-core-domain';
import { championsModule } from '@lr/server-champions';
import { delegationsModule } from '@lr/server-delegations';
import { practicesModule } from '@lr/server-practices';
import { travelPart } from '../src/travel/travel.part';
import { adminToken, ok, pdfText, startLogisticsGateway } from './helpers';
import { download } from './travel-helpers';

const TRAVELLERS = `query($id: ID!) { route(id: $id) { travellers {
  id travelStatus visaStatus letterLanguage hasPassportDetails kind delegationCountry { code } person { email }
  legs { direction toPlace arriveLocal bookingReference cost { currency } meetPerson { email } meetingNote }
  travelHistory { to at } } } }`;

describe('travel demo data', () => {
  let gw: TestGateway;
  let admin: string;
  let routeId: string;
  let travellers: {
    id: string;
    travelStatus: string;
    visaStatus: string;
    letterLanguage: string;
    hasPassportDetails: boolean;
    kind: string;
    delegationCountry: { code: string } | null;
    person: { email: string };
    legs: { direction: string; toPlace: string; arriveLocal: string; bookingReference: string | null; cost: { currency: string } | null; meetPerson: { email: string } | null; meetingNote: string | null }[];
    travelHistory: { to: string; at: string }[];
  }[];

  beforeAll(async () => {
    gw = await startLogisticsGateway();
    const logger = createLogger('silent');
    // The modules travel builds on, then the travel part alone (the other areas' demo data is theirs to test).
    await seedDemoData(gw.dataSource, [platformModule, coreDomainModule, delegationsModule, practicesModule, championsModule], logger);
    await gw.dataSource.transaction((manager) => travelPart.seedDemo!({ manager, logger }));
    admin = await adminToken(gw);
    [{ id: routeId }] = await gw.dataSource.query(`SELECT id FROM learning_route WHERE host_country_code = 'PE'`);
    travellers = (await ok(gw, TRAVELLERS, { id: routeId }, { token: admin })).travellers;
  });
  afterAll(() => gw?.close());

  const count = <T>(items: T[], key: (item: T) => string) => items.reduce<Record<string, number>>((acc, item) => ({ ...acc, [key(item)]: (acc[key(item)] ?? 0) + 1 }), {});

  it('has a record for every selected participant and member of the route team of the Peru route', async () => {
    expect(count(travellers, (t) => t.kind)).toEqual({ PARTICIPANT: 15, TEAM: 4 });
    expect(count(travellers.filter((t) => t.delegationCountry), (t) => t.delegationCountry!.code)).toEqual({ BJ: 3, GT: 3, LA: 3, SL: 3, TZ: 3 });
  });

  it('flies everyone but the Lima interpreter in from their capital and home again, the flight into Lima met by the route team', async () => {
    const flying = travellers.filter((t) => t.legs.length);
    expect(flying).toHaveLength(18);
    for (const t of flying) {
      expect(t.legs.some((l) => l.direction === 'INBOUND' && l.toPlace === 'Lima (LIM)')).toBe(true);
      expect(t.legs.some((l) => l.direction === 'OUTBOUND')).toBe(true);
      expect(t.legs.every((l) => l.bookingReference)).toBe(true);
      const landing = t.legs.find((l) => l.toPlace === 'Lima (LIM)')!;
      expect(landing.meetPerson?.email).toMatch(/^(carolina\.fuentes|valeria\.rojas-salinas)@example\.org$/);
      expect(landing.meetingNote).toMatch(/waits at international arrivals/);
    }
    const currencies = new Set(flying.flatMap((t) => t.legs.flatMap((l) => (l.cost ? [l.cost.currency] : []))));
    expect([...currencies].sort()).toEqual(['CHF', 'EUR', 'GTQ', 'USD']);
  });

  it('spreads tickets, visas and passport details, with histories dated before the route', async () => {
    expect(count(travellers, (t) => t.travelStatus)).toEqual({ TICKETED: 12, BOOKED: 6, REQUESTED: 1 });
    expect(count(travellers, (t) => t.visaStatus)).toEqual({ GRANTED: 12, APPLIED: 1, NOT_NEEDED: 6 });
    expect(travellers.filter((t) => !t.hasPassportDetails)).toHaveLength(2);
    expect(travellers.flatMap((t) => t.travelHistory).every((h) => h.at < '2014-06-09')).toBe(true);
    expect(count(travellers, (t) => t.letterLanguage)).toMatchObject({ FR: expect.any(Number), ES: expect.any(Number), EN: expect.any(Number) });
  });

  it('has arrivals over three days and departures over two on the manifest', async () => {
    const days = await ok(gw, `query($r: ID!) { manifestDays(routeId: $r) { date arrivals departures } }`, { r: routeId }, { token: admin });
    expect(days).toEqual([
      { date: '2014-06-07', arrivals: 3, departures: 0 },
      { date: '2014-06-08', arrivals: 12, departures: 0 },
      { date: '2014-06-09', arrivals: 3, departures: 0 },
      { date: '2014-06-16', arrivals: 0, departures: 17 },
      { date: '2014-06-17', arrivals: 0, departures: 1 },
    ]);
  });

  it("has Peru's visa letter template in three languages, and a letter in French for a Beninese participant", async () => {
    const template = await ok(gw, `{ visaLetterTemplate(hostCountryCode: "PE") { issuerName bodyTranslations { en fr es } } }`, {}, { token: admin });
    expect(template.issuerName).toMatch(/Nutrición/);
    expect(Object.values(template.bodyTranslations).every(Boolean)).toBe(true);
    const beninese = travellers.find((t) => t.delegationCountry?.code === 'BJ' && t.hasPassportDetails && t.letterLanguage === 'FR')!;
    const res = await download(gw, `/logistics/travellers/${beninese.id}/visa-letter.pdf`, admin);
    expect(res.status).toBe(200);
    expect((await pdfText(res.bytes)).text.replace(/\s+/g, ' ')).toContain('du 9 juin 2014 au 16 juin 2014');
  });
});
