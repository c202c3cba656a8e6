import type { ModulePart } from '../common/module-part';
import { RouteLogistics } from './route-logistics.entity';
import { RouteLogisticsResolver } from './route-logistics.resolver';
import { RouteLogisticsService } from './route-logistics.service';

/** What the settings area adds to the logistics module: a route's time zone and capital, and its lock. */
export const settingsPart: ModulePart = {
  entities: [RouteLogistics],
  resolvers: [RouteLogisticsResolver],
  services: [RouteLogisticsService],
};
