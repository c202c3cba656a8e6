import { errorMessage } from '@lr/portal-graphql';
import { Button, ConfirmDialog } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { ROLES } from '../components/labels';
import { useSection } from '../components/section-context';
import type { ChampionRole } from '../graphql/generated/graphql';
import { LinkChampionPracticeMutation, UnlinkChampionPracticeMutation } from '../graphql/operations';
import type { ChampionDetail } from './ChampionPage';
import { LinkPracticeForm } from './LinkPracticeForm';

/** The practices a champion lived with their role; editors link, re-role and unlink them. */
export function PracticesCard({ champion, onChanged }: { champion: ChampionDetail; onChanged(): void }) {
  const { t } = useTranslation(['champions', 'common']);
  const { canEdit, notify } = useSection();
  const [, link] = useMutation(LinkChampionPracticeMutation);
  const [, unlink] = useMutation(UnlinkChampionPracticeMutation);
  const [toUnlink, setToUnlink] = useState<{ practiceId: string; title: string } | null>(null);
  const linkedIds = new Set(champion.practices.map((p) => p.practice.id));

  async function changeRole(practice: string, next: ChampionRole) {
    const result = await link({ input: { championId: champion.id, practiceId: practice, role: next } });
    if (result.error) notify(errorMessage(result.error) ?? '', 'error');
    else notify(t('roleChanged'), 'success');
    onChanged();
  }

  async function confirmUnlink() {
    if (!toUnlink) return;
    const target = toUnlink;
    setToUnlink(null);
    const result = await unlink({ championId: champion.id, practiceId: target.practiceId });
    if (result.error) notify(errorMessage(result.error) ?? '', 'error');
    else notify(t('unlinked'), 'success');
    onChanged();
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
                        onChange={(e) => changeRole(p.practice.id, e.target.value as ChampionRole)}
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
                        onClick={() => setToUnlink({ practiceId: p.practice.id, title: p.practice.title })}
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

      <ConfirmDialog
        open={!!toUnlink}
        title={t('confirmUnlink')}
        confirmLabel={t('unlink')}
        danger
        onConfirm={confirmUnlink}
        onCancel={() => setToUnlink(null)}
      >
        <p>{t('confirmUnlinkText', { name: toUnlink?.title ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
