import { errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import {
  ConnectionView,
  ExportCsvButton,
  FilterBar,
  PAGE_SIZE,
  PageHeader,
  SelectField,
  TextField,
  useUrlListState,
} from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AdminTabs } from '../../components/AdminTabs';
import { useSection } from '../../components/section-context';
import type { AuditAction, AuditFilter } from '../../graphql/generated/graphql';
import { AuditActorsQuery, AuditEntriesQuery } from '../../graphql/operations';
import { ChangesDiff } from './ChangesDiff';

const FILTER_KEYS = ['who', 'type', 'record', 'action', 'from', 'to'] as const;
const ACTIONS: AuditAction[] = ['CREATE', 'UPDATE', 'DELETE'];

/** The instant a day (YYYY-MM-DD) starts where the admin is, `days` later. */
function dayStart(day: string, days = 0): string | undefined {
  const date = new Date(`${day}T00:00:00`);
  if (Number.isNaN(date.getTime())) return undefined;
  date.setDate(date.getDate() + days);
  return date.toISOString();
}

/** The audit filter of the address's choices: who, which kind of record, which record, what, when (both days included). */
export function auditFilterOf(get: (key: (typeof FILTER_KEYS)[number]) => string): AuditFilter {
  return {
    actorId: get('who') || undefined,
    entityType: get('type').trim() || undefined,
    entityId: get('record').trim() || undefined,
    action: (get('action') || undefined) as AuditAction | undefined,
    from: get('from') ? dayStart(get('from')) : undefined,
    to: get('to') ? dayStart(get('to'), 1) : undefined,
  };
}

/** Every write to every record, newest first, with its before/after; filtered by who, what, record and date. */
export function AuditPage() {
  const { t } = useTranslation(['admin', 'common']);
  const format = useFormat();
  const section = useSection();
  const list = useUrlListState(FILTER_KEYS);
  const filter = auditFilterOf(list.get);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AuditEntriesQuery,
    variables: { first: PAGE_SIZE, after: list.pages.after, filter },
    requestPolicy: 'cache-and-network',
  });
  const [actors] = useQuery({ query: AuditActorsQuery });

  return (
    <>
      <PageHeader title={t('auditTitle')} breadcrumbs={[]}>
        <ExportCsvButton
          section={section}
          path="/platform/audit.csv"
          filters={{ ...filter }}
          fileName="audit.csv"
        />
      </PageHeader>
      <AdminTabs />
      <FilterBar
        search={list.get('record')}
        searchLabel={t('recordId')}
        onSearch={(v) => list.set('record', v)}
        onClear={list.filtered ? list.clear : undefined}
      >
        <SelectField
          label={t('who')}
          value={list.get('who')}
          onChange={(e) => list.set('who', e.target.value)}
          placeholder={t('anyone')}
          options={
            actors.data?.users.edges.map((e) => ({
              value: e.node.id,
              label: `${e.node.displayName} (${e.node.email})`,
            })) ?? []
          }
        />
        <TextField
          label={t('recordType')}
          hint={t('recordTypeHint')}
          value={list.get('type')}
          onChange={(e) => list.set('type', e.target.value)}
        />
        <SelectField
          label={t('what')}
          value={list.get('action')}
          onChange={(e) => list.set('action', e.target.value)}
          placeholder={t('anyChange')}
          options={ACTIONS.map((a) => ({ value: a, label: t(`auditActions.${a}`) }))}
        />
        <TextField
          label={t('fromDay')}
          type="date"
          value={list.get('from')}
          onChange={(e) => list.set('from', e.target.value)}
        />
        <TextField
          label={t('toDay')}
          type="date"
          value={list.get('to')}
          onChange={(e) => list.set('to', e.target.value)}
        />
      </FilterBar>
      <ConnectionView
        connection={data?.auditEntries}
        fetching={fetching}
        error={errorMessage(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pages={list.pages}
        pageSize={PAGE_SIZE}
        caption={t('auditTitle')}
        rowKey={(a) => a.id}
        empty={<p>{t('common:noMatches')}</p>}
        columns={[
          { key: 'at', header: t('when'), render: (a) => format.dateTime(a.at) },
          { key: 'who', header: t('who'), render: (a) => a.actorLabel },
          { key: 'what', header: t('what'), render: (a) => t(`auditActions.${a.action}`) },
          {
            key: 'record',
            header: t('record'),
            render: (a) => (
              <>
                {a.entityType}
                <span className="admin-secondary">{a.entityId}</span>
              </>
            ),
          },
          {
            key: 'changes',
            header: t('changes'),
            render: (a) => (
              <ChangesDiff
                action={a.action}
                changes={a.changes as Record<string, { from?: unknown; to?: unknown }>}
              />
            ),
          },
        ]}
      />
    </>
  );
}
