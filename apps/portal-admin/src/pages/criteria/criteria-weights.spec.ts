import { parseWeight, sharePercent, weightTotal } from './criteria-weights';

describe('criteria weights as the admin types them', () => {
  it('accepts whole numbers from 1 to 100 only, as the API does', () => {
    expect(['1', ' 100 ', '7'].map(parseWeight)).toEqual([1, 100, 7]);
    expect(['0', '101', '2.5', '-3', '', 'ten'].map(parseWeight)).toEqual([null, null, null, null, null, null]);
  });

  it('totals the valid weights and gives each its share, nothing while it is not a weight', () => {
    const texts = ['2', '1', '1', 'x'];
    const total = weightTotal(texts);
    expect(total).toBe(4);
    expect(texts.map((t) => sharePercent(t, total))).toEqual([50, 25, 25, null]);
    expect(sharePercent('5', 0)).toBeNull();
  });
});
