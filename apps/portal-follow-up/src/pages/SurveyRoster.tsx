import { Button, DataTable, useRowSelection, useSelectionColumn } from '@lr/portal-ui';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { PeopleSearch } from '../components/PeopleSearch';
import { actionRefusal } from '../components/refusals';
import { useSection } from '../components/section-context';
import { AddRouteParticipantsToRosterMutation, SetSurveyRosterMutation } from '../graphql/operations';
import { RosterReminders } from './RosterReminders';

interface RosterSurvey {
  id: string;
  status: string;
  anonymous: boolean;
  routeId?: string | null;
  invitations: { id: string; personId: string; person: { fullName: string }; answeredOn?: string | null; invitedAt?: string | null; lastRemindedAt?: string | null }[];
}

/**
 * Who a survey asks: the route's participants in one go, or people picked by hand (someone of
 * the route team, a partner met on a visit), while the survey is a draft. Removing someone is
 * undone by adding them again, so it does not ask first. While it is open, editors choose people
 * to remind now (RosterReminders).
 */
export function SurveyRoster({ survey, onChanged }: { survey: RosterSurvey; onChanged(): void }) {
  const { t, i18n } = useTranslation(['follow-up', 'common']);
  const { canEdit, notify } = useSection();
  const [{ fetching: routeBusy }, addRoute] = useMutation(AddRouteParticipantsToRosterMutation);
  const [{ fetching: setBusy }, setRoster] = useMutation(SetSurveyRosterMutation);
  const editable = canEdit && survey.status === 'DRAFT';
  const rosterIds = survey.invitations.map((i) => i.personId);
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const reminding = canEdit && survey.status === 'OPEN';
  const selection = useRowSelection();
  const people = useMemo(() => survey.invitations.map((i) => ({ id: i.id, name: i.person.fullName })), [survey.invitations]);
  // People taken off the roster meanwhile drop out of the choice.
  const { retain } = selection;
  useEffect(() => retain(people.map((p) => p.id)), [people, retain]);
  const selectColumn = useSelectionColumn(selection, (i: RosterSurvey['invitations'][number]) => i.id, (i) => i.person.fullName);

  async function rosterFromRoute() {
    const result = await addRoute({ surveyId: survey.id });
    if (result.error) return notify(actionRefusal(result.error), 'error');
    notify(t('rosterAdded', { count: result.data?.addRouteParticipantsToRoster.invitations.length ?? 0 }), 'success');
    onChanged();
  }

  async function makeRoster(personIds: string[]) {
    const result = await setRoster({ surveyId: survey.id, personIds });
    if (result.error) return notify(actionRefusal(result.error), 'error');
    notify(t('rosterChanged', { count: result.data?.setSurveyRoster.invitations.length ?? 0 }), 'success');
    onChanged();
  }

  return (
    <section aria-labelledby="roster-heading">
      <h2 id="roster-heading">{t('roster')}</h2>
      {canEdit && survey.routeId && survey.status !== 'CLOSED' && (
        <Button busy={routeBusy} onClick={() => void rosterFromRoute()}>
          {t('addRouteParticipants')}
        </Button>
      )}
      {editable && <PeopleSearch label={t('addPeople')} chosenIds={rosterIds} busy={setBusy} onAdd={(p) => void makeRoster([...rosterIds, p.id])} />}
      {reminding && <RosterReminders surveyId={survey.id} selection={selection} rows={people} onSent={onChanged} />}
      <DataTable
        caption={t('roster')}
        rows={survey.invitations}
        rowKey={(i) => i.id}
        empty={<p>{canEdit ? t('noRosterHint') : t('noRoster')}</p>}
        columns={[
          ...(reminding ? [selectColumn] : []),
          { key: 'person', header: t('person'), render: (i) => i.person.fullName },
          { key: 'invited', header: t('invitedAt'), render: (i) => (i.invitedAt ? dateTime.format(new Date(i.invitedAt)) : t('notYetInvited')) },
          { key: 'answered', header: t('answered'), render: (i) => i.answeredOn ?? (survey.anonymous ? '—' : t('notYetAnswered')) },
          { key: 'reminded', header: t('lastReminded'), render: (i) => (i.lastRemindedAt ? dateTime.format(new Date(i.lastRemindedAt)) : '—') },
          ...(editable
            ? [
                {
                  key: 'remove',
                  header: t('actions'),
                  render: (i: RosterSurvey['invitations'][number]) => (
                    <Button variant="link" busy={setBusy} onClick={() => void makeRoster(rosterIds.filter((id) => id !== i.personId))} aria-label={t('removePerson', { name: i.person.fullName })}>
                      {t('remove')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </section>
  );
}
