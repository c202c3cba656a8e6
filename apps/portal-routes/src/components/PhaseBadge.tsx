import { useTranslation } from 'react-i18next';
import type { RoutePhase } from '../graphql/generated/graphql';

export function PhaseBadge({ phase }: { phase: RoutePhase }) {
  const { t } = useTranslation('routes');
  return <span className="lr-badge">{t(`phases.${phase}`)}</span>;
}
