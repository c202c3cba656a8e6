import { cascadeDelete, reactOnCreate, restrictDelete, type DomainModule } from '@lr/server-core';
import { Country, LearningRoute, Organisation, Person, routePhaseMachine } from '@lr/server-core-domain';
import { ParticipantAccountsResolver } from './accounts/participant-accounts.resolver';
import { ParticipantAccountService } from './accounts/participant-accounts.service';
import { CheckInResolver } from './checkin/checkin.resolver';
import { CheckInService } from './checkin/checkin.service';
import { CompositionResolver } from './composition/composition.resolver';
import { CompositionService, storeCompositionDefaults } from './composition/composition.service';
import { compositionDefaultsSetting } from './composition/composition-setting';
import { CompositionSettings } from './composition/composition-settings.entity';
import { compositionReadyGuard } from './composition/phase-guard';
import { Delegation } from './delegations/delegation.entity';
import { DelegationResolver } from './delegations/delegation.resolver';
import { DelegationService } from './delegations/delegation.service';
import { RouteDelegationsResolver } from './delegations/route-delegations.resolver';
import { seedDelegationsDemo } from './demo/delegations-demo';
import { mountDelegationsHttp } from './http/delegations-http';
import { ParticipantImportResolver } from './import/import.resolver';
import { ParticipantImportService } from './import/import.service';
import { delegationsMigrations } from './migrations';
import { ParticipantFieldsResolver } from './participants/participant-fields.resolver';
import { Participant } from './participants/participant.entity';
import { ParticipantResolver } from './participants/participant.resolver';
import { ParticipantService } from './participants/participant.service';
import { selectionMachine } from './participants/selection-machine';
import { SelectionService } from './participants/selection.service';
import { RouteTeamMember } from './team/route-team-member.entity';
import { TeamResolver } from './team/team.resolver';
import { TeamService } from './team/team.service';
import { delegationSearch } from './delegations/delegation-search';

/** Delegations: who travels on a route, chosen by the method's composition rules. */
export const delegationsModule: DomainModule = {
  name: 'delegations',
  description: 'Delegations, participants and their selection, the route team, composition rules, import and check-in',
  entities: [Delegation, Participant, RouteTeamMember, CompositionSettings],
  services: [CompositionService, DelegationService, ParticipantService, SelectionService, TeamService, CheckInService, ParticipantImportService, ParticipantAccountService],
  resolvers: [
    DelegationResolver,
    RouteDelegationsResolver,
    ParticipantResolver,
    ParticipantFieldsResolver,
    CompositionResolver,
    TeamResolver,
    CheckInResolver,
    ParticipantImportResolver,
    ParticipantAccountsResolver,
  ],
  references: [
    // Core records delegations point at: deleting one still in use is refused, naming how many.
    restrictDelete(Delegation, 'routeId', LearningRoute),
    restrictDelete(Delegation, 'countryCode', Country),
    restrictDelete(Delegation, 'headPersonId', Person, ['delegation (as head)', 'delegations (as head)']),
    restrictDelete(Delegation, 'organisationIds', Organisation),
    restrictDelete(Participant, 'personId', Person),
    restrictDelete(RouteTeamMember, 'personId', Person, ['route team membership', 'route team memberships']),
    restrictDelete(RouteTeamMember, 'routeId', LearningRoute, ['route team member', 'route team members']),
    // A delegation is deleted empty: its participants are people's records, not its own parts.
    restrictDelete(Participant, 'delegationId', Delegation),
    // A route's composition targets go with it.
    cascadeDelete(CompositionSettings, 'routeId', LearningRoute),
  ],
  stateMachines: [selectionMachine],
  guards: [compositionReadyGuard],
  // A new route starts with today's default targets, stored on it so later changes of the default leave it be.
  reactions: [reactOnCreate(routePhaseMachine, (ctx, route) => storeCompositionDefaults(ctx, route.id))],
  settings: [compositionDefaultsSetting],
  events: [],
  http: mountDelegationsHttp,
  migrations: delegationsMigrations,
  search: [delegationSearch],
  seedDemo: seedDelegationsDemo,
};
