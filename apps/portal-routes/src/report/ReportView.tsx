import { useFormat } from '@lr/portal-i18n';
import { useTranslation } from 'react-i18next';
import type { ReportPartsFragment } from '../graphql/generated/graphql';
import './report.css';

interface Count {
  key: string;
  label: string;
  count: number;
}

/** Counts as labelled bars (a list, so screen readers read "label: count"); the longest bar is the largest count. */
function CountBars({ title, counts }: { title: string; counts: readonly Count[] }) {
  const format = useFormat();
  const max = Math.max(1, ...counts.map((c) => c.count));
  if (!counts.length) return null;
  return (
    <div className="lr-report__counts">
      <h4>{title}</h4>
      <ul>
        {counts.map((c) => (
          <li key={c.key}>
            <span className="lr-report__count-label">{c.label}</span>
            <span className="lr-report__bar" aria-hidden="true">
              <span style={{ width: `${(c.count / max) * 100}%` }} />
            </span>
            <span className="lr-report__count-value">{format.number(c.count)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Key figures of a part, large and labelled. */
function Figures({ items }: { items: { label: string; value: string }[] }) {
  return (
    <dl className="lr-report__figures">
      {items.map((f) => (
        <div key={f.label}>
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The parts of a report (a route's or a programme's): participants, practices, agenda, plans, indicators, surveys, budget. */
export function ReportView({ report }: { report: ReportPartsFragment }) {
  const { t } = useTranslation(['routes', 'common']);
  const format = useFormat();
  const { participation: p, agenda, plans, indicators, budget } = report;
  const statusLabel = new Map(plans.byStatus.map((s) => [s.key, s.label]));
  return (
    <div className="lr-report">
      <section className="lr-card" aria-labelledby="report-participation">
        <h3 id="report-participation">{t('report.participation')}</h3>
        <Figures
          items={[
            { label: t('report.delegations'), value: format.number(p.delegations) },
            { label: t('report.participants'), value: format.number(p.participants) },
            { label: t('report.selected'), value: format.number(p.selected) },
          ]}
        />
        <div className="lr-report__grid">
          <CountBars title={t('report.byCountry')} counts={p.byCountry} />
          <CountBars title={t('report.bySector')} counts={p.bySector} />
          <CountBars title={t('report.byGender')} counts={p.byGender} />
          <CountBars title={t('report.byStatus')} counts={p.byStatus} />
        </div>
      </section>

      <section className="lr-card" aria-labelledby="report-practices">
        <h3 id="report-practices">{t('report.practices')}</h3>
        {report.practices.length === 0 ? (
          <p>{t('report.none')}</p>
        ) : (
          <ul className="lr-report__list">
            {report.practices.map((x) => (
              <li key={x.practiceId}>
                <strong>{x.title}</strong> ({x.countryCode})
                {x.isCase && <> · {t('report.isCase')}</>} ·{' '}
                {t('report.sessionCount', { count: x.sessions })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="lr-card" aria-labelledby="report-agenda">
        <h3 id="report-agenda">{t('report.agenda')}</h3>
        <Figures
          items={[
            { label: t('report.days'), value: format.number(agenda.days) },
            { label: t('report.sessions'), value: format.number(agenda.sessions) },
            {
              label: t('report.blockingFindings'),
              value:
                agenda.blockingFindings === null || agenda.blockingFindings === undefined
                  ? t('report.notShown')
                  : format.number(agenda.blockingFindings),
            },
          ]}
        />
        <CountBars title={t('report.byType')} counts={agenda.byType} />
      </section>

      <section className="lr-card" aria-labelledby="report-plans">
        <h3 id="report-plans">{t('report.plans')}</h3>
        <Figures
          items={[
            { label: t('report.plansTotal'), value: format.number(plans.total) },
            { label: t('report.fund'), value: format.money(plans.fund) },
            { label: t('report.awarded'), value: format.money(plans.awarded) },
            { label: t('report.awards'), value: format.number(plans.awards) },
          ]}
        />
        <CountBars title={t('report.byStatus')} counts={plans.byStatus} />
        <ul className="lr-report__list">
          {plans.plans.map((x) => (
            <li key={x.planId}>
              <strong>{x.delegation}</strong> — {x.title} · {statusLabel.get(x.status) ?? x.status}
              {x.awarded && (
                <>
                  {' '}
                  · {t('report.awarded')} {format.money(x.awarded)}
                </>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section className="lr-card" aria-labelledby="report-indicators">
        <h3 id="report-indicators">{t('report.indicators')}</h3>
        <Figures
          items={[{ label: t('report.indicatorsTotal'), value: format.number(indicators.total) }]}
        />
        <CountBars
          title={t('report.indicators')}
          counts={[
            { key: 'ON_TRACK', label: t('report.onTrack'), count: indicators.onTrack },
            { key: 'OFF_TRACK', label: t('report.offTrack'), count: indicators.offTrack },
            { key: 'NO_DATA', label: t('report.noData'), count: indicators.noData },
          ]}
        />
      </section>

      <section className="lr-card" aria-labelledby="report-surveys">
        <h3 id="report-surveys">{t('report.surveys')}</h3>
        {report.surveys.length === 0 ? (
          <p>{t('report.none')}</p>
        ) : (
          <ul className="lr-report__list">
            {report.surveys.map((s) => (
              <li key={s.surveyId}>
                <strong>{s.title}</strong>:{' '}
                {t('report.responseRate', {
                  rate: s.responseRate,
                  answered: s.answered,
                  invited: s.invited,
                })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="lr-card" aria-labelledby="report-budget">
        <h3 id="report-budget">{t('report.budget')}</h3>
        {!budget ? (
          <p>{t('report.notShown')}</p>
        ) : (
          <>
            <Figures
              items={[
                { label: t('report.planned'), value: format.money(budget.planned) },
                { label: t('report.actual'), value: format.money(budget.actual) },
              ]}
            />
            {budget.burnPercent && <p>{t('report.burn', { percent: budget.burnPercent })}</p>}
            <div
              className="lr-report__table-wrap"
              tabIndex={0}
              role="group"
              aria-labelledby="report-budget"
            >
              <table className="lr-report__table">
                <caption className="lr-visually-hidden">{t('report.budget')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('report.category')}</th>
                    <th scope="col">{t('report.planned')}</th>
                    <th scope="col">{t('report.actual')}</th>
                  </tr>
                </thead>
                <tbody>
                  {budget.categories.map((c) => (
                    <tr key={c.category}>
                      <th scope="row">{c.label}</th>
                      <td>{format.money(c.planned)}</td>
                      <td>{format.money(c.actual)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </div>
  );
}
