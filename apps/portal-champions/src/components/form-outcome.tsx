import { FormBanner as Banner, type FormOutcome } from '@lr/portal-ui';
import { useSection } from './section-context';

export { useFormOutcome } from '@lr/portal-ui';

/** The shared form banner with this section's wording. */
export function FormBanner({ outcome, onReload }: { outcome: FormOutcome; onReload(): void }) {
  const { t } = useSection();
  return <Banner outcome={outcome} onReload={onReload} labels={{ formHasErrors: t('formHasErrors'), staleEdit: t('staleEdit'), reload: t('reload') }} />;
}
