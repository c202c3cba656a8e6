import { useTranslation } from 'react-i18next';
import type { AuditAction } from '../../graphql/generated/graphql';

type Changes = Record<string, { from?: unknown; to?: unknown }>;

/** A value as the audit stored it, readable: text as it is, '—' for nothing, anything else as JSON. */
function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/**
 * One audit entry's change as a before/after table, field by field: an update lists what moved,
 * a creation what the record started with, a deletion what it held when it went.
 */
export function ChangesDiff({ action, changes }: { action: AuditAction; changes: Changes }) {
  const { t } = useTranslation('admin');
  const fields = Object.entries(changes);
  if (fields.length === 0) return <p>{t('noFieldChanged')}</p>;
  return (
    <details className="admin-diff">
      <summary>{t('fieldsChanged', { count: fields.length })}</summary>
      <table>
        <caption className="lr-visually-hidden">{t('diffCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('field')}</th>
            <th scope="col">{t('before')}</th>
            <th scope="col">{t('after')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map(([field, change]) => (
            <tr key={field}>
              <th scope="row">{field}</th>
              <td className="admin-diff__before">
                {shown(action === 'DELETE' ? (change.from ?? change.to) : change.from)}
              </td>
              <td className="admin-diff__after">{action === 'DELETE' ? '—' : shown(change.to)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
