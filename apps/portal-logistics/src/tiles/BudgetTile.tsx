import { useFormat } from '@lr/portal-i18n';
import type { TileProps } from '@lr/portal-shell-contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { BudgetTileQuery, ProgrammeBudgetTileQuery } from './tile-queries';
import { TileFrame } from './TileFrame';

/** "62.5" → 62.5; the API gives the burn with one decimal, as a string. */
const percentOf = (burn: string | null | undefined) => (burn === null || burn === undefined ? null : Number(burn));

/** How much of the route's planned budget is spent (expenses, travel and stays at planning rates). */
export function BudgetTile({ routeId, basePath }: TileProps) {
  const { t } = useTranslation('logistics');
  const format = useFormat();
  const [{ data, error }] = useQuery({ query: BudgetTileQuery, requestPolicy: 'cache-and-network', variables: { routeId: routeId ?? '' }, pause: !routeId });
  if (!routeId || error) return null;
  if (!data) return <TileFrame title={t('tiles.budgetTitle')} loading />;
  const { burnPercent, planned, actual, missingRates } = data.routeBudget;
  const burn = percentOf(burnPercent);
  return (
    <TileFrame title={t('tiles.budgetTitle')} alert={burn !== null && burn > 100}>
      <p className="lr-tile__figure">{burn === null ? t('tiles.nothingPlanned') : t('tiles.spent', { percent: format.number(burn, 1) })}</p>
      {planned && actual && <p className="lr-tile__detail">{t('tiles.spentOf', { actual: format.money(actual), planned: format.money(planned) })}</p>}
      {missingRates.length > 0 && <p className="lr-tile__detail">{t('tiles.missingRates', { currencies: missingRates.join(', ') })}</p>}
      <Link className="lr-tile__link" to={`${basePath}/budget?route=${routeId}`}>
        {t('tiles.openBudget')}
      </Link>
    </TileFrame>
  );
}

/** The programme's spending against its whole budget, above its routes' cards. */
export function ProgrammeBudgetTile({ programmeId, basePath }: TileProps) {
  const { t } = useTranslation('logistics');
  const format = useFormat();
  const [{ data, error }] = useQuery({ query: ProgrammeBudgetTileQuery, requestPolicy: 'cache-and-network', variables: { programmeId: programmeId ?? '' }, pause: !programmeId });
  if (!programmeId || error) return null;
  if (!data) return <TileFrame title={t('tiles.programmeBudgetTitle')} loading />;
  const { burnPercent, budget, planned, actual } = data.programmeBudget;
  const burn = percentOf(burnPercent);
  return (
    <TileFrame title={t('tiles.programmeBudgetTitle')} alert={burn !== null && burn > 100}>
      <p className="lr-tile__figure">{burn === null ? t('tiles.nothingPlanned') : t('tiles.spent', { percent: format.number(burn, 1) })}</p>
      {planned && actual && <p className="lr-tile__detail">{t('tiles.spentOf', { actual: format.money(actual), planned: format.money(planned) })}</p>}
      {budget && <p className="lr-tile__detail">{t('tiles.programmeBudget', { budget: format.money(budget) })}</p>}
      <Link className="lr-tile__link" to={`${basePath}/budget`}>
        {t('tiles.openBudget')}
      </Link>
    </TileFrame>
  );
}
