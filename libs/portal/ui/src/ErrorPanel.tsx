import { COMMON_NAMESPACE } from '@lr/portal-i18n';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';

/** An error in place of content, with a way to try again. */
export function ErrorPanel({
  title,
  children,
  onRetry,
}: {
  title: string;
  children?: ReactNode;
  onRetry?(): void;
}) {
  const { t } = useTranslation(COMMON_NAMESPACE);
  return (
    <section className="lr-error-panel" role="alert">
      <h2>{title}</h2>
      {children && <div>{children}</div>}
      {onRetry && <Button onClick={onRetry}>{t('retry')}</Button>}
    </section>
  );
}
