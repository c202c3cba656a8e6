import { fromFormValues, plainValue, toFormValues, type SettingFieldShape } from './setting-values';

const fields: SettingFieldShape[] = [
  { name: 'routeKind', kind: 'CHOICE', options: ['NATIONAL_TEAMS', 'CIVIL_SOCIETY'] },
  { name: 'maxPeople', kind: 'INT', min: 1, max: 500 },
  { name: 'fund', kind: 'MONEY' },
];

describe('a setting’s value in the form and back', () => {
  it('turns the API’s value into texts, a missing field into an empty one', () => {
    expect(
      toFormValues(fields, {
        routeKind: 'CIVIL_SOCIETY',
        maxPeople: 26,
        fund: { amount: '12000.00', currency: 'USD' },
      }),
    ).toEqual({
      value: {
        routeKind: 'CIVIL_SOCIETY',
        maxPeople: '26',
        fund: { amount: '12000.00', currency: 'USD' },
      },
    });
    expect(toFormValues(fields, {})).toEqual({
      value: { routeKind: '', maxPeople: '', fund: { amount: '', currency: '' } },
    });
  });

  it('sends whole numbers as numbers, and money trimmed with its currency in capitals', () => {
    expect(
      fromFormValues(fields, {
        value: {
          routeKind: 'NATIONAL_TEAMS',
          maxPeople: ' 30 ',
          fund: { amount: ' 15000 ', currency: 'eur ' },
        },
      }),
    ).toEqual({
      routeKind: 'NATIONAL_TEAMS',
      maxPeople: 30,
      fund: { amount: '15000', currency: 'EUR' },
    });
  });

  it('shows a default plainly', () => {
    expect(plainValue(fields[2], { amount: '12000.00', currency: 'USD' })).toBe('USD 12000.00');
    expect(plainValue(fields[1], 26)).toBe('26');
  });
});
