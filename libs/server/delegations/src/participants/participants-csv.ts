import type { Response } from 'express';
import { eachRow, filterFromQuery, loadOne, localize, notForPartnersValue, PersonalData, personalValue, rowsInPages, streamCsv, type CsvColumn, type RequestContext } from '@lr/server-core';
import { loadPerson, loadRoute, type Person } from '@lr/server-core-domain';
import { Delegation } from '../delegations/delegation.entity';
import type { Participant } from './participant.entity';
import { ParticipantFilter } from './participant.inputs';
import { PARTICIPANT_SORT, participantsQuery } from './participant.service';

interface ParticipantRow {
  participant: Participant;
  person: Person | null;
  delegation: Delegation | null;
  route: string | null;
}

/** The columns: contact details under the privacy policy, the check-in not for partners (as in the API). */
function columns(ctx: RequestContext): CsvColumn<ParticipantRow>[] {
  const subject = (r: ParticipantRow) => ({ contactConsent: r.person?.contactConsent, personId: r.participant.personId });
  return [
    { header: 'participant_id', value: (r) => r.participant.id },
    { header: 'given_name', value: (r) => r.person?.givenName },
    { header: 'family_name', value: (r) => r.person?.familyName },
    { header: 'route', value: (r) => r.route },
    { header: 'delegation', value: (r) => r.delegation?.name },
    { header: 'delegation_country_code', value: (r) => r.delegation?.countryCode },
    { header: 'sector', value: (r) => r.participant.sector },
    { header: 'position', value: (r) => r.participant.position },
    { header: 'roles', value: (r) => r.participant.roles.join('; ') },
    { header: 'status', value: (r) => r.participant.status },
    { header: 'checked_in_at', value: notForPartnersValue(ctx, (r) => r.participant.checkedInAt) },
    { header: 'email', value: personalValue(ctx, PersonalData.CONTACT, subject, (r) => r.person?.email) },
    { header: 'phone', value: personalValue(ctx, PersonalData.CONTACT, subject, (r) => r.person?.phone) },
  ];
}

/**
 * `GET /delegations/participants.csv?<participants(filter:) fields>`: the participants the list
 * shows the caller (partners: SELECTED ones; participants: their own delegations), in its order.
 */
export async function exportParticipantsCsv(ctx: RequestContext, query: Record<string, unknown>, res: Response): Promise<void> {
  const filter = await filterFromQuery(ParticipantFilter, query);
  const pages = rowsInPages(participantsQuery(ctx, filter), PARTICIPANT_SORT);
  const rows = eachRow(pages, (participants) =>
    Promise.all(
      participants.map(async (participant): Promise<ParticipantRow> => {
        // Per-request loaders: a page costs one statement per kind of record.
        const [person, delegation, route] = await Promise.all([loadPerson(ctx, participant.personId), loadOne(ctx, Delegation, participant.delegationId), loadRoute(ctx, participant.routeId)]);
        return { participant, person, delegation, route: route ? localize(route.title, ctx.language) : null };
      }),
    ),
  );
  await streamCsv(res, { fileName: 'participants.csv', columns: columns(ctx), rows });
}
