import { labelOf, STATUS_LABELS } from '../messages';
import { useSection } from './section-context';

export function StatusBadge({ status }: { status: string }) {
  const { language } = useSection();
  return (
    <span className={`lr-badge lr-practice-status lr-practice-status--${status.toLowerCase()}`}>
      {labelOf(STATUS_LABELS, language, status)}
    </span>
  );
}
