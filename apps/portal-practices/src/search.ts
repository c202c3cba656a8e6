import { labelsOf } from '@lr/portal-i18n';
import type { SearchProvider } from '@lr/portal-shell-contract';
import { PracticesSearchQuery } from './graphql/operations';
import { practicesMessages } from './i18n';

/** What the header's search finds in this section: practices, five at most. */
export const practicesSearch: SearchProvider[] = [
  {
    id: 'practices',
    group: labelsOf(practicesMessages, 'navPractices'),
    async search(search, { client, language }) {
      const { data, error } = await client.query(PracticesSearchQuery, { search }, { requestPolicy: 'network-only' }).toPromise();
      if (error) throw error;
      return (data?.practices.edges ?? []).map(({ node }) => ({
        id: node.id,
        label: node.title,
        detail: `${node.country.name} · ${practicesMessages[language].statuses[node.status]}`,
        href: `/practices/${node.id}`,
      }));
    },
  },
];
