import { Button, TextField } from '@lr/portal-ui';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { FollowUpPeopleQuery } from '../graphql/operations';

export interface PersonChoice {
  id: string;
  fullName: string;
}

/**
 * Finds people on record by name and adds them one by one (a survey's roster, an event's
 * participants): a search box, then one "Add …" button per match not chosen yet. A list of
 * buttons rather than a multi-select, so it works with a thumb on a phone.
 */
export function PeopleSearch({ label, chosenIds, onAdd, busy }: { label: string; chosenIds: readonly string[]; onAdd(person: PersonChoice): void; busy?: boolean }) {
  const { t } = useTranslation(['follow-up', 'common']);
  const headingId = useId();
  const [search, setSearch] = useState('');
  // Typing waits a moment before asking the API.
  const [term, setTerm] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setTerm(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);
  const [{ data, fetching }] = useQuery({ query: FollowUpPeopleQuery, variables: { search: term }, pause: !term });
  const found = term ? (data?.people.edges.map((e) => e.node) ?? []) : [];
  const matches = found.filter((p) => !chosenIds.includes(p.id));

  return (
    <div role="group" aria-labelledby={headingId}>
      <p id={headingId} className="lr-field__label">
        {label}
      </p>
      <TextField label={t('findPerson')} hint={t('findPersonHint')} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      {term && !fetching && matches.length === 0 && <p className="lr-follow-up-muted">{t('noPeopleFound')}</p>}
      {matches.length > 0 && (
        <ul className="lr-follow-up-people">
          {matches.map((p) => (
            <li key={p.id}>
              <span>
                {p.fullName}
                {p.country && <span className="lr-follow-up-muted"> ({p.country.name})</span>}
              </span>
              <Button busy={busy} onClick={() => onAdd({ id: p.id, fullName: p.fullName })} aria-label={t('addPersonTo', { name: p.fullName })}>
                {t('common:add')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {data && data.people.totalCount > found.length && <p className="lr-field__hint">{t('morePeople', { shown: found.length, total: data.people.totalCount })}</p>}
    </div>
  );
}
