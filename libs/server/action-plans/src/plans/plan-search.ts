import { findMatches, hitsOf, localizedText, SearchKind, type SearchSource } from '@lr/server-core';
import { Delegation } from '@lr/server-delegations';
import { scopePlans } from '../common/plan-access';
import { ActionPlan } from './action-plan.entity';

/**
 * Action plans by title and their texts, with the plans list's row rules (`scopePlans`):
 * partners find FINAL and AWARDED plans only, a PARTICIPANT the plans of their routes.
 */
export const planSearch: SearchSource = {
  kind: SearchKind.ACTION_PLAN,
  async search(ctx, terms) {
    const q = await scopePlans(ctx, ctx.repo(ActionPlan).createQueryBuilder('ap').leftJoin(Delegation, 'd', 'd.id = ap.delegation_id'), 'ap');
    const rows = await findMatches(q, { localized: ['ap.title'] }, { localized: ['ap.innovations', 'ap.context', 'ap.expected_results'] }, terms, {
      id: 'ap.id',
      title: localizedText('ap.title', terms.language),
      detail: 'd.name',
    });
    return hitsOf(rows, SearchKind.ACTION_PLAN, 'action-plans', (id) => `/action-plans/plans/${id}`);
  },
};
