import { daysInclusive, isLocalDate } from './rules';

describe('isLocalDate', () => {
  it.each(['2014-06-09', '2016-02-29', '2000-02-29', '2014-12-31', '2014-01-01'])('accepts the real date %s', (value) => {
    expect(isLocalDate(value)).toBe(true);
  });

  it.each(['2014-02-30', '2015-02-29', '1900-02-29', '2014-13-01', '2014-00-10', '2014-04-31', '2014-06-00'])(
    'refuses the impossible date %s',
    (value) => {
      expect(isLocalDate(value)).toBe(false);
    },
  );

  it.each(['2014-6-9', '09/06/2014', '2014-06-09T00:00:00Z', ' 2014-06-09', '', 'yesterday'])('refuses the badly written %j', (value) => {
    expect(isLocalDate(value)).toBe(false);
  });

  it('refuses values that are not strings', () => {
    expect(isLocalDate(undefined)).toBe(false);
    expect(isLocalDate(null)).toBe(false);
    expect(isLocalDate(20140609)).toBe(false);
    expect(isLocalDate(new Date())).toBe(false);
  });
});

describe('daysInclusive', () => {
  it('counts both ends', () => {
    expect(daysInclusive('2014-06-09', '2014-06-16')).toBe(8);
    expect(daysInclusive('2014-06-09', '2014-06-09')).toBe(1);
    expect(daysInclusive('2016-02-28', '2016-03-01')).toBe(3);
  });
});
