import { useFormat } from '@lr/portal-i18n';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { RecommendationBadge } from './labels';
import type { Recommendation } from '../graphql/generated/graphql';

export interface ReviewShape {
  id: string;
  reviewerName: string;
  recommendation: Recommendation;
  summary?: string | null;
  createdAt: string;
  comments: readonly { section: string; comment: string }[];
  planVersion?: { number: number } | null;
}

const t = (key: string, options?: Record<string, unknown>) => i18next.t(key as never, { ns: 'action-plans', ...options }) as string;

/** A section a reviewer comments on, in words: "Context", "Objective 2", "Activities". */
export function sectionName(section: string): string {
  const item = /^(objectives|activities)\.(\d+)$/.exec(section);
  if (item) return item[1] === 'objectives' ? t('objectiveNumber', { number: Number(item[2]) }) : t('activityNumber', { number: Number(item[2]) });
  return i18next.exists(`sections.${section}`, { ns: 'action-plans' }) ? t(`sections.${section}`) : section;
}

/** Reviews, newest first: who, when, which version, what they recommend, their summary and a comment per section. */
export function ReviewList({ reviews, empty, headingLevel = 3 }: { reviews: readonly ReviewShape[]; empty: string; headingLevel?: 3 | 4 }) {
  const { t: tr } = useTranslation('action-plans');
  const format = useFormat();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  if (!reviews.length) return <p className="lr-ap-muted">{empty}</p>;
  return (
    <ol className="lr-ap-reviews">
      {reviews.map((r) => (
        <li key={r.id} className="lr-ap-review">
          <Heading>
            {r.planVersion
              ? tr('reviewByOnVersion', { name: r.reviewerName, at: format.date(r.createdAt), number: r.planVersion.number })
              : tr('reviewBy', { name: r.reviewerName, at: format.date(r.createdAt) })}
          </Heading>
          <p>
            <RecommendationBadge recommendation={r.recommendation} />
          </p>
          {r.summary && <p className="lr-ap-prose">{r.summary}</p>}
          {r.comments.length > 0 && (
            <dl className="lr-ap-comments">
              {r.comments.map((c) => (
                <div key={c.section}>
                  <dt>{sectionName(c.section)}</dt>
                  <dd className="lr-ap-prose">{c.comment}</dd>
                </div>
              ))}
            </dl>
          )}
        </li>
      ))}
    </ol>
  );
}
