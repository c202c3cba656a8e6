import { today } from '@lr/server-core';
import { cleanTags } from './text';

describe('text helpers', () => {
  it('cleans tags: trims, collapses spaces, drops blanks and case-insensitive duplicates', () => {
    expect(cleanTags(['  Community  kitchens ', 'community kitchens', '', 'Budget tracking'])).toEqual(['Community kitchens', 'Budget tracking']);
    expect(cleanTags(undefined)).toEqual([]);
  });

  it('writes today as YYYY-MM-DD', () => {
    expect(today(new Date('2016-09-05T23:00:00Z'))).toBe('2016-09-05');
  });
});
