/**
 * Demo data for the budget (001's budget headings), where the programme's GBP and the routes'
 * USD and PEN costs meet through exchange rates:
 * - the Peru route's programme (the 2014 SUN pilot) plans its route in USD, PEN and GBP with
 *   planning rates for USD, PEN and EUR (and CHF and GTQ, in which two travellers' fares were
 *   paid), has a dozen expenses in USD, PEN and GBP, and the
 *   route's ACTION_FUND figures come from its action fund (the action-plans demo); the route's travel legs and stays (seeded before)
 *   add to its TRAVEL and ACCOMMODATION actuals without being typed again;
 * - the CSN programme (GBP 1,009,038 in the core demo) plans its own staff and communications
 *   and its Zambia route, so its total budget can be compared with what is planned.
 *
 * The pilot programme keeps its books in GBP (core demo) without a known total. Rates are of the
 * time, rounded; amounts are invented.
 */
import type { EntityManager } from 'typeorm';
import type { DemoSeedContext } from '@lr/server-core';
import { LearningRoute, Programme } from '@lr/server-core-domain';
import { BudgetCategory } from '../budget/budget-category';
import { BudgetLine } from '../budget/budget-line.entity';
import { ExchangeRate } from '../budget/exchange-rate.entity';
import { Expense } from '../budget/expense.entity';

async function save<T extends object>(manager: EntityManager, entity: new () => T, data: Partial<T>): Promise<T> {
  const repo = manager.getRepository(entity);
  return repo.save(repo.create(data as T));
}

/** [category, label, planned minor units, currency] */
type LineSeed = [BudgetCategory, string, string, string];
/** [line label, spent on, description, amount minor units, currency, rate of the day (null: the planning rate, or 1)] */
type ExpenseSeed = [string, string, string, string, string, string | null];

// Mid-June 2014, rounded. CHF and GTQ are fares of the travel demo (Geneva, Guatemala City).
const PERU_RATES: [string, string][] = [
  ['USD', '0.589'],
  ['PEN', '0.2111'],
  ['EUR', '0.801'],
  ['CHF', '0.657'],
  ['GTQ', '0.0757'],
];

const PERU_LINES: LineSeed[] = [
  [BudgetCategory.TRAVEL, 'International flights', '4000000', 'USD'],
  [BudgetCategory.TRAVEL, 'Domestic flights Lima – Ayacucho', '420000', 'USD'],
  [BudgetCategory.ACCOMMODATION, 'Hotels in Lima and Ayacucho', '1400000', 'USD'],
  [BudgetCategory.PER_DIEM, 'Per diems', '960000', 'USD'],
  [BudgetCategory.INTERPRETATION, 'Interpreters (Spanish, English, French)', '480000', 'GBP'],
  [BudgetCategory.COMMUNICATIONS, 'Field blog and photography', '120000', 'GBP'],
  [BudgetCategory.MATERIALS, 'Case documents and stationery', '650000', 'PEN'],
  [BudgetCategory.OTHER, 'Local transport and meeting rooms', '1500000', 'PEN'],
];

const PERU_EXPENSES: ExpenseSeed[] = [
  ['Per diems', '2014-06-09', 'Per diems, first four days (19 travellers)', '320000', 'USD', '0.5884'],
  ['Per diems', '2014-06-13', 'Per diems, last four days (19 travellers)', '304000', 'USD', '0.5897'],
  ['Interpreters (Spanish, English, French)', '2014-06-12', 'Interpreters, days 1 to 4', '240000', 'GBP', null],
  ['Interpreters (Spanish, English, French)', '2014-06-16', 'Interpreters, days 5 to 8', '228000', 'GBP', null],
  ['Local transport and meeting rooms', '2014-06-16', 'Bus hire in Lima, eight days', '385000', 'PEN', '0.2108'],
  ['Local transport and meeting rooms', '2014-06-10', 'Conference room, Ministry annex', '120050', 'PEN', null],
  ['Local transport and meeting rooms', '2014-06-09', 'Airport transfers, arrivals day', '45000', 'USD', null],
  ['Case documents and stationery', '2014-06-05', 'Printing the case documents (Spanish and English)', '412000', 'PEN', '0.2116'],
  ['Case documents and stationery', '2014-06-08', 'Stationery and name badges', '96000', 'PEN', null],
  ['Field blog and photography', '2014-06-17', 'Photographer, eight days', '64000', 'GBP', null],
  ['Hotels in Lima and Ayacucho', '2014-06-16', 'Hotel meeting room, closing day', '38000', 'USD', null],
  ['Domestic flights Lima – Ayacucho', '2014-06-12', 'Excess baggage on the domestic flight', '82000', 'PEN', null],
];

const PILOT_LINES: LineSeed[] = [
  [BudgetCategory.STAFF, 'Programme coordination', '6000000', 'GBP'],
  [BudgetCategory.COMMUNICATIONS, 'Learning Routes website', '500000', 'GBP'],
];
const PILOT_EXPENSES: ExpenseSeed[] = [['Programme coordination', '2014-06-30', 'Coordination team, first half of 2014', '3000000', 'GBP', null]];

const CSN_RATES: [string, string][] = [
  ['USD', '0.753'],
  ['EUR', '0.819'],
];
const CSN_LINES: LineSeed[] = [
  [BudgetCategory.STAFF, 'Programme coordination, 2016-2018', '42000000', 'GBP'],
  [BudgetCategory.COMMUNICATIONS, 'Communications and knowledge products', '3600000', 'GBP'],
  [BudgetCategory.OTHER, 'Evaluation', '2500000', 'EUR'],
];
const ZAMBIA_LINES: LineSeed[] = [
  [BudgetCategory.TRAVEL, 'International flights', '9600000', 'USD'],
  [BudgetCategory.ACCOMMODATION, 'Hotels in Lusaka and the field', '3800000', 'USD'],
  [BudgetCategory.PER_DIEM, 'Per diems', '2400000', 'USD'],
  [BudgetCategory.INTERPRETATION, 'Interpreters', '600000', 'GBP'],
];

async function seedBudget(manager: EntityManager, programme: Programme, rates: [string, string][], lines: { routeId: string | null; lines: LineSeed[]; expenses: ExpenseSeed[] }[]) {
  for (const [currency, rate] of rates) await save(manager, ExchangeRate, { programmeId: programme.id, currency, rate });
  const planning = new Map(rates);
  for (const group of lines) {
    const byLabel = new Map<string, BudgetLine>();
    for (const [category, label, plannedMinor, currency] of group.lines) {
      byLabel.set(label, await save(manager, BudgetLine, { programmeId: programme.id, routeId: group.routeId, category, label, plannedMinor, currency }));
    }
    for (const [label, spentOn, description, amountMinor, currency, rate] of group.expenses) {
      const line = byLabel.get(label);
      if (!line) throw new Error(`Budget demo: no line "${label}"`);
      const exchangeRate = rate ?? (currency === programme.currency ? '1' : planning.get(currency));
      if (!exchangeRate) throw new Error(`Budget demo: no rate for ${currency}`);
      await save(manager, Expense, { budgetLineId: line.id, spentOn, description, amountMinor, currency, exchangeRate, receiptKey: null, receiptName: null, receiptType: null });
    }
  }
}

/** The route's travel and stay costs in a currency without a planning rate would leave its totals empty: say so. */
async function warnOfMissingRates(manager: EntityManager, routeId: string, own: string, rates: [string, string][], logger: DemoSeedContext['logger']) {
  const used: { currency: string }[] = await manager.query(
    `SELECT cost_currency AS currency FROM travel_leg WHERE route_id = $1 AND cost_currency IS NOT NULL
     UNION SELECT nightly_rate_currency FROM stay WHERE route_id = $1 AND nightly_rate_currency IS NOT NULL`,
    [routeId],
  );
  const missing = used.map((u) => u.currency).filter((c) => c !== own && !rates.some(([r]) => r === c));
  if (missing.length) logger.warn(`budget demo: no planning rate for ${missing.join(', ')}; the Peru route's totals will be empty`);
}

export async function seedBudgetDemo({ manager, logger }: DemoSeedContext): Promise<void> {
  const routes = manager.getRepository(LearningRoute);
  const programmes = manager.getRepository(Programme);
  const peru = await routes.findOne({ where: { hostCountryCode: 'PE' }, order: { startDate: 'ASC' } });
  if (peru) {
    const pilot = await programmes.findOneByOrFail({ id: peru.programmeId });
    if (!pilot.currency) throw new Error('Budget demo: the pilot programme has no currency (the core demo gives it GBP)');
    await seedBudget(manager, pilot, PERU_RATES, [
      { routeId: null, lines: PILOT_LINES, expenses: PILOT_EXPENSES },
      { routeId: peru.id, lines: PERU_LINES, expenses: PERU_EXPENSES },
    ]);
    await warnOfMissingRates(manager, peru.id, pilot.currency, PERU_RATES, logger);
  } else logger.warn('no Peru route: no budget demo for it');

  const zambia = await routes.findOne({ where: { hostCountryCode: 'ZM' } });
  const csn = zambia ? await programmes.findOneBy({ id: zambia.programmeId }) : null;
  if (zambia && csn?.currency) {
    await seedBudget(manager, csn, CSN_RATES, [
      { routeId: null, lines: CSN_LINES, expenses: [] },
      { routeId: zambia.id, lines: ZAMBIA_LINES, expenses: [] },
    ]);
  }
}
