import { hasRole } from '@lr/portal-shell-contract';
import { ErrorPanel, Skeleton } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { SectionErrorBoundary } from './SectionErrorBoundary';
import { useShell } from './shell-state';
import type { SectionState } from './use-sections';

/** One section's area: a skeleton while it loads, an error panel with retry if it fails. */
export function SectionHost({ state, onRetry }: { state: SectionState; onRetry(): void }) {
  const { client, user, language, toasts, apiOrigin, authorizedFetch } = useShell();
  const { t } = useTranslation('shell');
  const name = state.remote.title[language];
  if (state.status === 'loading') {
    return (
      <div aria-busy="true">
        <p>{t('sectionLoading', { section: name })}</p>
        <Skeleton width="60%" />
      </div>
    );
  }
  if (state.status === 'failed') {
    return (
      <ErrorPanel title={t('sectionFailed', { section: name })} onRetry={onRetry}>
        <p>{t('sectionFailedText')}</p>
      </ErrorPanel>
    );
  }
  if (!user) return null;
  if (!hasRole(user, state.module.requiredRoles)) return <ErrorPanel title={t('forbiddenSection')} />;
  const { Component } = state.module;
  return (
    <SectionErrorBoundary
      fallback={(error, reset) => (
        <ErrorPanel title={t('sectionCrashed', { section: name })} onRetry={reset}>
          <p>{error.message}</p>
        </ErrorPanel>
      )}
    >
      <Component basePath={`/${state.remote.section}`} sectionTitle={state.module.title[language]} language={language} user={user} client={client} notify={toasts.notify} apiOrigin={apiOrigin} authorizedFetch={authorizedFetch} />
    </SectionErrorBoundary>
  );
}
