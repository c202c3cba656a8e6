import { useFormat } from '@lr/portal-i18n';
import { useTranslation } from 'react-i18next';
import { describeRowProblem, type RowProblem } from '../components/row-problems';

/**
 * Why a file was refused, row by row: each problem worded in the reader's language from its
 * code (so it follows a change of language), the column as the file names it.
 */
export function ImportReport({ problems }: { problems: readonly RowProblem[] }) {
  const { t } = useTranslation(['delegations', 'common']);
  const format = useFormat();
  return (
    <section className="lr-error-panel" aria-labelledby="problems-heading" role="alert">
      <h2 id="problems-heading">{t('importRefused', { count: problems.length })}</h2>
      <p>{t('importRefusedText')}</p>
      <div className="lr-table-wrap">
        <table className="lr-table">
          <caption className="lr-visually-hidden">{t('rowReport')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('row')}</th>
              <th scope="col">{t('column')}</th>
              <th scope="col">{t('problem')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p, i) => (
              <tr key={`${p.row}-${p.column ?? ''}-${i}`}>
                <td>{p.row > 0 ? format.number(p.row) : t('wholeFile')}</td>
                <td>{p.column ? <code>{p.column}</code> : '—'}</td>
                <td>{describeRowProblem(t, p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
