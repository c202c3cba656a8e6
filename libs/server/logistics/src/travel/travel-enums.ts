import { registerEnumType } from 'type-graphql';

/** Where a traveller's tickets stand (the kit's machine `traveller.travel`). */
export enum TravelStatus {
  REQUESTED = 'REQUESTED',
  BOOKED = 'BOOKED',
  TICKETED = 'TICKETED',
}
registerEnumType(TravelStatus, { name: 'TravelStatus', description: "Where a traveller's tickets stand" });

/** Where a traveller's visa stands (the kit's machine `traveller.visa`). */
export enum VisaStatus {
  NOT_NEEDED = 'NOT_NEEDED',
  TO_APPLY = 'TO_APPLY',
  APPLIED = 'APPLIED',
  GRANTED = 'GRANTED',
  REFUSED = 'REFUSED',
}
registerEnumType(VisaStatus, { name: 'VisaStatus', description: "Where a traveller's visa stands" });

/** Which way a leg goes: into the host country, home, or within it. */
export enum LegDirection {
  INBOUND = 'INBOUND',
  OUTBOUND = 'OUTBOUND',
  DOMESTIC = 'DOMESTIC',
}
registerEnumType(LegDirection, {
  name: 'LegDirection',
  valuesConfig: {
    INBOUND: { description: "Towards the host country, connections included: the journey's last INBOUND leg is on the arrivals manifest of its arrival day" },
    OUTBOUND: { description: "Home, connections included: the journey's first OUTBOUND leg is on the departures manifest of its departure day" },
    DOMESTIC: { description: 'Within the host country (e.g. to a field visit)' },
  },
});

/** Why someone travels to a route (the delegations module decides who does). */
export enum TravellerKind {
  PARTICIPANT = 'PARTICIPANT',
  TEAM = 'TEAM',
}
registerEnumType(TravellerKind, {
  name: 'TravellerKind',
  valuesConfig: {
    PARTICIPANT: { description: 'A SELECTED participant of a visiting delegation' },
    TEAM: { description: 'A member of the route team' },
  },
});
