import { COMMON_NAMESPACE } from '@lr/portal-i18n';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Crumb } from './Breadcrumbs';
import { usePageContext } from './page-context';
import { PageHeader } from './PageHeader';

/**
 * A page for changing things (a form's address: /routes/new, …/edit) shown only to users who
 * may change them; others, who may have typed or been sent the address, read why not and a way
 * back, before filling anything in.
 *
 * @example <RequireEdit title={t('createRoute')} back={{ label: t('routesTitle'), to: basePath }}><RouteForm /></RequireEdit>
 */
export function RequireEdit({ title, back, children }: { title: string; back: Crumb; children: ReactNode }) {
  const { t } = useTranslation(COMMON_NAMESPACE);
  const { canEdit, role } = usePageContext();
  if (canEdit) return <>{children}</>;
  return (
    <>
      <PageHeader title={title} breadcrumbs={[back]} />
      <section className="lr-notice" aria-labelledby="read-only-heading">
        <h2 id="read-only-heading">{t('readOnlyTitle')}</h2>
        <p>{t('readOnlyText', { role: t(`roles.${role}`) })}</p>
        <p>
          <Link className="lr-action-link" to={back.to}>{t('backTo', { page: back.label })}</Link>
        </p>
      </section>
    </>
  );
}
