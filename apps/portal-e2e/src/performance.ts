import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const PERFORMANCE_REPORT = join(__dirname, '../../../reports/e2e/performance.json');

/**
 * Records the page's paint timings and layout shifts from its very start (install before the
 * page loads), with PerformanceObserver as the Core Web Vitals define them: CLS adds up the
 * shifts not caused by recent input.
 */
export async function observePerformance(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __lrPerf: { cls: number; lcp: number; fcp: number; formReady: number; shifts: { value: number; at: number; sources: string[] }[] } };
    w.__lrPerf = { cls: 0, lcp: 0, fcp: 0, formReady: 0, shifts: [] };
    // When the page's own (React) content replaces the static first frame: a form or a heading in #root.
    const ready = new MutationObserver(() => {
      if (document.querySelector('#root form, #root main h1:not(.lr-boot h1)')) {
        w.__lrPerf.formReady = performance.now();
        ready.disconnect();
      }
    });
    document.addEventListener('DOMContentLoaded', () => ready.observe(document.body, { childList: true, subtree: true }));
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
        if (entry.hadRecentInput) continue;
        w.__lrPerf.cls += entry.value;
        w.__lrPerf.shifts.push({
          value: entry.value,
          at: Math.round(entry.startTime),
          sources: (entry.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${[...s.node.classList].join('.')}` : String(s.node?.nodeName))),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__lrPerf.lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') w.__lrPerf.fcp = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
  });
}

export interface PerformanceFigures {
  cls: number;
  lcp: number;
  fcp: number;
  /** Milliseconds until the page's own content (the sign-in form) replaced the static frame. */
  formReady: number;
  shifts: { value: number; at: number; sources: string[] }[];
}

export function performanceOf(page: Page): Promise<PerformanceFigures> {
  return page.evaluate(() => (window as unknown as { __lrPerf: PerformanceFigures }).__lrPerf);
}

/** Adds a measurement to reports/e2e/performance.json (read when updating docs/benchmarks.md). */
export function recordFigures(name: string, figures: Record<string, number>): void {
  mkdirSync(join(PERFORMANCE_REPORT, '..'), { recursive: true });
  const all = existsSync(PERFORMANCE_REPORT) ? (JSON.parse(readFileSync(PERFORMANCE_REPORT, 'utf8')) as Record<string, unknown>) : {};
  all[name] = { ...figures, at: new Date().toISOString() };
  writeFileSync(PERFORMANCE_REPORT, JSON.stringify(all, null, 2));
}
