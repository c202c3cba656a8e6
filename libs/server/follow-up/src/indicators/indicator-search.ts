import { findMatches, hitsOf, localizedText, SearchKind, type SearchSource } from '@lr/server-core';
import { scopeIndicators } from './indicator-access';
import { TrackedIndicator } from './tracked-indicator.entity';

/**
 * Tracked indicators by name and objective, with the indicators list's row rules
 * (`scopeIndicators`): partners find those born from plans, a PARTICIPANT their routes' and their own.
 */
export const indicatorSearch: SearchSource = {
  kind: SearchKind.INDICATOR,
  async search(ctx, terms) {
    const q = await scopeIndicators(ctx, ctx.repo(TrackedIndicator).createQueryBuilder('ti'), 'ti');
    const rows = await findMatches(q, { localized: ['ti.name'] }, { localized: ['ti.objective'] }, terms, {
      id: 'ti.id',
      title: localizedText('ti.name', terms.language),
      detail: 'ti.unit',
    });
    return hitsOf(rows, SearchKind.INDICATOR, 'follow-up', (id) => `/follow-up/indicators/${id}`);
  },
};
