import { fillPlaceholders, placeholderProblems, PLACEHOLDERS, type Placeholder } from './placeholders';

describe("a visa letter body's placeholders", () => {
  it('are filled in wherever they appear', () => {
    const values = Object.fromEntries(PLACEHOLDERS.map((p) => [p, p.toUpperCase()])) as Record<Placeholder, string>;
    expect(fillPlaceholders('{name} ({nationality}), passport {passportNumber}; {name} again.', values)).toBe('NAME (NATIONALITY), passport PASSPORTNUMBER; NAME again.');
  });

  it('name each unknown one once', () => {
    expect(placeholderProblems('Dear {name}, passport {passport}, {passport} and {Name}.')).toEqual([
      { message: expect.stringMatching(/^\{passport\} is not a placeholder; use \{name\}, \{passportNumber\}/), constraint: 'knownPlaceholders' },
      { message: expect.stringMatching(/^\{Name\} is not a placeholder/), constraint: 'knownPlaceholders' },
    ]);
  });

  it('refuse braces that belong to no placeholder', () => {
    expect(placeholderProblems('Welcome {name')).toEqual([{ message: 'has a brace that opens or closes no placeholder', constraint: 'matchedBraces' }]);
    expect(placeholderProblems('Welcome {name}, from {startDate} to {endDate}.')).toEqual([]);
  });
});
