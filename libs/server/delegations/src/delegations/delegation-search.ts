import { findMatches, hitsOf, localizedText, SearchKind, type SearchSource } from '@lr/server-core';
import { Country } from '@lr/server-core-domain';
import { scopeDelegations } from '../common/scope';
import { Delegation } from './delegation.entity';

/**
 * Delegations by name and notes, with the row rules of the
 * delegations list (`scopeDelegations`): a PARTICIPANT finds only their routes' delegations.
 */
export const delegationSearch: SearchSource = {
  kind: SearchKind.DELEGATION,
  async search(ctx, terms) {
    const q = scopeDelegations(ctx, ctx.repo(Delegation).createQueryBuilder('d').leftJoin(Country, 'c', 'c.code = d.country_code'), 'd');
    const rows = await findMatches(q, { plain: ['d.name'] }, { plain: ['d.notes'] }, terms, {
      id: 'd.id',
      title: 'd.name',
      detail: localizedText('c.name', terms.language),
    });
    return hitsOf(rows, SearchKind.DELEGATION, 'delegations', (id) => `/delegations/${id}`);
  },
};
