import { cascadeDelete, restrictDelete } from '@lr/server-core';
import { Country, LearningRoute, Person } from '@lr/server-core-domain';
import type { ModulePart } from '../common/module-part';
import { seedAccommodationDemo } from '../demo/accommodation-demo';
import { Room } from './room.entity';
import { RoomResolver } from './room.resolver';
import { RoomService } from './room.service';
import { RoomingResolver } from './rooming.resolver';
import { RoomingService } from './rooming.service';
import { RouteStaysResolver } from './route-stays.resolver';
import { Stay } from './stay.entity';
import { StayResolver } from './stay.resolver';
import { StayService } from './stay.service';
import { Venue } from './venue.entity';
import { VenueResolver } from './venue.resolver';
import { VenueService } from './venue.service';
import { mountRoomingCsv } from './rooming-csv';
import { mountVenuesCsv } from './venues-csv';

/** What the accommodation area adds to the logistics module: venues, rooms, stays and rooming lists. */
export const accommodationPart: ModulePart = {
  entities: [Venue, Room, Stay],
  resolvers: [VenueResolver, RoomResolver, StayResolver, RouteStaysResolver, RoomingResolver],
  services: [VenueService, RoomService, StayService, RoomingService],
  references: [
    // Core records stays and venues point at: deleting one still in use is refused, naming how many.
    restrictDelete(Venue, 'countryCode', Country),
    restrictDelete(Stay, 'routeId', LearningRoute),
    restrictDelete(Stay, 'personId', Person),
    // A venue's rooms go with it, one by one; a room with stays refuses, so a venue in use does too.
    cascadeDelete(Room, 'venueId', Venue),
    restrictDelete(Stay, 'roomId', Room),
  ],
  seedDemo: seedAccommodationDemo,
  http: (http) => {
    mountVenuesCsv(http);
    mountRoomingCsv(http);
  },
};
