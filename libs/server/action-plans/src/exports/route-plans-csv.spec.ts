import { parse } from 'csv-parse/sync';
import { PlanStatus } from '../plans/plan-status';
import { Recommendation } from '../reviews/recommendation';
import { csvRecord, routePlansStringifier, totalsText, type RoutePlanRow } from './route-plans-csv';

const row = (overrides: Partial<RoutePlanRow> = {}): RoutePlanRow => ({
  planId: 'p1',
  delegation: 'Bénin, équipe "nationale"',
  countryCode: 'BJ',
  country: 'Benin',
  title: '=HYPERLINK("http://evil")',
  language: 'fr',
  status: PlanStatus.FINAL,
  versionCount: 2,
  smartPasses: true,
  smartFailingItems: 0,
  objectives: 3,
  activities: 4,
  activityBudget: [
    { currency: 'USD', minorUnits: '100050' },
    { currency: 'PEN', minorUnits: '350000' },
    { currency: 'USD', minorUnits: '20000' },
  ],
  latestRecommendation: Recommendation.ACCEPT,
  latestReviewAt: new Date('2025-06-04T09:00:00Z'),
  awards: [{ kind: 'CASH', amount: { currency: 'USD', minorUnits: '300000' } }, { kind: 'IN_KIND', amount: { currency: 'USD', minorUnits: '50000' } }],
  ...overrides,
});

async function csvOf(rows: RoutePlanRow[]): Promise<string> {
  const out = routePlansStringifier();
  const chunks: string[] = [];
  out.on('data', (c: Buffer | string) => chunks.push(String(c)));
  const done = new Promise((resolve) => out.on('end', resolve));
  for (const r of rows) out.write(csvRecord(r));
  out.end();
  await done;
  return chunks.join('');
}

describe('route plans CSV', () => {
  it('adds amounts up per currency, exactly', () => {
    expect(totalsText([{ currency: 'USD', minorUnits: '10' }, { currency: 'USD', minorUnits: '99999999999999999' }])).toBe('USD 1000000000000000.09');
    expect(totalsText([])).toBe('');
  });

  it('writes a BOM, a header, CRLF rows, quoted text and defused formulas', async () => {
    const text = await csvOf([row()]);
    expect(text.startsWith('\ufeffplan_id,delegation,')).toBe(true);
    expect(text).toContain('\r\n');
    const [record] = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(record).toEqual({
      plan_id: 'p1',
      delegation: 'Bénin, équipe "nationale"',
      country_code: 'BJ',
      country: 'Benin',
      title: `'=HYPERLINK("http://evil")`,
      language: 'fr',
      status: 'FINAL',
      version_count: '2',
      smart_passes: 'yes',
      smart_failing_items: '0',
      objectives: '3',
      activities: '4',
      activity_budget: 'PEN 3500.00; USD 1200.50',
      latest_recommendation: 'ACCEPT',
      latest_review_at: '2025-06-04T09:00:00.000Z',
      awards: 'CASH USD 3000.00; IN_KIND USD 500.00',
      awards_total: 'USD 3500.00',
    });
  });

  it('leaves cells empty where there is nothing', async () => {
    const text = await csvOf([row({ latestRecommendation: null, latestReviewAt: null, awards: [], activityBudget: [], delegation: null })]);
    const [record] = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect([record.latest_recommendation, record.latest_review_at, record.awards, record.awards_total, record.activity_budget, record.delegation]).toEqual(['', '', '', '', '', '']);
  });
});
