import type { ModulePart } from '../common/module-part';
import { Room } from './room.entity';
import { Stay } from './stay.entity';
import { Venue } from './venue.entity';

/** What the accommodation area adds to the logistics module. */
export const accommodationPart: ModulePart = {
  entities: [Venue, Room, Stay],
};
