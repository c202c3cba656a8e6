import { legTimeProblems } from './leg-times';

const leg = (overrides: Partial<Parameters<typeof legTimeProblems>[0]> = {}) => ({
  departLocal: '2014-06-08T10:30',
  departTimeZone: 'Europe/Amsterdam',
  arriveLocal: '2014-06-08T16:15',
  arriveTimeZone: 'America/Lima',
  ...overrides,
});

describe("a leg's times", () => {
  it('are good when the arrival comes after the departure as instants, though its local time reads earlier elsewhere', () => {
    expect(legTimeProblems(leg())).toEqual([]);
    // Leaves Lima at 23:00 and lands in Santiago at 04:55 the next day, 4 hours later.
    expect(legTimeProblems(leg({ departLocal: '2014-06-16T23:00', departTimeZone: 'America/Lima', arriveLocal: '2014-06-17T04:55', arriveTimeZone: 'America/Santiago' }))).toEqual([]);
  });

  it('refuse an arrival before the departure once the zones are taken into account', () => {
    // 16:15 in Lima is 21:15 UTC; leaving Amsterdam at 23:30 is 21:30 UTC.
    expect(legTimeProblems(leg({ departLocal: '2014-06-08T23:30' }))).toEqual([
      { path: 'input.arriveLocal', message: 'must be after the departure: it arrives at 2014-06-08 21:15 UTC and departs at 2014-06-08 21:30 UTC', constraint: 'arriveAfterDepart' },
    ]);
  });

  it('refuse a leg of more than three days', () => {
    expect(legTimeProblems(leg({ arriveLocal: '2014-07-08T16:15' }))[0]).toMatchObject({ path: 'input.arriveLocal', message: expect.stringContaining('a leg lasts at most 72'), constraint: 'maxLegHours' });
  });

  it('name each bad time or zone on its own field', () => {
    expect(legTimeProblems(leg({ departLocal: '2014-06-31T10:30', arriveTimeZone: 'Lima' }), 'legs.0')).toEqual([
      { path: 'legs.0.departLocal', message: 'must be a local date and time written YYYY-MM-DDTHH:MM, e.g. 2025-05-11T08:30', constraint: 'localDateTime' },
      { path: 'legs.0.arriveTimeZone', message: 'Lima is not an IANA time zone such as America/Lima', constraint: 'ianaTimeZone' },
    ]);
  });

  it('refuse a time the clocks skip', () => {
    expect(legTimeProblems(leg({ departLocal: '2025-03-30T02:30', departTimeZone: 'Europe/Paris', arriveLocal: '2025-03-30T12:00' }))).toEqual([
      { path: 'input.departLocal', message: '2025-03-30T02:30 does not exist in Europe/Paris: the clocks go forward over it', constraint: 'existsInZone' },
    ]);
  });
});
