import { errorCode, errorMessage } from '@lr/portal-graphql';
import type { ChampionDetailQuery as Detail, Language } from '../graphql/generated/graphql';
import { languageName } from '@lr/portal-i18n';
import { Button, ConfirmDialog, ErrorPanel, PageHeader, Skeleton } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { calendarDay } from '../components/calendar-day';
import { Rating, TrainedBadge } from '../components/labels';
import { useSection } from '../components/section-context';
import { ChampionDetailQuery, DeleteChampionMutation } from '../graphql/operations';
import { FeedbackCard } from './FeedbackCard';
import { PracticesCard } from './PracticesCard';
import { TrainingsCard } from './TrainingsCard';

export type ChampionDetail = NonNullable<Detail['champion']>;

/** One champion: profile, consents, contact, practices, trainings and feedback. */
export function ChampionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['champions', 'common']);
  const { language, canEdit, notify, basePath } = useSection();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ChampionDetailQuery,
    variables: { id, lang: language.toUpperCase() as Language },
  });
  const [, remove] = useMutation(DeleteChampionMutation);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data?.champion) {
    const notFound = errorCode(error) === 'NOT_FOUND';
    return (
      <>
        <PageHeader title={t('detailFailed')} breadcrumbs={[]} />
        <ErrorPanel title={notFound ? t('common:notFound') : t('detailFailed')} onRetry={reload}>
          {!notFound && errorMessage(error)}
        </ErrorPanel>
      </>
    );
  }
  const champion = data.champion;
  const name = champion.person?.fullName ?? champion.id;

  async function deleteChampion() {
    setConfirmDelete(false);
    const result = await remove({ id: champion.id, version: champion.version });
    if (result.error) {
      notify(errorCode(result.error) === 'CONFLICT' ? t('common:staleEdit') : (errorMessage(result.error) ?? ''), 'error');
      reload();
      return;
    }
    notify(t('common:deleted'), 'success');
    navigate(basePath);
  }

  return (
    <>
      <PageHeader title={name} breadcrumbs={[]}>
        {canEdit && (
          <>
            <Link className="lr-button" to={`${basePath}/${champion.id}/edit`}>
              {t('common:edit')}
            </Link>
            <Button variant="danger" onClick={() => setConfirmDelete(true)}>
              {t('deleteChampion')}
            </Button>
          </>
        )}
      </PageHeader>

      <section className="lr-card" aria-labelledby="profile-heading">
        <h2 id="profile-heading">{t('profile')}</h2>
        <dl className="lr-details">
          <dt>{t('country')}</dt>
          <dd>{champion.person?.country?.name ?? '—'}</dd>
          <dt>{t('organisation')}</dt>
          <dd>
            {champion.person?.organisation ? (
              <Link to={`/routes/organisations?q=${encodeURIComponent(champion.person.organisation.name)}`}>{champion.person.organisation.name}</Link>
            ) : (
              '—'
            )}
          </dd>
          <dt>{t('position')}</dt>
          <dd>{champion.person?.position ?? '—'}</dd>
          <dt>{t('languages')}</dt>
          <dd>{champion.languages.map((l) => languageName(l, language)).join(', ') || '—'}</dd>
          <dt>{t('expertise')}</dt>
          <dd>{champion.expertiseTags.join(' · ') || '—'}</dd>
          <dt>{t('thematicAreas')}</dt>
          <dd>{champion.thematicAreas.map((a) => a.name).join(' · ') || '—'}</dd>
          <dt>{t('practices')}</dt>
          <dd>
            {champion.practices.length
              ? champion.practices.map((p, i) => (
                  <span key={p.id}>
                    {i > 0 && ' · '}
                    <Link to={`/practices/${p.practice.id}`}>{p.practice.title}</Link>
                  </span>
                ))
              : '—'}
          </dd>
          <dt>{t('training')}</dt>
          <dd>
            <TrainedBadge trained={champion.trained} />
          </dd>
          <dt>{t('averageRating')}</dt>
          <dd>
            <Rating value={champion.averageRating} count={champion.feedbackCount} />
          </dd>
        </dl>
        <h3>{t('bio')}</h3>
        <p>{champion.bio || <span className="lr-champions-muted">{t('noBio')}</span>}</p>
      </section>

      <section className="lr-card" aria-labelledby="consents-heading">
        <h2 id="consents-heading">{t('consents')}</h2>
        <dl className="lr-details">
          <dt>{t('consentToContact')}</dt>
          <dd>{consentText(champion.consentToContact, champion.consentToContactDate)}</dd>
          <dt>{t('consentToPhotograph')}</dt>
          <dd>{consentText(champion.consentToPhotograph, champion.consentToPhotographDate)}</dd>
        </dl>
        <h3 id="contact-heading">{t('contact')}</h3>
        <Contact champion={champion} />
      </section>

      <PracticesCard champion={champion} onChanged={reload} />
      <TrainingsCard champion={champion} onChanged={reload} />
      <FeedbackCard champion={champion} onChanged={reload} />

      <ConfirmDialog
        open={confirmDelete}
        title={t('confirmDeleteChampion')}
        confirmLabel={t('common:delete')}
        danger
        onConfirm={deleteChampion}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>{t('confirmDeleteChampionText', { name })}</p>
      </ConfirmDialog>
    </>
  );

  function consentText(given: boolean, date: string | null | undefined) {
    if (!date) return given ? t('common:yes') : t('consentUnknown');
    return t(given ? 'consentGiven' : 'consentRefused', { date: calendarDay(date) });
  }
}

/** E-mail and phone when the API gives them, else why they are hidden. */
function Contact({ champion }: { champion: ChampionDetail }) {
  const { t } = useTranslation(['champions', 'common']);
  const { user } = useSection();
  if (champion.contactEmail || champion.contactPhone) {
    return (
      <>
        <dl className="lr-details" aria-labelledby="contact-heading">
          <dt>{t('common:email')}</dt>
          <dd>{champion.contactEmail ? <a href={`mailto:${champion.contactEmail}`}>{champion.contactEmail}</a> : '—'}</dd>
          <dt>{t('phone')}</dt>
          <dd>{champion.contactPhone ? <a href={`tel:${champion.contactPhone.replace(/\s/g, '')}`}>{champion.contactPhone}</a> : '—'}</dd>
        </dl>
        {!champion.consentToContact && <p className="lr-notice">{t('contactAdminOnly')}</p>}
      </>
    );
  }
  if (!champion.consentToContact) return <p>{t('contactHiddenNoConsent')}</p>;
  if (user.role === 'ADMIN' || user.role === 'EDITOR') return <p>{t('noContactOnRecord')}</p>;
  return <p>{t('contactHiddenRole')}</p>;
}
