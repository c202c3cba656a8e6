import { labelsOf } from '@lr/portal-i18n';
import type { SearchProvider } from '@lr/portal-shell-contract';
import { TravellersSearchQuery, VenuesSearchQuery } from './graphql/operations';
import { logisticsMessages } from './i18n';

/** What the header's search finds in this section: travellers (by name, with their route) and venues. */
export const logisticsSearch: SearchProvider[] = [
  {
    id: 'travellers',
    group: labelsOf(logisticsMessages, 'searchGroupTravellers'),
    async search(search, { client, language, user }) {
      if (user.role === 'PARTICIPANT') return [];
      const { data, error } = await client.query(TravellersSearchQuery, { search }, { requestPolicy: 'network-only' }).toPromise();
      if (error) throw error;
      const words = logisticsMessages[language];
      return (data?.travellers.edges ?? []).map(({ node }) => ({
        id: node.id,
        label: node.person?.fullName ?? node.id,
        detail: [node.route?.title, words.travelStatuses[node.travelStatus]].filter(Boolean).join(' · '),
        href: `/logistics/travel/${node.id}`,
      }));
    },
  },
  {
    id: 'venues',
    group: labelsOf(logisticsMessages, 'venuesTitle'),
    async search(search, { client, user }) {
      if (user.role === 'PARTICIPANT') return [];
      const { data, error } = await client.query(VenuesSearchQuery, { search }, { requestPolicy: 'network-only' }).toPromise();
      if (error) throw error;
      return (data?.venues.edges ?? []).map(({ node }) => ({ id: node.id, label: node.name, detail: node.city, href: `/logistics/venues/${node.id}` }));
    },
  },
];
