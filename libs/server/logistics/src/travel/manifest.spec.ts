import { manifestDates, manifestMoves, type ManifestLeg } from './manifest';
import { LegDirection } from './travel-enums';

let n = 0;
const leg = (travellerId: string, direction: LegDirection, depart: [string, string], arrive: [string, string]): ManifestLeg => ({
  id: `leg-${++n}`,
  travellerId,
  direction,
  departLocal: depart[0],
  departTimeZone: depart[1],
  arriveLocal: arrive[0],
  arriveTimeZone: arrive[1],
});

describe('the arrivals-and-departures manifest', () => {
  const ams = leg('neema', LegDirection.INBOUND, ['2014-06-07T22:40', 'Africa/Dar_es_Salaam'], ['2014-06-08T07:10', 'Europe/Amsterdam']);
  const lima = leg('neema', LegDirection.INBOUND, ['2014-06-08T10:30', 'Europe/Amsterdam'], ['2014-06-08T16:15', 'America/Lima']);
  const late = leg('byron', LegDirection.INBOUND, ['2014-06-08T18:00', 'America/Guatemala'], ['2014-06-08T22:30', 'America/Lima']);
  const home = leg('neema', LegDirection.OUTBOUND, ['2014-06-16T19:00', 'America/Lima'], ['2014-06-17T13:50', 'Europe/Amsterdam']);
  const onward = leg('neema', LegDirection.OUTBOUND, ['2014-06-17T20:30', 'Europe/Amsterdam'], ['2014-06-18T06:30', 'Africa/Dar_es_Salaam']);
  const domestic = leg('neema', LegDirection.DOMESTIC, ['2014-06-12T07:00', 'America/Lima'], ['2014-06-12T08:05', 'America/Lima']);

  it("lists a journey's last INBOUND leg as its arrival and its first OUTBOUND leg as its departure", () => {
    const { arrivals, departures } = manifestMoves([home, lima, domestic, onward, ams], 'America/Lima');
    expect(arrivals.map((a) => [a.leg.id, a.date, a.time])).toEqual([[lima.id, '2014-06-08', '16:15']]);
    expect(departures.map((d) => [d.leg.id, d.date, d.time])).toEqual([[home.id, '2014-06-16', '19:00']]);
  });

  it("puts an arrival on the date it has in the route's zone, not in UTC", () => {
    // 22:30 in Lima is 03:30 UTC the next day.
    const { arrivals } = manifestMoves([late, lima, ams], 'America/Lima');
    expect(arrivals.map((a) => [a.leg.travellerId, a.date, a.time, a.at.toISOString()])).toEqual([
      ['neema', '2014-06-08', '16:15', '2014-06-08T21:15:00.000Z'],
      ['byron', '2014-06-08', '22:30', '2014-06-09T03:30:00.000Z'],
    ]);
  });

  it('counts arrivals and departures per date', () => {
    expect(manifestDates(manifestMoves([late, lima, ams, home, onward], 'America/Lima'))).toEqual([
      { date: '2014-06-08', arrivals: 2, departures: 0 },
      { date: '2014-06-16', arrivals: 0, departures: 1 },
    ]);
  });
});
