import { errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { ConnectionView, PAGE_SIZE, useUrlListState } from '@lr/portal-ui';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Rating } from '../components/labels';
import { useSection } from '../components/section-context';
import { ChampionFeedbackListQuery } from '../graphql/operations';
import type { ChampionDetail } from './ChampionPage';
import { FeedbackForm } from './FeedbackForm';

/** Who may rate a champion (the API allows admins and these roles). */
const MAY_LEAVE_FEEDBACK = ['ADMIN', 'EDITOR', 'REVIEWER', 'PARTICIPANT'];

/** Participants' ratings of a champion's sessions, newest first, and the form to add one. */
export function FeedbackCard({ champion, onChanged }: { champion: ChampionDetail; onChanged(): void }) {
  const { t } = useTranslation('champions');
  const { user } = useSection();
  const format = useFormat();
  // Its own page in the address (feedback.after, feedback.page), apart from any other list.
  const { pages } = useUrlListState([], undefined, { prefix: 'feedback' });
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ChampionFeedbackListQuery,
    variables: { championId: champion.id, first: PAGE_SIZE, after: pages.after },
  });

  return (
    <section className="lr-card" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{t('feedback')}</h2>
      <p>
        {t('averageRating')}: <Rating value={champion.averageRating} count={champion.feedbackCount} />
      </p>
      <ConnectionView
        connection={data?.championFeedback}
        fetching={fetching}
        error={errorMessage(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pages={pages}
        pageSize={PAGE_SIZE}
        caption={t('feedback')}
        rowKey={(f) => f.id}
        empty={<p>{t('noFeedback')}</p>}
        columns={[
          { key: 'date', header: t('date'), render: (f) => format.date(f.createdAt) },
          { key: 'route', header: t('route'), render: (f) => (f.route ? <Link to={`/routes/${f.route.id}`}>{f.route.title}</Link> : '—') },
          { key: 'session', header: t('session'), render: (f) => f.sessionLabel ?? '—' },
          { key: 'rating', header: t('rating'), render: (f) => <Rating value={f.rating} /> },
          { key: 'comment', header: t('comment'), render: (f) => f.comment ?? '—' },
        ]}
      />
      {MAY_LEAVE_FEEDBACK.includes(user.role) && (
        <FeedbackForm
          championId={champion.id}
          onSent={() => {
            pages.reset();
            refetch({ requestPolicy: 'network-only' });
            onChanged();
          }}
        />
      )}
    </section>
  );
}
