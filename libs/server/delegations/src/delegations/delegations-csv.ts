import type { Response } from 'express';
import { eachRow, filterFromQuery, localize, rowsInPages, streamCsv, type CsvColumn, type RequestContext } from '@lr/server-core';
import { loadCountry, loadPerson, loadRoute } from '@lr/server-core-domain';
import { scopeParticipants } from '../common/scope';
import { Participant } from '../participants/participant.entity';
import { SelectionStatus } from '../participants/participant-enums';
import type { Delegation } from './delegation.entity';
import { DelegationFilter } from './delegation.inputs';
import { DELEGATION_SORT, delegationsQuery } from './delegation.service';

interface DelegationRow {
  delegation: Delegation;
  route: string | null;
  country: string | null;
  head: string | null;
  /** Members the caller may see (partners: SELECTED ones), and how many of them are SELECTED. */
  members: number;
  selected: number;
}

const COLUMNS: CsvColumn<DelegationRow>[] = [
  { header: 'delegation_id', value: (r) => r.delegation.id },
  { header: 'name', value: (r) => r.delegation.name },
  { header: 'kind', value: (r) => r.delegation.kind },
  { header: 'route', value: (r) => r.route },
  { header: 'country_code', value: (r) => r.delegation.countryCode },
  { header: 'country', value: (r) => r.country },
  { header: 'head', value: (r) => r.head },
  { header: 'members', value: (r) => r.members },
  { header: 'selected', value: (r) => r.selected },
];

/** The members of a page of delegations the caller may see, by delegation: one statement, under the participants' rule. */
async function visibleMemberCounts(ctx: RequestContext, ids: string[]): Promise<Map<string, { members: number; selected: number }>> {
  const q = ctx.repo(Participant).createQueryBuilder('pt').select(['pt.id', 'pt.delegationId', 'pt.status']).where('pt.delegation_id = ANY(:ids)', { ids });
  const members = await scopeParticipants(ctx, q, 'pt').getMany();
  const counts = new Map<string, { members: number; selected: number }>();
  for (const m of members) {
    const count = counts.get(m.delegationId) ?? { members: 0, selected: 0 };
    count.members += 1;
    if (m.status === SelectionStatus.SELECTED) count.selected += 1;
    counts.set(m.delegationId, count);
  }
  return counts;
}

/**
 * `GET /delegations/delegations.csv?<delegations(filter:) fields>`: the delegations the list shows
 * the caller, by name, with their members counted as the caller may see them.
 */
export async function exportDelegationsCsv(ctx: RequestContext, query: Record<string, unknown>, res: Response): Promise<void> {
  const filter = await filterFromQuery(DelegationFilter, query);
  const pages = rowsInPages(delegationsQuery(ctx, filter), DELEGATION_SORT);
  const rows = eachRow(pages, async (delegations) => {
    const counts = await visibleMemberCounts(ctx, delegations.map((d) => d.id));
    return Promise.all(
      delegations.map(async (delegation): Promise<DelegationRow> => {
        const [route, country, head] = await Promise.all([
          loadRoute(ctx, delegation.routeId),
          delegation.countryCode ? loadCountry(ctx, delegation.countryCode) : null,
          delegation.headPersonId ? loadPerson(ctx, delegation.headPersonId) : null,
        ]);
        const count = counts.get(delegation.id) ?? { members: 0, selected: 0 };
        return {
          delegation,
          route: route ? localize(route.title, ctx.language) : null,
          country: country ? localize(country.name, ctx.language) : null,
          head: head ? `${head.givenName} ${head.familyName}` : null,
          ...count,
        };
      }),
    );
  });
  await streamCsv(res, { fileName: 'delegations.csv', columns: COLUMNS, rows });
}
