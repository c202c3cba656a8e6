import { guardOn, type MachineGuard, type Missing } from '@lr/server-core';
import { routePhaseMachine, RoutePhase, type LearningRoute } from '@lr/server-core-domain';
import { agendaFindings } from './agenda-checks';
import { FindingSeverity } from './agenda-rules';

/**
 * The route cannot enter IMPLEMENTATION while its agenda has a blocking finding: the logistics
 * module adds this to the core's phase machine through the kit. One missing entry per kind of
 * finding (`AGENDA_<code>`), worded with the first such finding and how many more there are.
 *
 * It reads the agenda as committed and takes no agenda lock: this move already holds the route
 * row FOR UPDATE, and a session being inserted meanwhile waits on that row (its foreign key),
 * so waiting here for the agenda's lock could deadlock. The agenda stays editable during
 * IMPLEMENTATION anyway; the checks keep reporting what a later change breaks.
 */
export const agendaReadyGuard: MachineGuard = guardOn(routePhaseMachine, {
  to: RoutePhase.IMPLEMENTATION,
  async check(ctx, route: LearningRoute): Promise<Missing[]> {
    const blocking = (await agendaFindings(ctx, route.id)).filter((f) => f.severity === FindingSeverity.BLOCKING);
    const byCode = new Map<string, typeof blocking>();
    for (const f of blocking) byCode.set(f.code, [...(byCode.get(f.code) ?? []), f]);
    return [...byCode.entries()].map(([code, found]) => ({
      code: `AGENDA_${code}`,
      message: `an agenda without blocking findings (${found[0].message}${found.length > 1 ? `, and ${found.length - 1} more like it` : ''})`,
    }));
  },
});
