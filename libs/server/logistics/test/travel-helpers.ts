import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { adminToken, createPerson, ok, unique } from './helpers';

export const TRAVELLER_FIELDS =
  'id version routeId personId travelStatus visaStatus passportNumber passportExpiry nationalityCode dateOfBirth insurance insuredUntil letterLanguage notes hasPassportDetails missingPassportDetails kind';
export const LEG_FIELDS =
  'id version travellerId routeId direction fromPlace toPlace departLocal departTimeZone arriveLocal arriveTimeZone carrier bookingReference cost { amount currency minorUnits } meetPersonId meetingNote departsAt arrivesAt';

export const ADD_TRAVELLER = `mutation($input: CreateTravellerInput!) { addTraveller(input: $input) { ${TRAVELLER_FIELDS} } }`;
export const UPDATE_TRAVELLER = `mutation($input: UpdateTravellerInput!) { updateTraveller(input: $input) { ${TRAVELLER_FIELDS} } }`;
export const ADD_LEG = `mutation($input: CreateTravelLegInput!) { addTravelLeg(input: $input) { ${LEG_FIELDS} } }`;
export const UPDATE_LEG = `mutation($input: UpdateTravelLegInput!) { updateTravelLeg(input: $input) { ${LEG_FIELDS} } }`;
export const REMOVE_LEG = `mutation($id: ID!, $v: Int!) { removeTravelLeg(id: $id, version: $v) }`;
export const CHANGE_TRAVEL = `mutation($id: ID!, $to: TravelStatus!, $v: Int!, $reason: String) { changeTravelStatus(travellerId: $id, toStatus: $to, version: $v, reason: $reason) { id version travelStatus travelHistory { from to reason changedBy } allowedNextTravelStatuses } }`;
export const CHANGE_VISA = `mutation($id: ID!, $to: VisaStatus!, $v: Int!, $reason: String) { changeVisaStatus(travellerId: $id, toStatus: $to, version: $v, reason: $reason) { id version visaStatus visaHistory { from to reason changedBy } allowedNextVisaStatuses } }`;

export interface TravellerFixture {
  id: string;
  version: number;
  personId: string;
}

/** Selects the person (a new one unless given) into a new national team of the route; returns the person and the participant. */
export async function selectOnRoute(
  gw: TestGateway,
  routeId: string,
  options: { personId?: string; countryCode?: string; person?: Record<string, unknown>; delegationId?: string } = {},
): Promise<{ personId: string; participantId: string; participantVersion: number; delegationId: string }> {
  const token = await adminToken(gw);
  // A route takes five national teams of three: pass `delegationId` to fill a team.
  const delegation = options.delegationId ? { id: options.delegationId } : await ok(
    gw,
    `mutation($input: CreateDelegationInput!) { createDelegation(input: $input) { id } }`,
    { input: { routeId, name: unique('Delegation'), kind: 'NATIONAL_TEAM', countryCode: options.countryCode ?? 'GT' } },
    { token },
  );
  const personId = options.personId ?? (await createPerson(gw, options.person ?? {}));
  const participant = await ok(gw, `mutation($input: CreateParticipantInput!) { addParticipant(input: $input) { id version } }`, { input: { delegationId: delegation.id, personId, sector: 'GOVERNMENT' } }, { token });
  const selected = await ok(gw, `mutation($id: ID!, $v: Int!) { changeSelectionStatus(participantId: $id, toStatus: SELECTED, version: $v) { id version } }`, { id: participant.id, v: participant.version }, { token });
  return { personId, participantId: selected.id, participantVersion: selected.version, delegationId: delegation.id };
}

/** A selected participant of a new delegation from `countryCode`, with a traveller record. */
export async function travellerOnRoute(gw: TestGateway, routeId: string, countryCode = 'GT', details: Record<string, unknown> = {}): Promise<TravellerFixture> {
  const { personId } = await selectOnRoute(gw, routeId, { countryCode });
  const traveller = await ok(gw, ADD_TRAVELLER, { input: { routeId, personId, ...details } }, { token: await adminToken(gw) });
  return { id: traveller.id, version: traveller.version, personId };
}

/** A leg from Amsterdam to Lima on 2025-05-10 unless told otherwise; returns id and version. */
export async function addLeg(gw: TestGateway, travellerId: string, overrides: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
  return ok(
    gw,
    ADD_LEG,
    {
      input: {
        travellerId,
        direction: 'INBOUND',
        fromPlace: 'Amsterdam (AMS)',
        departLocal: '2025-05-10T10:30',
        departTimeZone: 'Europe/Amsterdam',
        toPlace: 'Lima (LIM)',
        arriveLocal: '2025-05-10T16:15',
        arriveTimeZone: 'America/Lima',
        carrier: 'KLM KL743',
        bookingReference: 'ABC123',
        ...overrides,
      },
    },
    { token: await adminToken(gw) },
  );
}

/** An INBOUND and an OUTBOUND leg: what a booked journey needs. */
export async function roundTrip(gw: TestGateway, travellerId: string): Promise<{ inbound: { id: string; version: number }; outbound: { id: string; version: number } }> {
  const inbound = await addLeg(gw, travellerId);
  const outbound = await addLeg(gw, travellerId, {
    direction: 'OUTBOUND',
    fromPlace: 'Lima (LIM)',
    departLocal: '2025-05-19T19:00',
    departTimeZone: 'America/Lima',
    toPlace: 'Amsterdam (AMS)',
    arriveLocal: '2025-05-20T13:50',
    arriveTimeZone: 'Europe/Amsterdam',
    carrier: 'KLM KL744',
  });
  return { inbound, outbound };
}

/** A signed-in PARTICIPANT user who is the given person. */
export const participantUser = (gw: TestGateway, personId: string) => gw.tokenFor(Role.PARTICIPANT, [], { personId });

/** Adds the person to the route team. */
export async function joinRouteTeam(gw: TestGateway, routeId: string, personId: string, role = 'PROJECT_LEADER'): Promise<void> {
  await ok(gw, `mutation($input: AddTeamMemberInput!) { addRouteTeamMember(input: $input) { id } }`, { input: { routeId, personId, role } }, { token: await adminToken(gw) });
}

/** GETs a path of the gateway with a token; the body as bytes. */
export async function download(gw: TestGateway, path: string, token?: string): Promise<{ status: number; contentType: string | null; disposition: string | null; bytes: Buffer; json: () => any }> {
  const res = await fetch(`${gw.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const bytes = Buffer.from(await res.arrayBuffer());
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    disposition: res.headers.get('content-disposition'),
    bytes,
    json: () => JSON.parse(bytes.toString('utf8')),
  };
}
