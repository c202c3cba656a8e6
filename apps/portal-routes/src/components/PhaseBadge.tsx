import { PHASE_LABELS } from '../messages';
import { useSection } from './section-context';

export function PhaseBadge({ phase }: { phase: string }) {
  const { language } = useSection();
  return <span className="lr-badge">{PHASE_LABELS[language][phase] ?? phase}</span>;
}
