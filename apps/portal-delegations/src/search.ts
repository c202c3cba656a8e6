import { labelsOf } from '@lr/portal-i18n';
import type { SearchProvider } from '@lr/portal-shell-contract';
import { DelegationsSearchQuery, ParticipantsSearchQuery } from './graphql/operations';
import { delegationsMessages } from './i18n';

/**
 * What the header's search finds in this section: participants (by name) and delegations (by
 * name or country), five of each. Participants search nothing here: their own view is the
 * section's home.
 */
export const delegationsSearch: SearchProvider[] = [
  {
    id: 'participants',
    group: labelsOf(delegationsMessages, 'navParticipants'),
    async search(search, { client, language, user }) {
      if (user.role === 'PARTICIPANT') return [];
      const { data, error } = await client.query(ParticipantsSearchQuery, { search }, { requestPolicy: 'network-only' }).toPromise();
      if (error) throw error;
      const words = delegationsMessages[language];
      return (data?.participants.edges ?? []).map(({ node }) => ({
        id: node.id,
        label: node.person?.fullName ?? node.id,
        detail: [node.delegation?.name, words.statuses[node.status]].filter(Boolean).join(' · '),
        href: `/delegations/participants/${node.id}`,
      }));
    },
  },
  {
    id: 'delegations',
    group: labelsOf(delegationsMessages, 'navDelegations'),
    async search(search, { client, user }) {
      if (user.role === 'PARTICIPANT') return [];
      const { data, error } = await client.query(DelegationsSearchQuery, { search }, { requestPolicy: 'network-only' }).toPromise();
      if (error) throw error;
      return (data?.delegations.edges ?? []).map(({ node }) => ({
        id: node.id,
        label: node.name,
        detail: node.route?.title,
        href: `/delegations/${node.id}`,
      }));
    },
  },
];
