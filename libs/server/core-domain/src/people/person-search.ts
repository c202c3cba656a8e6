import { canSeePersonalData, findMatches, hitsOf, isAdmin, SearchKind, type RequestContext, type SearchFields, type SearchSource } from '@lr/server-core';
import { Organisation } from '../organisations/organisation.entity';
import { Person } from './person.entity';

/**
 * Where the caller's search may look for a person's e-mail: the privacy policy's CONTACT rule
 * as SQL (admins; the person themselves; with the person's consent, callers who may see
 * personal data). Nobody else finds a person by an address they could not read.
 */
function contactSearchable(ctx: RequestContext): string {
  const p = ctx.principal;
  if (isAdmin(p)) return 'true';
  const self = p.kind === 'user' && p.personId ? 'p.id = :lrSearchSelf' : 'false';
  return canSeePersonalData(p) ? `(p.contact_consent OR ${self})` : self;
}

/** People by name (anyone who may list people), position, and e-mail where the policy allows. */
export const personSearch: SearchSource = {
  kind: SearchKind.PERSON,
  async search(ctx, terms) {
    const me = ctx.principal.kind === 'user' ? ctx.principal.personId : null;
    const q = ctx.repo(Person).createQueryBuilder('p').leftJoin(Organisation, 'o', 'o.id = p.organisation_id').setParameter('lrSearchSelf', me);
    const name: SearchFields = { plain: ['p.given_name', 'p.family_name'] };
    const text: SearchFields = { plain: ['p.position', `CASE WHEN ${contactSearchable(ctx)} THEN p.email END`] };
    const rows = await findMatches(q, name, text, terms, {
      id: 'p.id',
      title: "p.given_name || ' ' || p.family_name",
      detail: "concat_ws(' · ', p.position, o.name)",
    });
    // The people page lists them by name (there is no page of one person).
    return hitsOf(rows, SearchKind.PERSON, 'routes', (_id, row) => `/routes/people?q=${encodeURIComponent(String(row['title']))}`);
  },
};
