import { errorMessage } from '@lr/portal-graphql';
import { canEditModule } from '@lr/portal-shell-contract';
import { Button, DataTable, ErrorPanel, Skeleton, type Column } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSection } from '../../components/section-context';
import type { RouteCasesQuery as RouteCases } from '../../graphql/generated/graphql';
import { AttachCaseMutation, DetachCaseMutation, RouteCasesQuery } from '../../graphql/operations';

type Case = NonNullable<RouteCases['route']>['cases'][number];

/**
 * The practices the route visits, each linked to its page in the practices section. Editors of
 * practices detach one; the toast offers Undo (attaching it again), since nothing is lost.
 */
export function CasesTab({ routeId }: { routeId: string }) {
  const { t } = useTranslation(['routes', 'common']);
  const { user, notify } = useSection();
  const [{ data, fetching, error }, refetch] = useQuery({ query: RouteCasesQuery, variables: { id: routeId } });
  const [, attach] = useMutation(AttachCaseMutation);
  const [, detach] = useMutation(DetachCaseMutation);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  // Cases belong to the practices module: its editors (and admins) attach and detach them.
  const mayChange = canEditModule(user, 'practices');

  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data?.route) {
    return (
      <ErrorPanel title={t('common:loadFailed')} onRetry={reload}>
        {errorMessage(error)}
      </ErrorPanel>
    );
  }

  const columns: Column<Case>[] = [
    { key: 'practice', header: t('practice'), render: (c) => <Link to={`/practices/${c.id}`}>{c.title}</Link> },
    { key: 'country', header: t('country'), render: (c) => [c.locality, c.country.name].filter(Boolean).join(', ') },
    { key: 'status', header: t('status'), render: (c) => <span className="lr-badge">{t(`practiceStatuses.${c.status}`)}</span> },
  ];
  if (mayChange) {
    columns.push({
      key: 'actions',
      header: t('detach'),
      render: (c) => (
        <Button aria-label={t('detachNamed', { title: c.title })} onClick={() => detachCase(c)}>
          {t('detach')}
        </Button>
      ),
    });
  }

  async function detachCase(practice: { id: string; title: string }) {
    const result = await detach({ practiceId: practice.id, routeId });
    if (result.error) return notify(errorMessage(result.error) ?? '', 'error');
    reload();
    notify(t('detached', { title: practice.title }), 'success', {
      label: t('common:undo'),
      onAction: async () => {
        const again = await attach({ practiceId: practice.id, routeId });
        notify(again.error ? (errorMessage(again.error) ?? '') : t('attachedAgain', { title: practice.title }), again.error ? 'error' : 'success');
        reload();
      },
    });
  }

  return (
    <section aria-labelledby="cases-heading">
      <h2 id="cases-heading">{t('cases')}</h2>
      <DataTable
        caption={t('cases')}
        rows={data.route.cases}
        rowKey={(c) => c.id}
        empty={<p>{t('noCases')}</p>}
        columns={columns}
      />
    </section>
  );
}
