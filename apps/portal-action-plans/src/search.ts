import { labelsOf } from '@lr/portal-i18n';
import type { SearchProvider } from '@lr/portal-shell-contract';
import { PlansSearchQuery } from './graphql/operations';
import { actionPlansMessages } from './i18n';

/**
 * What the header's search finds in this section: action plans by their words (title, context,
 * innovations, expected results, in any language), five at most — for participants, those of
 * their own routes, as the API scopes them.
 */
export const actionPlansSearch: SearchProvider[] = [
  {
    id: 'action-plans',
    group: labelsOf(actionPlansMessages, 'navPlans'),
    async search(search, { client, language }) {
      const { data, error } = await client.query(PlansSearchQuery, { search }, { requestPolicy: 'network-only' }).toPromise();
      if (error) throw error;
      const words = actionPlansMessages[language];
      return (data?.actionPlans.edges ?? []).map(({ node }) => ({
        id: node.id,
        label: node.title,
        detail: [node.delegation?.name, words.statuses[node.status]].filter(Boolean).join(' · '),
        href: `/action-plans/plans/${node.id}`,
      }));
    },
  },
];
