import { errorMessage } from '@lr/portal-graphql';
import { ErrorPanel, PageHeader, Skeleton } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { VISA_STATUSES } from '../../components/labels';
import { useChosenRoute } from '../../components/route-choice';
import { RouteBar } from '../../components/RoutePicker';
import { useSection } from '../../components/section-context';
import type { VisaBoardQuery as BoardResult } from '../../graphql/generated/graphql';
import { VisaBoardQuery } from '../../graphql/operations';
import { VisaLetterButton } from '../travel/VisaLetterButton';
import { VisaTemplateCard } from './VisaTemplateCard';

type Row = BoardResult['travellers']['edges'][number]['node'];
/** A route has a few dozen travellers: the board shows them all up to this, and says so beyond. */
const BOARD_SIZE = 100;

/**
 * Visas at a glance: one column per visa status with the route's travellers in it, whose
 * passport details are still missing (no letter without them), and each letter to download;
 * the moves themselves are made on the traveller's page.
 */
export function VisasPage() {
  const { t } = useTranslation(['logistics', 'common']);
  const { basePath } = useSection();
  const { routeId, choose } = useChosenRoute();
  const [{ data, fetching, error }, refetch] = useQuery({ query: VisaBoardQuery, variables: { first: BOARD_SIZE, filter: { routeId } }, pause: !routeId });
  const rows = data?.travellers.edges.map((e) => e.node) ?? [];
  const missing = rows.filter((r) => !r.hasPassportDetails && r.visaStatus !== 'NOT_NEEDED');

  return (
    <>
      <PageHeader title={t('visasTitle')} breadcrumbs={[]} />
      <RouteBar routeId={routeId} onChange={choose} />
      {!routeId ? (
        <p className="lr-empty">{t('noRouteChosen')}</p>
      ) : error ? (
        <ErrorPanel title={t('common:loadFailed')} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
          {errorMessage(error)}
        </ErrorPanel>
      ) : fetching && !data ? (
        <Skeleton width="60%" />
      ) : rows.length === 0 ? (
        <p className="lr-empty">{t('noTravellersVisas')}</p>
      ) : (
        <>
          {missing.length > 0 && (
            <div className="lr-notice" role="status">
              <p>{t('passportsMissing', { count: missing.length })}</p>
              <Link className="lr-action-link" to={`${basePath}/travel?route=${routeId}&passport=missing`}>
                {t('showPassportsMissing')}
              </Link>
            </div>
          )}
          {data && data.travellers.totalCount > rows.length && <p className="lr-notice">{t('boardTruncated', { shown: rows.length, total: data.travellers.totalCount })}</p>}
          <div className="lr-logistics-visa-board">
            {VISA_STATUSES.map((status) => {
              const inColumn = rows.filter((r) => r.visaStatus === status);
              const headingId = `visa-${status.toLowerCase()}-heading`;
              return (
                <section key={status} className={`lr-logistics-visa-column lr-logistics-visa--${status.toLowerCase()}-column`} aria-labelledby={headingId}>
                  <h2 id={headingId}>{t('visaColumn', { status: t(`visaStatuses.${status}`), count: inColumn.length })}</h2>
                  {inColumn.length === 0 ? (
                    <p className="lr-logistics-muted">{t('nobodyHere')}</p>
                  ) : (
                    <ul className="lr-logistics-visa-cards">
                      {inColumn.map((r) => (
                        <VisaCard key={r.id} row={r} />
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </div>
          <VisaTemplateCard routeId={routeId} />
        </>
      )}
    </>
  );
}

function VisaCard({ row }: { row: Row }) {
  const { t } = useTranslation(['logistics', 'common']);
  const { basePath } = useSection();
  const name = row.person?.fullName ?? row.id;
  // Every traveller who needs a visa may need the letter (again, for a new application or at the border).
  const needsLetter = row.visaStatus !== 'NOT_NEEDED';
  return (
    <li className="lr-logistics-visa-card">
      <Link to={`${basePath}/travel/${row.id}`}>{name}</Link>
      {row.delegationCountry && <span className="lr-logistics-muted"> · {row.delegationCountry.name}</span>}
      {needsLetter && !row.hasPassportDetails && (
        <p className="lr-logistics-hint-missing">
          {t('letterNeeds', { fields: row.missingPassportDetails.map((f) => t(`passportFields.${f as 'passportNumber'}`)).join(', ') })}
        </p>
      )}
      {needsLetter && row.hasPassportDetails && <VisaLetterButton traveller={row} compact />}
    </li>
  );
}
