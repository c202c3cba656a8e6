import { datesBetween, HH_MM, minutesOf, overlaps, toHhMm, zonedInstant } from './local-time';

describe('zonedInstant', () => {
  it('reads a wall-clock time in Lima (UTC-5, no daylight saving) as five hours later in UTC', () => {
    expect(zonedInstant('2025-05-12', '09:30', 'America/Lima').toISOString()).toBe('2025-05-12T14:30:00.000Z');
    // Late evening in Lima is already the next day in UTC.
    expect(zonedInstant('2025-05-12', '21:15', 'America/Lima').toISOString()).toBe('2025-05-13T02:15:00.000Z');
  });

  it('follows daylight saving: Paris is UTC+1 in winter and UTC+2 in summer', () => {
    expect(zonedInstant('2025-01-15', '09:00', 'Europe/Paris').toISOString()).toBe('2025-01-15T08:00:00.000Z');
    expect(zonedInstant('2025-07-15', '09:00', 'Europe/Paris').toISOString()).toBe('2025-07-15T07:00:00.000Z');
    // The morning after the spring change (30 March 2025, 02:00 → 03:00) is already summer time.
    expect(zonedInstant('2025-03-30', '04:00', 'Europe/Paris').toISOString()).toBe('2025-03-30T02:00:00.000Z');
  });

  it('handles zones ahead of UTC and half-hour offsets', () => {
    expect(zonedInstant('2025-05-12', '01:00', 'Asia/Kolkata').toISOString()).toBe('2025-05-11T19:30:00.000Z');
    expect(zonedInstant('2025-05-12', '08:00', 'Africa/Lusaka').toISOString()).toBe('2025-05-12T06:00:00.000Z');
    expect(zonedInstant('2025-05-12', '08:00', 'UTC').toISOString()).toBe('2025-05-12T08:00:00.000Z');
  });
});

describe('times and dates', () => {
  it('accepts 24-hour HH:MM only', () => {
    expect(['00:00', '09:30', '23:59'].every((t) => HH_MM.test(t))).toBe(true);
    expect(['9:30', '24:00', '12:60', '09:30:00', 'noon'].some((t) => HH_MM.test(t))).toBe(false);
  });

  it('counts minutes and trims seconds', () => {
    expect(minutesOf('09:30')).toBe(570);
    expect(minutesOf('09:30:00')).toBe(570);
    expect(toHhMm('09:30:00')).toBe('09:30');
  });

  it('treats intervals as half-open: back-to-back sessions do not overlap', () => {
    expect(overlaps({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(false);
    expect(overlaps({ start: 0, end: 11 }, { start: 10, end: 20 })).toBe(true);
    expect(overlaps({ start: 5, end: 6 }, { start: 0, end: 20 })).toBe(true);
  });

  it('lists the dates of a period, inclusive, across a month end', () => {
    expect(datesBetween('2025-05-30', '2025-06-02')).toEqual(['2025-05-30', '2025-05-31', '2025-06-01', '2025-06-02']);
    expect(datesBetween('2025-05-12', '2025-05-12')).toEqual(['2025-05-12']);
    expect(datesBetween('2025-05-13', '2025-05-12')).toEqual([]);
  });
});
