import { errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { ErrorPanel, PageHeader, Skeleton } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { BudgetChart } from '../../components/BudgetChart';
import { useChosenRoute } from '../../components/route-choice';
import { RouteBar } from '../../components/RoutePicker';
import { useSection } from '../../components/section-context';
import type { RouteBudgetQuery as BudgetResult } from '../../graphql/generated/graphql';
import { RouteBudgetQuery } from '../../graphql/operations';
import { BudgetLines } from './BudgetLines';
import { ExchangeRates } from './ExchangeRates';
import { Expenses } from './Expenses';

export type RouteBudget = BudgetResult['routeBudget'];
export type LineFigures = RouteBudget['categories'][number]['lines'][number];
type Money = { amount: string; currency: string; minorUnits: string };

/** Zero in a currency, for a chart bar of a category with nothing in it. */
const zero = (currency: string): Money => ({ amount: '0', currency, minorUnits: '0' });
/** Over budget: what is left is below zero. */
const isOver = (variance: Money | null | undefined) => !!variance?.minorUnits.startsWith('-');

/**
 * The route's money in the programme's currency: planned against actual per category (a chart
 * and the same figures as a table), the cost per traveller, the lines, the expenses with their
 * receipts, and the programme's exchange rates that convert them. Amounts are the API's, exact.
 */
export function BudgetPage() {
  const { t } = useTranslation(['logistics', 'common']);
  const { canEdit } = useSection();
  const { routeId, choose } = useChosenRoute();
  return (
    <>
      <PageHeader title={t('budgetTitle')} breadcrumbs={[]} />
      {!canEdit && <p className="lr-logistics-muted">{t('common:readOnly')}</p>}
      <RouteBar routeId={routeId} onChange={choose} />
      {routeId ? <RouteBudgetView key={routeId} routeId={routeId} /> : <p className="lr-empty">{t('noRouteChosen')}</p>}
    </>
  );
}

function RouteBudgetView({ routeId }: { routeId: string }) {
  const { t } = useTranslation(['logistics', 'common']);
  const format = useFormat();
  const [{ data, fetching, error }, refetch] = useQuery({ query: RouteBudgetQuery, variables: { routeId } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (fetching && !data) return <Skeleton width="60%" />;
  if (error || !data) {
    return (
      <ErrorPanel title={t('budgetFailed')} onRetry={reload}>
        {errorMessage(error)}
      </ErrorPanel>
    );
  }
  const budget = data.routeBudget;
  const programme = data.route.programme;
  const lines = budget.categories.flatMap((c) => c.lines);
  // Categories whose totals need a missing rate are left out of the chart (the table says why).
  const rows = budget.categories
    .filter((c) => c.planned && c.actual && (c.planned.minorUnits !== '0' || c.actual.minorUnits !== '0'))
    .map((c) => ({ key: c.category, label: t(`categories.${c.category}`), planned: c.planned ?? zero(budget.currency), actual: c.actual ?? zero(budget.currency) }));

  return (
    <>
      <section className="lr-card" aria-labelledby="budget-summary-heading">
        <h2 id="budget-summary-heading">{t('budgetSummary', { currency: budget.currency })}</h2>
        <ul className="lr-logistics-summary" aria-label={t('budgetSummary', { currency: budget.currency })}>
          <li>
            <strong>{format.money(budget.planned)}</strong> {t('planned')}
          </li>
          <li>
            <strong>{format.money(budget.actual)}</strong> {t('actual')}
          </li>
          <li className={isOver(budget.variance) ? 'lr-logistics-over' : undefined}>
            <strong>{format.money(budget.variance)}</strong> {isOver(budget.variance) ? t('overBudget') : t('remaining')}
          </li>
          <li>
            <strong>{format.money(budget.costPerTraveller)}</strong> {t('perTraveller', { count: budget.travellers })}
          </li>
        </ul>
        {budget.missingRates.length > 0 && <p className="lr-notice">{t('missingRates', { currencies: budget.missingRates.join(', ') })}</p>}
        <p className="lr-field__hint">{t('actualsHint')}</p>
      </section>

      <section className="lr-card" aria-labelledby="by-category-heading">
        <h2 id="by-category-heading">{t('byCategory')}</h2>
        {rows.length > 0 ? <BudgetChart rows={rows} title={t('chartTitle', { currency: budget.currency })} /> : <p className="lr-logistics-muted">{t('nothingToChart')}</p>}
        <div className="lr-table-wrap">
          <table className="lr-table lr-table--cards" id="budget-by-category">
            <caption className="lr-visually-hidden">{t('byCategoryTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('category')}</th>
                <th scope="col">{t('planned')}</th>
                <th scope="col">{t('actual')}</th>
                <th scope="col">{t('remaining')}</th>
              </tr>
            </thead>
            <tbody>
              {budget.categories.map((c) => {
                const over = isOver(c.variance);
                return (
                  <tr key={c.category}>
                    <td data-label={t('category')}>
                      <strong>{t(`categories.${c.category}`)}</strong>
                    </td>
                    <td data-label={t('planned')}>{c.planned ? format.money(c.planned) : t('noRate')}</td>
                    <td data-label={t('actual')}>{c.actual ? format.money(c.actual) : t('noRate')}</td>
                    <td data-label={t('remaining')} className={over ? 'lr-logistics-over' : undefined}>
                      {c.variance ? format.money(c.variance) : '—'}
                      {over && <> ({t('overBudget')})</>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <BudgetLines routeId={routeId} programmeId={programme.id} currency={budget.currency} lines={lines} onChanged={reload} />
      <Expenses routeId={routeId} currency={budget.currency} lines={lines.map((l) => l.line)} onChanged={reload} />
      <ExchangeRates programmeId={programme.id} currency={budget.currency} onChanged={reload} />
    </>
  );
}
