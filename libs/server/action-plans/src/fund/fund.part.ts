import type { ModulePart } from '@lr/server-core';
import { ActionFund } from './action-fund.entity';
import { Award } from './award.entity';
import { Ballot } from './ballot.entity';

/** What the fund area adds to the action-plans module. */
export const fundPart: ModulePart = {
  entities: [ActionFund, Ballot, Award],
};
