import { labelsOf } from '@lr/portal-i18n';
import type { SearchProvider } from '@lr/portal-shell-contract';
import { routesMessages } from './i18n';
import { OrganisationsSearchQuery, PeopleSearchQuery, RoutesSearchQuery } from './graphql/operations';

/** What the header's search finds in this section: routes, people and organisations, five of each. */
export const routesSearch: SearchProvider[] = [
  {
    id: 'routes',
    group: labelsOf(routesMessages, 'navRoutes'),
    async search(search, { client, language }) {
      const { data, error } = await client.query(RoutesSearchQuery, { search }, { requestPolicy: 'network-only' }).toPromise();
      if (error) throw error;
      return (data?.routes.edges ?? []).map(({ node }) => ({
        id: node.id,
        label: node.title,
        detail: `${node.hostCountry.name} · ${routesMessages[language].phases[node.phase]}`,
        href: `/routes/${node.id}`,
      }));
    },
  },
  {
    id: 'people',
    group: labelsOf(routesMessages, 'navPeople'),
    async search(search, { client }) {
      const { data, error } = await client.query(PeopleSearchQuery, { search }, { requestPolicy: 'network-only' }).toPromise();
      if (error) throw error;
      return (data?.people.edges ?? []).map(({ node }) => ({
        id: node.id,
        label: node.fullName,
        detail: [node.organisation?.name, node.country?.name].filter(Boolean).join(' · ') || undefined,
        href: `/routes/people?q=${encodeURIComponent(node.fullName)}`,
      }));
    },
  },
  {
    id: 'organisations',
    group: labelsOf(routesMessages, 'navOrganisations'),
    async search(search, { client }) {
      const { data, error } = await client.query(OrganisationsSearchQuery, { search }, { requestPolicy: 'network-only' }).toPromise();
      if (error) throw error;
      return (data?.organisations.edges ?? []).map(({ node }) => ({
        id: node.id,
        label: node.acronym ? `${node.name} (${node.acronym})` : node.name,
        detail: node.country?.name,
        href: `/routes/organisations?q=${encodeURIComponent(node.name)}`,
      }));
    },
  },
];
