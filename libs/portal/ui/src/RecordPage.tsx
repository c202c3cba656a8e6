import { errorCode, errorMessage } from '@lr/portal-graphql';
import { COMMON_NAMESPACE } from '@lr/portal-i18n';
import type { SectionProps } from '@lr/portal-shell-contract';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CombinedError } from 'urql';
import { Button } from './Button';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorPanel } from './ErrorPanel';
import { usePageContext } from './page-context';
import { PageHeader } from './PageHeader';
import { Skeleton } from './Skeleton';
import { TabLinks } from './TabLinks';

/** What a record page needs of its record: its address, its title, and its version to delete. */
export interface PageRecord {
  id: string;
  version: number;
  title: string;
}

export interface RecordPageProps<R extends PageRecord> {
  /** The record as its query answered (undefined before any answer, null when there is none), whether an answer is coming, and its error. */
  record: R | null | undefined;
  fetching: boolean;
  error?: CombinedError;
  /** Asks the query again (the error panel's Retry). */
  reload(): void;
  /** Beside the title, e.g. the record's status. */
  badge(record: R): ReactNode;
  /** The tabs' accessible name, and each tab: its path under the record's address ('' for the overview) and label. */
  tabsLabel: string;
  tabs: { path: string; label: string }[];
  /** The confirmation's title and text before deleting, in the section's words. */
  deleteTitle: string;
  deleteText(record: R): string;
  /** Deletes the record (at the version read); resolves to the refusal, if any. */
  onDelete(record: R): Promise<CombinedError | undefined>;
  /** The section's toasts (its `useSection().notify`). */
  notify: SectionProps['notify'];
  /** The tabs' pages (a `<Routes>` under the record's address). */
  children(record: R): ReactNode;
}

/**
 * One record of a section (a practice, a route): a skeleton while it comes, "not found" or the
 * load error with Retry, else its header (title, badge, Edit and Delete for editors), a tab per
 * part (each tab a link, so it has its own address) and the parts. Deleting asks first, keeps the
 * dialog open with the refusal, and goes back to the section's list once done.
 */
export function RecordPage<R extends PageRecord>(props: RecordPageProps<R>) {
  const { record, fetching, error, reload } = props;
  const { t } = useTranslation(COMMON_NAMESPACE);
  const { basePath, canEdit } = usePageContext();
  const navigate = useNavigate();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteError, setDeleteError] = useState<string>();

  if (fetching && record === undefined) return <Skeleton width="50%" />;
  if (error || !record) {
    return (
      <>
        <PageHeader title={t('loadFailed')} breadcrumbs={[]} />
        <ErrorPanel title={errorCode(error) === 'NOT_FOUND' ? t('notFound') : t('loadFailed')} onRetry={reload}>
          {errorCode(error) !== 'NOT_FOUND' && errorMessage(error)}
        </ErrorPanel>
      </>
    );
  }
  const found = record;
  const here = `${basePath}/${found.id}`;

  async function deleteRecord() {
    const refusal = await props.onDelete(found);
    if (refusal) return setDeleteError(errorMessage(refusal));
    setConfirmDelete(false);
    props.notify(t('deleted'), 'success');
    navigate(basePath);
  }

  return (
    <>
      <PageHeader title={found.title} breadcrumbs={[]} badge={props.badge(found)}>
        {canEdit && (
          <>
            <Link className="lr-button" to={`${here}/edit`}>
              {t('edit')}
            </Link>
            <Button variant="danger" onClick={() => (setDeleteError(undefined), setConfirmDelete(true))}>
              {t('delete')}
            </Button>
          </>
        )}
      </PageHeader>
      <TabLinks label={props.tabsLabel} tabs={props.tabs.map((tab) => ({ to: tab.path ? `${here}/${tab.path}` : here, label: tab.label }))} />
      {props.children(found)}
      <ConfirmDialog
        open={confirmDelete}
        title={props.deleteTitle}
        confirmLabel={t('delete')}
        danger
        error={deleteError}
        onConfirm={deleteRecord}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>{props.deleteText(found)}</p>
      </ConfirmDialog>
    </>
  );
}
