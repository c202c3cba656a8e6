import { Role, type Principal } from '../auth';
import { defineStateMachine } from './state-machine';

class Ticket {
  id: string;
  version: number;
  status: 'OPEN' | 'CLAIMED' | 'CLOSED' | 'ARCHIVED';
}

const user = (role: Role, modules: string[] = []): Principal => ({ kind: 'user', userId: 'u', email: 'u@example.org', displayName: 'U', role, modules, personId: null });
const editor = user(Role.EDITOR, ['tickets']);
const otherEditor = user(Role.EDITOR, ['core']);
const admin = user(Role.ADMIN);
const reviewer = user(Role.REVIEWER);
const partner: Principal = { kind: 'apiKey', keyId: 'k', name: 'Partner', scopes: [] };

const machine = defineStateMachine<Ticket, Ticket['status']>({
  name: 'ticket.status',
  module: 'tickets',
  entity: Ticket,
  property: 'status',
  label: 'ticket',
  moves: [
    // Default: the module's editors and admins.
    { from: 'OPEN', to: 'CLAIMED' },
    // A predicate: reviewers (who edit no module) and the module's editors.
    { from: 'CLAIMED', to: 'CLOSED', by: (p) => p.kind === 'user' && (p.role === Role.REVIEWER || (p.role === Role.EDITOR && p.modules.includes('tickets'))) },
    { from: 'CLOSED', to: 'ARCHIVED', by: 'admins' },
  ],
});

describe('who may make a move', () => {
  it('lets the module’s editors and admins make a move without `by`', () => {
    const move = machine.moveBetween('OPEN', 'CLAIMED')!;
    expect([editor, admin, otherEditor, reviewer, partner].map((p) => machine.mayMake(p, move))).toEqual([true, true, false, false, false]);
  });

  it('keeps `admins` moves for admins', () => {
    const move = machine.moveBetween('CLOSED', 'ARCHIVED')!;
    expect([admin, editor, reviewer].map((p) => machine.mayMake(p, move))).toEqual([true, false, false]);
  });

  it('asks the predicate of a move that has one, and nothing else: not even an admin passes unless it says so', () => {
    const move = machine.moveBetween('CLAIMED', 'CLOSED')!;
    expect([reviewer, editor, otherEditor, admin, partner].map((p) => machine.mayMake(p, move))).toEqual([true, true, false, false, false]);
  });

  it('offers the moves each caller may make', () => {
    expect(machine.allowedMoves(reviewer, 'CLAIMED')).toEqual(['CLOSED']);
    expect(machine.allowedMoves(reviewer, 'OPEN')).toEqual([]);
    expect(machine.allowedMoves(admin, 'CLOSED')).toEqual(['ARCHIVED']);
  });
});
