import { errorMessage } from '@lr/portal-graphql';
import type { ChampionRole } from '../graphql/generated/graphql';
import { Button, ConfirmDialog, SelectField } from '@lr/portal-ui';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FormBanner, useFormOutcome } from '../components/form-outcome';
import { ROLES, useRoleLabel } from '../components/labels';
import { useSection } from '../components/section-context';
import {
  ChampionsFilterOptionsQuery,
  LinkChampionPracticeMutation,
  UnlinkChampionPracticeMutation,
} from '../graphql/operations';
import type { ChampionDetail } from './ChampionPage';

/** The practices a champion lived with their role; editors link, re-role and unlink them. */
export function PracticesCard({ champion, onChanged }: { champion: ChampionDetail; onChanged(): void }) {
  const { t, canEdit, notify } = useSection();
  const roleLabel = useRoleLabel();
  const [{ data: options }] = useQuery({ query: ChampionsFilterOptionsQuery, pause: !canEdit });
  const [{ fetching: linking }, link] = useMutation(LinkChampionPracticeMutation);
  const [, unlink] = useMutation(UnlinkChampionPracticeMutation);
  const { outcome, fromError, setFields, clear } = useFormOutcome();
  const [practiceId, setPracticeId] = useState('');
  const [role, setRole] = useState<ChampionRole | ''>('');
  const [toUnlink, setToUnlink] = useState<{ practiceId: string; title: string } | null>(null);
  const roleOptions = ROLES.map((r) => ({ value: r, label: roleLabel(r) }));
  const linkedIds = new Set(champion.practices.map((p) => p.practice.id));
  const available = options?.practices.edges.map((e) => e.node).filter((p) => !linkedIds.has(p.id)) ?? [];

  async function submit(e: FormEvent) {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!practiceId) missing['practiceId'] = `${t('practice')} ${t('required')}`;
    if (!role) missing['role'] = `${t('role')} ${t('required')}`;
    if (Object.keys(missing).length) return setFields(missing);
    const result = await link({ input: { championId: champion.id, practiceId, role: role as ChampionRole } });
    if (result.error) return fromError(result.error);
    clear();
    setPracticeId('');
    setRole('');
    notify(t('linked'), 'success');
    onChanged();
  }

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
                        {roleOptions.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    ) : (
                      roleLabel(p.role)
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

      {canEdit && (
        <form className="lr-champions-subform" onSubmit={submit} noValidate aria-labelledby="link-practice-heading">
          <h3 id="link-practice-heading">{t('linkPractice')}</h3>
          <FormBanner outcome={outcome} onReload={onChanged} />
          <div className="lr-champions-inline-form">
            <SelectField
              label={t('practice')}
              required
              value={practiceId}
              onChange={(e) => setPracticeId(e.target.value)}
              placeholder={t('choose')}
              error={outcome.fields['practiceId']}
              options={available.map((p) => ({ value: p.id, label: p.title }))}
            />
            <SelectField
              label={t('role')}
              required
              value={role}
              onChange={(e) => setRole(e.target.value as ChampionRole)}
              placeholder={t('choose')}
              error={outcome.fields['role']}
              options={roleOptions}
            />
            <div className="lr-form-actions">
              <Button type="submit" variant="primary" busy={linking}>
                {t('link')}
              </Button>
            </div>
          </div>
        </form>
      )}

      <ConfirmDialog
        open={!!toUnlink}
        title={t('confirmUnlink')}
        confirmLabel={t('unlink')}
        cancelLabel={t('cancel')}
        danger
        onConfirm={confirmUnlink}
        onCancel={() => setToUnlink(null)}
      >
        <p>{t('confirmUnlinkText', { name: toUnlink?.title ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
