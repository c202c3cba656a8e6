import { Role, type Principal } from '@lr/server-core';
import { routePhaseMachine } from './phase-machine';
import { PHASE_ORDER, RoutePhase } from './route-phase';

const user = (role: Role, modules: string[] = []): Principal => ({ kind: 'user', userId: 'u', email: 'u@example.org', displayName: 'U', role, modules, personId: null });
const admin = user(Role.ADMIN);
const editor = user(Role.EDITOR, ['core']);
const viewer = user(Role.VIEWER);

describe('route phase machine', () => {
  it.each(PHASE_ORDER.slice(0, -1).map((from, i) => [from, PHASE_ORDER[i + 1]]))('has the forward move %s → %s for editors', (from, to) => {
    const move = routePhaseMachine.moveBetween(from, to);
    expect(move).toBeDefined();
    expect(routePhaseMachine.mayMake(editor, move!)).toBe(true);
  });

  it.each(PHASE_ORDER.slice(1).map((from, i) => [from, PHASE_ORDER[i]]))('lets only admins step back %s → %s, with a reason', (from, to) => {
    const move = routePhaseMachine.moveBetween(from, to)!;
    expect(move.needsReason).toBe(true);
    expect(routePhaseMachine.mayMake(admin, move)).toBe(true);
    expect(routePhaseMachine.mayMake(editor, move)).toBe(false);
  });

  it.each(PHASE_ORDER.flatMap((from, i) => PHASE_ORDER.filter((_, j) => Math.abs(j - i) !== 1).map((to) => [from, to] as const)))(
    'has no move %s → %s',
    (from, to) => {
      expect(routePhaseMachine.moveBetween(from, to)).toBeUndefined();
    },
  );

  it('offers each caller only the moves they may make', () => {
    expect(routePhaseMachine.allowedMoves(admin, RoutePhase.PREPARATION)).toEqual([RoutePhase.IMPLEMENTATION, RoutePhase.SYSTEMATIZATION]);
    expect(routePhaseMachine.allowedMoves(editor, RoutePhase.PREPARATION)).toEqual([RoutePhase.IMPLEMENTATION]);
    expect(routePhaseMachine.allowedMoves(viewer, RoutePhase.PREPARATION)).toEqual([]);
    expect(routePhaseMachine.allowedMoves(editor, RoutePhase.CLOSED)).toEqual([]);
  });

  it('asks for dates before IMPLEMENTATION only', async () => {
    const [guard] = routePhaseMachine.guards!;
    const undated = { startDate: null, endDate: null } as never;
    expect(await guard.check(null as never, undated)).toEqual([{ code: 'DATES', message: 'its start and end dates' }]);
    expect(await guard.check(null as never, { startDate: '2026-01-01', endDate: '2026-01-05' } as never)).toEqual([]);
    expect(guard.to).toBe(RoutePhase.IMPLEMENTATION);
  });
});
