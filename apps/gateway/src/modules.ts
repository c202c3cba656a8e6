import { platformModule, searchModule, type DomainModule } from '@lr/server-core';
import { coreDomainModule } from '@lr/server-core-domain';
import { championsModule } from '@lr/server-champions';
import { practicesModule } from '@lr/server-practices';
import { delegationsModule } from '@lr/server-delegations';
import { logisticsModule } from '@lr/server-logistics';
import { actionPlansModule } from '@lr/server-action-plans';
import { followUpModule } from '@lr/server-follow-up';
import { reportsModule } from '@lr/server-reports';

/**
 * The domain modules this gateway composes, in dependency order (demo data loads in this
 * order too). Adding a module is adding it here.
 */
export const gatewayModules: DomainModule[] = [platformModule, coreDomainModule, delegationsModule, practicesModule, championsModule, actionPlansModule, logisticsModule, followUpModule, reportsModule];

// The search across modules asks every module above for its `search` sources (docs/decisions/0015-search.md).
gatewayModules.push(searchModule(gatewayModules));
