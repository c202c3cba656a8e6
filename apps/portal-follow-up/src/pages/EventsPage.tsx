import { errorMessage } from '@lr/portal-graphql';
import { Button, ConnectionView, ExportCsvButton, FilterBar, PAGE_SIZE, PageHeader, SelectField, useUrlListState } from '@lr/portal-ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EVENT_KINDS } from '../components/labels';
import { useChosenRoute } from '../components/route-choice';
import { RoutePicker } from '../components/RoutePicker';
import { useSection } from '../components/section-context';
import type { FollowUpEventKind } from '../graphql/generated/graphql';
import { FollowUpEventsQuery, ScalingStoriesQuery } from '../graphql/operations';
import { CommunitiesList } from './CommunitiesList';
import { EventForm, type EditedEvent } from './EventForm';
import { StoryForm, type EditedStory } from './StoryForm';

const EVENT_KEYS = ['kind'] as const;
const STORY_KEYS = ['q'] as const;

/**
 * What happened after a route: follow-up events (meetings, visits), scaling stories and the
 * communities of practice that grew from it; editors record and change each in place.
 */
export function EventsPage() {
  const { t } = useTranslation(['follow-up', 'common']);
  const { routeId, choose } = useChosenRoute();
  return (
    <>
      <PageHeader title={t('eventsTitle')} breadcrumbs={[]} />
      <div className="lr-filterbar">
        <RoutePicker routeId={routeId} onChange={choose} />
      </div>
      <EventsList routeId={routeId} />
      <StoriesList routeId={routeId} />
      <CommunitiesList routeId={routeId} />
    </>
  );
}

function EventsList({ routeId }: { routeId: string }) {
  const { t } = useTranslation(['follow-up', 'common']);
  const list = useUrlListState(EVENT_KEYS, undefined, { prefix: 'e' });
  const { pages } = list;
  const kind = list.get('kind');
  const filter = useMemo(() => ({ routeId: routeId || undefined, kind: (kind as FollowUpEventKind) || undefined }), [kind, routeId]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: FollowUpEventsQuery, variables: { first: PAGE_SIZE, after: pages.after, filter } });
  const section = useSection();
  const { canEdit } = section;
  type Row = NonNullable<typeof data>['followUpEvents']['edges'][number]['node'];
  const [editing, setEditing] = useState<EditedEvent | 'new' | null>(null);
  const done = () => (setEditing(null), refetch({ requestPolicy: 'network-only' }));
  return (
    <section aria-labelledby="events-heading">
      <h2 id="events-heading">{t('events')}</h2>
      {canEdit && editing === null && (routeId ? <Button onClick={() => setEditing('new')}>{t('newEvent')}</Button> : <p className="lr-follow-up-muted">{t('eventRouteRequired')}</p>)}
      {editing && (editing !== 'new' || routeId) && (
        <EventForm key={editing === 'new' ? 'new' : editing.id} routeId={routeId} event={editing === 'new' ? undefined : editing} onDone={done} onCancel={() => setEditing(null)} />
      )}
      <div className="lr-filterbar">
        <SelectField
          label={t('eventKind')}
          value={kind}
          onChange={(e) => list.set('kind', e.target.value)}
          placeholder={t('common:any')}
          options={EVENT_KINDS.map((k) => ({ value: k, label: t(`eventKinds.${k}`) }))}
        />
        <ExportCsvButton section={section} path="/follow-up/events.csv" filters={filter} fileName="events.csv" label={t('exportEvents')} />
      </div>
      <ConnectionView
        connection={data?.followUpEvents}
        fetching={fetching}
        error={errorMessage(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pages={pages}
        pageSize={PAGE_SIZE}
        caption={t('events')}
        rowKey={(e) => e.id}
        empty={<p>{list.filtered ? t('common:noMatches') : t('noEvents')}</p>}
        columns={[
          { key: 'date', header: t('date'), render: (e) => e.date },
          { key: 'title', header: t('eventTitle'), render: (e) => e.title },
          { key: 'kind', header: t('eventKind'), render: (e) => t(`eventKinds.${e.kind}`) },
          { key: 'route', header: t('route'), render: (e) => e.route?.title ?? '—' },
          { key: 'country', header: t('country'), render: (e) => e.country?.name ?? '—' },
          { key: 'participants', header: t('participants'), render: (e) => e.participants?.map((p) => p.fullName).join(', ') || '—' },
          ...(canEdit
            ? [
                {
                  key: 'edit',
                  header: t('actions'),
                  render: (e: Row) => (
                    <Button variant="link" onClick={() => setEditing(e)} aria-label={t('editEventOf', { title: e.title })}>
                      {t('edit')}
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

function StoriesList({ routeId }: { routeId: string }) {
  const { t } = useTranslation(['follow-up', 'common']);
  const list = useUrlListState(STORY_KEYS, undefined, { prefix: 's' });
  const { pages } = list;
  const search = list.get('q');
  const filter = useMemo(() => ({ routeId: routeId || undefined, search: search || undefined }), [search, routeId]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: ScalingStoriesQuery, variables: { first: PAGE_SIZE, after: pages.after, filter } });
  const section = useSection();
  const { canEdit } = section;
  type Row = NonNullable<typeof data>['scalingStories']['edges'][number]['node'];
  const [editing, setEditing] = useState<EditedStory | 'new' | null>(null);
  const done = () => (setEditing(null), refetch({ requestPolicy: 'network-only' }));
  return (
    <section aria-labelledby="stories-heading">
      <h2 id="stories-heading">{t('stories')}</h2>
      {canEdit && editing === null && <Button onClick={() => setEditing('new')}>{t('newStory')}</Button>}
      {editing && <StoryForm key={editing === 'new' ? 'new' : editing.id} routeId={routeId} story={editing === 'new' ? undefined : editing} onDone={done} onCancel={() => setEditing(null)} />}
      <ExportCsvButton section={section} path="/follow-up/stories.csv" filters={filter} fileName="stories.csv" label={t('exportStories')} />
      <FilterBar search={search} onSearch={(v) => list.set('q', v)} searchLabel={t('searchStories')} onClear={list.filtered ? list.clear : undefined} />
      <ConnectionView
        connection={data?.scalingStories}
        fetching={fetching}
        error={errorMessage(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pages={pages}
        pageSize={PAGE_SIZE}
        caption={t('stories')}
        rowKey={(s) => s.id}
        empty={<p>{list.filtered ? t('common:noMatches') : t('noStories')}</p>}
        columns={[
          {
            key: 'title',
            header: t('storyTitle'),
            render: (s) => (
              <>
                <strong>{s.title}</strong>
                <p className="lr-follow-up-muted">{s.result}</p>
              </>
            ),
          },
          { key: 'practice', header: t('practice'), render: (s) => s.practice?.title ?? '—' },
          { key: 'where', header: t('where'), render: (s) => [s.locality, s.country?.name].filter(Boolean).join(', ') || '—' },
          { key: 'documented', header: t('documentedOn'), render: (s) => s.documentedOn ?? '—' },
          {
            key: 'adapted',
            header: t('adaptedBy'),
            render: (s) => (
              <>
                {s.adaptedByOrganisation?.name ?? '—'}
                {s.evidenceUrl && (
                  <>
                    {' · '}
                    <a href={s.evidenceUrl}>{t('evidence')}</a>
                  </>
                )}
              </>
            ),
          },
          ...(canEdit
            ? [
                {
                  key: 'edit',
                  header: t('actions'),
                  render: (s: Row) => (
                    <Button variant="link" onClick={() => setEditing(s)} aria-label={t('editStoryOf', { title: s.title })}>
                      {t('edit')}
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
