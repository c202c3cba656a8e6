import { useTranslation } from 'react-i18next';
import type { PracticeStatus } from '../graphql/generated/graphql';

export function StatusBadge({ status }: { status: PracticeStatus }) {
  const { t } = useTranslation('practices');
  return <span className={`lr-badge lr-practice-status lr-practice-status--${status.toLowerCase()}`}>{t(`statuses.${status}`)}</span>;
}
