import type { DashboardTile, PortalRole, PortalUser, SectionModule } from '@lr/portal-shell-contract';
import type { SectionState } from '../use-sections';
import { tilesFor } from './tile-filter';

const Blank = () => null;
const tile = (id: string, scope: DashboardTile['scope'], roles?: PortalRole[]): DashboardTile => ({ id, scope, roles, Component: Blank });
const user = (role: PortalRole): PortalUser => ({ id: 'u', displayName: 'U', email: 'u@example.org', role, modules: [] });
const remote = (section: string) => ({ name: `portal_${section}`, entry: `/${section}/remoteEntry.js`, section, title: { en: section, fr: section, es: section } });

function ready(section: string, tiles: DashboardTile[], requiredRoles?: PortalRole[]): SectionState {
  const module = { id: section, title: { en: section, fr: section, es: section }, nav: [], Component: Blank, tiles, requiredRoles } as unknown as SectionModule;
  return { status: 'ready', remote: remote(section), module };
}

const sections: SectionState[] = [
  ready('logistics', [tile('budget', 'route', ['EDITOR', 'VIEWER']), tile('agenda', 'route'), tile('mine', 'me')]),
  { status: 'loading', remote: remote('follow-up') },
  { status: 'failed', remote: remote('champions'), error: new Error('down') },
  ready('admin', [tile('keys', 'programme')], ['ADMIN']),
  ready('action-plans', [tile('plans', 'route', ['REVIEWER']), tile('ballot', 'me')]),
];

describe('the tiles the home shows', () => {
  it('keeps the manifest’s order, then each section’s, and names each tile by section', () => {
    expect(tilesFor(sections, 'route', user('ADMIN')).map((p) => p.key)).toEqual(['logistics:budget', 'logistics:agenda', 'action-plans:plans']);
  });

  it('shows a tile only to its roles (admins always), and nothing of a section the user may not open', () => {
    expect(tilesFor(sections, 'route', user('VIEWER')).map((p) => p.key)).toEqual(['logistics:budget', 'logistics:agenda']);
    expect(tilesFor(sections, 'route', user('REVIEWER')).map((p) => p.key)).toEqual(['logistics:agenda', 'action-plans:plans']);
    expect(tilesFor(sections, 'programme', user('EDITOR'))).toEqual([]);
    expect(tilesFor(sections, 'programme', user('ADMIN')).map((p) => p.section)).toEqual(['admin']);
  });

  it('gives `me` tiles to participants only, whatever the tiles’ roles', () => {
    expect(tilesFor(sections, 'me', user('PARTICIPANT')).map((p) => p.key)).toEqual(['logistics:mine', 'action-plans:ballot']);
    expect(tilesFor(sections, 'me', user('ADMIN'))).toEqual([]);
  });

  it('leaves out sections still loading or that failed', () => {
    expect(tilesFor(sections, 'route', user('ADMIN')).some((p) => ['follow-up', 'champions'].includes(p.section))).toBe(false);
  });
});
