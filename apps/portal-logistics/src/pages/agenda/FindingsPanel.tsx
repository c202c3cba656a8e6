import { Button } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import type { Finding } from './agenda-types';
import { findingText, isBlocking, type FindingContext } from './findings';

/**
 * What the agenda checks found, blocking ones first: each with the sessions it concerns, as
 * buttons that bring their card into view. While a blocking finding remains the route cannot go
 * into implementation.
 */
export function FindingsPanel({ findings, ready, context }: { findings: readonly Finding[]; ready: boolean; context: FindingContext }) {
  const { sessions } = context;
  const { t } = useTranslation(['logistics', 'common']);
  const blocking = findings.filter(isBlocking);
  const warnings = findings.filter((f) => !isBlocking(f));

  function show(sessionId: string) {
    const card = document.getElementById(`session-${sessionId}`);
    card?.scrollIntoView({ block: 'center', inline: 'center' });
    card?.focus({ preventScroll: true });
  }

  return (
    <section className={`lr-card ${ready ? 'lr-logistics-ready' : 'lr-logistics-not-ready'}`} aria-labelledby="checks-heading">
      <h2 id="checks-heading">{t('checksTitle')}</h2>
      <p aria-live="polite">
        <strong>{ready ? t('checksReady') : t('checksBlocking', { count: blocking.length })}</strong>
        {warnings.length > 0 && <> {t('checksWarnings', { count: warnings.length })}</>}
      </p>
      {findings.length === 0 ? (
        <p className="lr-logistics-muted">{t('checksNothing')}</p>
      ) : (
        <ul className="lr-logistics-findings">
          {[...blocking, ...warnings].map((f, i) => (
            <li key={`${f.code}-${i}`} className={isBlocking(f) ? 'lr-logistics-finding--blocking' : 'lr-logistics-finding--warning'}>
              <span className="lr-logistics-finding__mark" aria-hidden="true">
                {isBlocking(f) ? '■' : '▲'}
              </span>{' '}
              <strong>{t(`severities.${isBlocking(f) ? 'BLOCKING' : 'WARNING'}`)}:</strong> {findingText(f, context)}
              {f.sessionIds.some((id) => sessions.has(id)) && (
                <span className="lr-logistics-findings__links">
                  {f.sessionIds
                    .filter((id) => sessions.has(id))
                    .map((id) => (
                      <Button key={id} variant="link" onClick={() => show(id)}>
                        {t('showSession', { title: sessions.get(id)?.title ?? '' })}
                      </Button>
                    ))}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
