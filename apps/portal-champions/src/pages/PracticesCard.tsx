import { errorMessage } from '@lr/portal-graphql';
import { Button } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { ROLES } from '../components/labels';
import { useSection } from '../components/section-context';
import type { ChampionRole } from '../graphql/generated/graphql';
import { LinkChampionPracticeMutation, UnlinkChampionPracticeMutation } from '../graphql/operations';
import type { ChampionDetail } from './ChampionPage';
import { LinkPracticeForm } from './LinkPracticeForm';

type LinkedPractice = ChampionDetail['practices'][number];

/**
 * The practices a champion lived with their role; editors link, re-role and unlink them. Both
 * changes have an exact inverse (linking again with the same role), so they happen at once and
 * the toast offers Undo instead of asking first.
 */
export function PracticesCard({ champion, onChanged }: { champion: ChampionDetail; onChanged(): void }) {
  const { t } = useTranslation(['champions', 'common']);
  const { canEdit, notify } = useSection();
  const [, link] = useMutation(LinkChampionPracticeMutation);
  const [, unlink] = useMutation(UnlinkChampionPracticeMutation);
  const linkedIds = new Set(champion.practices.map((p) => p.practice.id));

  /** Links (again) with a role, then says so: the undo of an unlink or a role change. */
  async function setRole(linked: LinkedPractice, role: ChampionRole, done: string) {
    const result = await link({ input: { championId: champion.id, practiceId: linked.practice.id, role } });
    notify(result.error ? (errorMessage(result.error) ?? '') : done, result.error ? 'error' : 'success');
    onChanged();
  }

  async function changeRole(linked: LinkedPractice, next: ChampionRole) {
    const previous = linked.role;
    const result = await link({ input: { championId: champion.id, practiceId: linked.practice.id, role: next } });
    onChanged();
    if (result.error) return notify(errorMessage(result.error) ?? '', 'error');
    notify(t('roleChangedTo', { name: linked.practice.title, role: t(`roles.${next}`) }), 'success', {
      label: t('common:undo'),
      onAction: () => setRole(linked, previous, t('roleRestored', { name: linked.practice.title, role: t(`roles.${previous}`) })),
    });
  }

  async function unlinkPractice(linked: LinkedPractice) {
    const result = await unlink({ championId: champion.id, practiceId: linked.practice.id });
    onChanged();
    if (result.error) return notify(errorMessage(result.error) ?? '', 'error');
    notify(t('unlinkedNamed', { name: linked.practice.title }), 'success', {
      label: t('common:undo'),
      onAction: () => setRole(linked, linked.role, t('relinked', { name: linked.practice.title })),
    });
  }

  return (
    <section className="lr-card" aria-labelledby="practices-heading">
      <h2 id="practices-heading">{t('practices')}</h2>
      {champion.practices.length === 0 ? (
        <p>{t('noPractices')}</p>
      ) : (
        <div className="lr-table-wrap">
          <table className="lr-table">
            <caption className="lr-visually-hidden">{t('practices')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('practice')}</th>
                <th scope="col">{t('role')}</th>
                {canEdit && <th scope="col"><span className="lr-visually-hidden">{t('unlink')}</span></th>}
              </tr>
            </thead>
            <tbody>
              {champion.practices.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link to={`/practices/${p.practice.id}`}>{p.practice.title}</Link>
                  </td>
                  <td>
                    {canEdit ? (
                      <select
                        className="lr-input"
                        aria-label={t('changeRoleFor', { name: p.practice.title })}
                        value={p.role}
                        onChange={(e) => changeRole(p, e.target.value as ChampionRole)}
                      >
                        {ROLES.map((r) => (
                          <option key={r} value={r}>
                            {t(`roles.${r}`)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      t(`roles.${p.role}`)
                    )}
                  </td>
                  {canEdit && (
                    <td>
                      <Button
                        aria-label={t('unlinkNamed', { name: p.practice.title })}
                        onClick={() => unlinkPractice(p)}
                      >
                        {t('unlink')}
                      </Button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {canEdit && <LinkPracticeForm championId={champion.id} linkedIds={linkedIds} onLinked={onChanged} />}
    </section>
  );
}
