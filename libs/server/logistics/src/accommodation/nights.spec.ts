import { addDays, busiestNight, describeNights, fullNights, nightsOf, occupancy, stayCostMinor } from './nights';

describe('nights of a stay', () => {
  it('counts check-in up to the night before check-out, across month and year ends', () => {
    expect(nightsOf('2014-06-09', '2014-06-12')).toEqual(['2014-06-09', '2014-06-10', '2014-06-11']);
    expect(nightsOf('2024-02-28', '2024-03-01')).toEqual(['2024-02-28', '2024-02-29']);
    expect(nightsOf('2014-12-31', '2015-01-01')).toEqual(['2014-12-31']);
    expect(nightsOf('2014-06-09', '2014-06-09')).toEqual([]);
    expect(addDays('2014-06-30', 1)).toBe('2014-07-01');
    expect(addDays('2014-03-01', -1)).toBe('2014-02-28');
  });

  it('finds the nights a room is full and the busiest night', () => {
    const stays = [
      { checkIn: '2014-06-09', checkOut: '2014-06-12' },
      { checkIn: '2014-06-11', checkOut: '2014-06-13' },
    ];
    const nights = nightsOf('2014-06-10', '2014-06-13');
    expect([...occupancy(stays, nights)]).toEqual([['2014-06-10', 1], ['2014-06-11', 2], ['2014-06-12', 1]]);
    expect(fullNights(stays, nights, 2)).toEqual(['2014-06-11']);
    expect(fullNights(stays, nights, 1)).toEqual(nights);
    expect(busiestNight(stays)).toEqual({ night: '2014-06-11', people: 2 });
    expect(busiestNight([])).toBeNull();
  });

  it('words nights as ranges', () => {
    expect(describeNights(['2014-06-10'])).toBe('the night of 2014-06-10');
    expect(describeNights(['2014-06-12', '2014-06-10', '2014-06-11', '2014-06-14'])).toBe('the nights of 2014-06-10 to 2014-06-12 and 2014-06-14');
    expect(describeNights(['2014-06-10', '2014-06-12', '2014-06-14'])).toBe('the nights of 2014-06-10, 2014-06-12 and 2014-06-14');
  });

  it('costs nights × rate exactly, beyond what a float holds', () => {
    expect(stayCostMinor('2014-06-09', '2014-06-12', '12550')).toBe('37650');
    expect(stayCostMinor('2014-06-09', '2014-06-10', '9007199254740993')).toBe('9007199254740993');
    expect(stayCostMinor('2014-06-09', '2014-06-11', '9007199254740993')).toBe('18014398509481986');
  });
});
