import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { smartRuleText, type SmartFinding } from './smart';

/**
 * Where a field of the editor stands with the SMART check: the findings about it become its
 * hint (read with the field by screen readers, shown under it), marked so they stand out from
 * ordinary hints. `anchor` is where the SMART summary's links lead.
 */
export function SmartSpot({ anchor, findings, children }: { anchor: string; findings: readonly SmartFinding[]; children: ReactNode }) {
  return (
    <div id={anchor} className={`lr-ap-smart-field ${findings.length ? 'lr-ap-smart-field--fails' : ''}`}>
      {children}
    </div>
  );
}

/** The hint of a field with SMART findings: "SMART check: give the date the target is due." before any hint of its own. */
export function useSmartHint() {
  const { t } = useTranslation('action-plans');
  return (findings: readonly SmartFinding[], hint?: string): string | undefined => {
    const smart = findings.map((f) => t('smartHint', { problem: smartRuleText(f.rule) }));
    const all = [...smart, ...(hint ? [hint] : [])];
    return all.length ? all.join(' ') : undefined;
  };
}

/** Moves the focus to the field a SMART finding concerns (its anchor's first control), else lets the link scroll. */
export function focusAnchor(anchor: string, event: { preventDefault(): void }): void {
  const spot = document.getElementById(anchor);
  if (!spot) return;
  event.preventDefault();
  const control = spot.querySelector<HTMLElement>('input, select, textarea, button') ?? spot;
  spot.scrollIntoView({ block: 'center' });
  control.focus();
}
