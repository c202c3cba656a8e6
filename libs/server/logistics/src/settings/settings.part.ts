import type { ModulePart } from '../common/module-part';
import { RouteLogistics } from './route-logistics.entity';

/** What the settings area adds to the logistics module. */
export const settingsPart: ModulePart = {
  entities: [RouteLogistics],
};
