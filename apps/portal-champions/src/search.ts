import { labelsOf } from '@lr/portal-i18n';
import type { SearchProvider } from '@lr/portal-shell-contract';
import { ChampionsSearchQuery } from './graphql/operations';
import { championsMessages } from './i18n';

/** What the header's search finds in this section: champions (by name or bio), five at most. */
export const championsSearch: SearchProvider[] = [
  {
    id: 'champions',
    group: labelsOf(championsMessages, 'navChampions'),
    async search(search, { client, language }) {
      const { data, error } = await client.query(ChampionsSearchQuery, { search }, { requestPolicy: 'network-only' }).toPromise();
      if (error) throw error;
      const words = championsMessages[language];
      return (data?.champions.edges ?? []).map(({ node }) => ({
        id: node.id,
        label: node.person?.fullName ?? node.id,
        detail: [node.person?.country?.name, node.trained ? words.trainedYes : words.trainedNo].filter(Boolean).join(' · '),
        href: `/champions/${node.id}`,
      }));
    },
  },
];
