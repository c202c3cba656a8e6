import { Role, type Principal } from '@lr/server-core';
import { PracticeStatus, STATUS_ORDER } from './practice-status';
import { practiceStatusMachine } from './status-machine';

const LEGAL: [PracticeStatus, PracticeStatus][] = [
  [PracticeStatus.IDENTIFIED, PracticeStatus.UNDER_ASSESSMENT],
  [PracticeStatus.UNDER_ASSESSMENT, PracticeStatus.SELECTED],
  [PracticeStatus.UNDER_ASSESSMENT, PracticeStatus.REJECTED],
  [PracticeStatus.SELECTED, PracticeStatus.SYSTEMATIZED],
  [PracticeStatus.SYSTEMATIZED, PracticeStatus.PUBLISHED],
];
const isLegal = (from: PracticeStatus, to: PracticeStatus) => LEGAL.some(([f, t]) => f === from && t === to);
const editor: Principal = { kind: 'user', userId: 'u', email: 'e@example.org', displayName: 'E', role: Role.EDITOR, modules: ['practices'], personId: null };
const otherEditor: Principal = { ...editor, modules: ['core'] };

describe('practice status machine', () => {
  it.each(LEGAL)('has the move %s → %s for practices editors', (from, to) => {
    expect(practiceStatusMachine.mayMake(editor, practiceStatusMachine.moveBetween(from, to)!)).toBe(true);
    expect(practiceStatusMachine.mayMake(otherEditor, practiceStatusMachine.moveBetween(from, to)!)).toBe(false);
  });

  it.each(STATUS_ORDER.flatMap((from) => STATUS_ORDER.filter((to) => !isLegal(from, to)).map((to) => [from, to] as const)))('has no move %s → %s', (from, to) => {
    expect(practiceStatusMachine.moveBetween(from, to)).toBeUndefined();
  });

  it('asks for a reason to reject, the one final move that discards work', () => {
    expect(practiceStatusMachine.moveBetween(PracticeStatus.UNDER_ASSESSMENT, PracticeStatus.REJECTED)!.needsReason).toBe(true);
    expect(practiceStatusMachine.moveBetween(PracticeStatus.UNDER_ASSESSMENT, PracticeStatus.SELECTED)!.needsReason).toBeFalsy();
  });

  it('has nothing after REJECTED and PUBLISHED', () => {
    expect(practiceStatusMachine.allowedMoves(editor, PracticeStatus.REJECTED)).toEqual([]);
    expect(practiceStatusMachine.allowedMoves(editor, PracticeStatus.PUBLISHED)).toEqual([]);
  });

  it('guards SELECTED and SYSTEMATIZED only', () => {
    const guarded = (practiceStatusMachine.guards ?? []).map((g) => g.to);
    expect(guarded).toEqual([PracticeStatus.SELECTED, PracticeStatus.SYSTEMATIZED]);
  });
});
