import { dateInZone, existsInZone, instantToLocal, localToInstant, parseLocalDateTime } from './zoned-time';

describe('zoned wall-clock times', () => {
  it('turn a local time into the instant it names, whatever the zone', () => {
    expect(localToInstant('2025-05-10T22:30', 'America/Lima').toISOString()).toBe('2025-05-11T03:30:00.000Z');
    expect(localToInstant('2014-06-08T07:10', 'Europe/Amsterdam').toISOString()).toBe('2014-06-08T05:10:00.000Z');
    expect(localToInstant('2014-06-07T22:40', 'Africa/Dar_es_Salaam').toISOString()).toBe('2014-06-07T19:40:00.000Z');
    expect(localToInstant('2025-01-15T12:00', 'Asia/Kolkata').toISOString()).toBe('2025-01-15T06:30:00.000Z');
  });

  it('follow daylight saving from the time-zone data, not a fixed offset', () => {
    expect(localToInstant('2025-01-15T12:00', 'Europe/Paris').toISOString()).toBe('2025-01-15T11:00:00.000Z');
    expect(localToInstant('2025-07-15T12:00', 'Europe/Paris').toISOString()).toBe('2025-07-15T10:00:00.000Z');
  });

  it('take the first of the two instants of a fall-back hour', () => {
    // Paris goes from 03:00 CEST back to 02:00 CET on 2025-10-26: 02:30 happens twice.
    expect(localToInstant('2025-10-26T02:30', 'Europe/Paris').toISOString()).toBe('2025-10-26T00:30:00.000Z');
    expect(existsInZone('2025-10-26T02:30', 'Europe/Paris')).toBe(true);
  });

  it('know that a time skipped by a spring-forward gap does not exist', () => {
    // Paris jumps from 02:00 to 03:00 on 2025-03-30.
    expect(existsInZone('2025-03-30T02:30', 'Europe/Paris')).toBe(false);
    expect(existsInZone('2025-03-30T03:30', 'Europe/Paris')).toBe(true);
    expect(localToInstant('2025-03-30T02:30', 'Europe/Paris').toISOString()).toBe('2025-03-30T01:30:00.000Z');
  });

  it('read an instant back as a wall-clock time and a date in a zone', () => {
    const instant = new Date('2025-05-11T03:30:00Z');
    expect(instantToLocal(instant, 'America/Lima')).toBe('2025-05-10T22:30');
    expect(dateInZone(instant, 'America/Lima')).toBe('2025-05-10');
    expect(dateInZone(instant, 'UTC')).toBe('2025-05-11');
  });

  it('refuse times that are not real calendar dates and times', () => {
    expect(parseLocalDateTime('2025-02-29T10:00')).toBeNull();
    expect(parseLocalDateTime('2025-05-11T24:00')).toBeNull();
    expect(parseLocalDateTime('2025-05-11 10:00')).toBeNull();
    expect(parseLocalDateTime('2024-02-29T23:59')).toEqual({ year: 2024, month: 2, day: 29, hour: 23, minute: 59 });
  });
});
