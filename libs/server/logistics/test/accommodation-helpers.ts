import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { adminToken, ok, unique } from './helpers';

export const VENUE_FIELDS = 'id version name address city countryCode phone';
export const ROOM_FIELDS = 'id version venueId name capacity nightlyRate { amount currency minorUnits }';
export const STAY_FIELDS = 'id version routeId personId roomId checkIn checkOut nights nightlyRate { amount currency } cost { amount currency minorUnits }';

export const ADD_STAY = `mutation($input: AddStayInput!) { addStay(input: $input) { ${STAY_FIELDS} } }`;

export async function createVenue(gw: TestGateway, extra: Record<string, unknown> = {}): Promise<{ id: string; version: number; name: string }> {
  return ok(gw, `mutation($input: CreateVenueInput!) { createVenue(input: $input) { ${VENUE_FIELDS} } }`, { input: { name: unique('Hotel'), city: 'Lima', countryCode: 'PE', ...extra } }, { token: await adminToken(gw) });
}

export async function createRoom(gw: TestGateway, venueId: string, capacity = 2, nightlyRate: { amount: string; currency: string } | null = { amount: '62.50', currency: 'USD' }): Promise<{ id: string; version: number; name: string }> {
  return ok(
    gw,
    `mutation($input: CreateRoomInput!) { createRoom(input: $input) { ${ROOM_FIELDS} } }`,
    { input: { venueId, name: unique('Room'), capacity, ...(nightlyRate ? { nightlyRate } : {}) } },
    { token: await adminToken(gw) },
  );
}

/** Someone on the route's team (delegations' travellers), returning the person. */
export async function teamMember(gw: TestGateway, routeId: string, personId: string): Promise<string> {
  await ok(
    gw,
    `mutation($input: AddTeamMemberInput!) { addRouteTeamMember(input: $input) { id } }`,
    { input: { routeId, personId, role: 'TECHNICAL_COORDINATOR' } },
    { token: await adminToken(gw) },
  );
  return personId;
}

/** A signed-in PARTICIPANT user who is the given person. */
export const participantToken = (gw: TestGateway, personId: string) => gw.tokenFor(Role.PARTICIPANT, [], { personId });
