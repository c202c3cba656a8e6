/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DelegationsRouteOptions {\n    routes(first: 100) { edges { node { id title phase } } }\n  }\n": typeof types.DelegationsRouteOptionsDocument,
    "\n  query RouteComposition($routeId: ID!) {\n    routeComposition(routeId: $routeId) {\n      routeId\n      isDefault\n      ready\n      selectedParticipants\n      teamMembers\n      settings {\n        id\n        version\n        routeKind\n        maxPeople\n        nationalTeams\n        teamSize\n        minGovernmentPerTeam\n        maxPerStakeholderGroup\n        minParticipants\n        maxParticipants\n        minAlliances\n        maxGenderSharePercent\n      }\n      rules { code severity min max current holds delegationId delegationName }\n    }\n  }\n": typeof types.RouteCompositionDocument,
    "\n  mutation SetRouteComposition($input: SetCompositionInput!) {\n    setRouteComposition(input: $input) { routeId settings { id version } }\n  }\n": typeof types.SetRouteCompositionDocument,
    "\n  query DelegationsList($first: Int!, $after: String, $filter: DelegationFilter) {\n    delegations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          kind\n          country { code name }\n          selectedCount\n          participants { id }\n        }\n      }\n    }\n  }\n": typeof types.DelegationsListDocument,
    "\n  query DelegationDetail($id: ID!) {\n    delegation(id: $id) {\n      id\n      version\n      name\n      kind\n      countryCode\n      country { code name }\n      notes\n      headPerson { id fullName }\n      organisations { id name acronym }\n      route { id title phase }\n      selectedCount\n      participants {\n        id\n        status\n        sector\n        roles\n        person { id fullName }\n      }\n    }\n  }\n": typeof types.DelegationDetailDocument,
    "\n  query DelegationEdit($id: ID!) {\n    delegation(id: $id) {\n      id\n      version\n      name\n      kind\n      countryCode\n      notes\n      headPersonId\n      headPerson { id fullName }\n      organisations { id }\n      route { id title }\n      participants { id person { id fullName } }\n    }\n  }\n": typeof types.DelegationEditDocument,
    "\n  query DelegationOrganisationOptions {\n    organisations(first: 100) { edges { node { id name acronym } } }\n  }\n": typeof types.DelegationOrganisationOptionsDocument,
    "\n  mutation CreateDelegation($input: CreateDelegationInput!) {\n    createDelegation(input: $input) { id version }\n  }\n": typeof types.CreateDelegationDocument,
    "\n  mutation UpdateDelegation($input: UpdateDelegationInput!) {\n    updateDelegation(input: $input) { id version }\n  }\n": typeof types.UpdateDelegationDocument,
    "\n  mutation DeleteDelegation($id: ID!, $version: Int!) {\n    deleteDelegation(id: $id, version: $version)\n  }\n": typeof types.DeleteDelegationDocument,
    "\n  query DelegationOptions($routeId: ID!) {\n    delegations(first: 100, filter: { routeId: $routeId }) { edges { node { id name } } }\n  }\n": typeof types.DelegationOptionsDocument,
    "\n  query ParticipantsList($first: Int!, $after: String, $filter: ParticipantFilter) {\n    participants(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          version\n          status\n          allowedNextStatuses\n          sector\n          checkedInAt\n          accountStatus\n          person { id fullName }\n          delegation { id name }\n          route { id title }\n        }\n      }\n    }\n  }\n": typeof types.ParticipantsListDocument,
    "\n  mutation DecideParticipants($input: DecideParticipantsInput!) {\n    decideParticipants(input: $input) { id version status }\n  }\n": typeof types.DecideParticipantsDocument,
    "\n  query ParticipantDetail($id: ID!) {\n    participant(id: $id) {\n      id\n      version\n      status\n      allowedNextStatuses\n      sector\n      position\n      decisionPower\n      motivation\n      applicationContext\n      commitmentBefore\n      commitmentDuring\n      commitmentAfter\n      roles\n      isBlogger\n      checkedInAt\n      checkedInBy\n      accountStatus\n      person {\n        id\n        fullName\n        email\n        phone\n        languages\n        country { code name }\n        organisation { id name }\n      }\n      delegation {\n        id\n        name\n        kind\n        participants { id status }\n      }\n      route { id title phase startDate endDate }\n      consents { kind given date recordedBy }\n      selectionHistory { id from to reason changedBy at }\n    }\n  }\n": typeof types.ParticipantDetailDocument,
    "\n  query ParticipantEdit($id: ID!) {\n    participant(id: $id) {\n      id\n      version\n      status\n      sector\n      position\n      decisionPower\n      motivation\n      applicationContext\n      commitmentBefore\n      commitmentDuring\n      commitmentAfter\n      roles\n      person { id fullName }\n      delegation { id }\n      route { id }\n    }\n  }\n": typeof types.ParticipantEditDocument,
    "\n  mutation AddParticipant($input: CreateParticipantInput!) {\n    addParticipant(input: $input) { id version }\n  }\n": typeof types.AddParticipantDocument,
    "\n  mutation UpdateParticipant($input: UpdateParticipantInput!) {\n    updateParticipant(input: $input) { id version }\n  }\n": typeof types.UpdateParticipantDocument,
    "\n  mutation ChangeSelectionStatus($participantId: ID!, $toStatus: SelectionStatus!, $version: Int!, $reason: String) {\n    changeSelectionStatus(participantId: $participantId, toStatus: $toStatus, version: $version, reason: $reason) { id version status }\n  }\n": typeof types.ChangeSelectionStatusDocument,
    "\n  mutation WithdrawParticipant($participantId: ID!, $version: Int!, $reason: String!, $promoteNext: Boolean!) {\n    withdrawParticipant(participantId: $participantId, version: $version, reason: $reason, promoteNext: $promoteNext) {\n      withdrawn { id version status }\n      promoted { id person { id fullName } }\n      notPromoted\n      notPromotedRules\n      notPromotedBecause\n    }\n  }\n": typeof types.WithdrawParticipantDocument,
    "\n  mutation InviteParticipant($participantId: ID!) {\n    inviteParticipant(participantId: $participantId) {\n      email\n      language\n      expiresAt\n      accountCreated\n      participant { id accountStatus }\n    }\n  }\n": typeof types.InviteParticipantDocument,
    "\n  mutation InviteParticipants($participantIds: [ID!]!) {\n    inviteParticipants(participantIds: $participantIds) {\n      expiresAt\n      participant { id accountStatus }\n    }\n  }\n": typeof types.InviteParticipantsDocument,
    "\n  mutation RecordParticipantConsents($input: RecordConsentsInput!) {\n    recordParticipantConsents(input: $input) { id version consents { kind given date recordedBy } }\n  }\n": typeof types.RecordParticipantConsentsDocument,
    "\n  mutation CheckInParticipant($participantId: ID!, $version: Int!) {\n    checkInParticipant(participantId: $participantId, version: $version) { id version checkedInAt checkedInBy }\n  }\n": typeof types.CheckInParticipantDocument,
    "\n  mutation UndoCheckIn($participantId: ID!, $version: Int!) {\n    undoCheckIn(participantId: $participantId, version: $version) { id version checkedInAt checkedInBy }\n  }\n": typeof types.UndoCheckInDocument,
    "\n  mutation ImportParticipants($routeId: ID!, $csv: String!, $dryRun: Boolean!) {\n    importParticipants(routeId: $routeId, csv: $csv, dryRun: $dryRun) {\n      dryRun\n      rows\n      peopleCreated\n      peopleMatched\n      delegationsCreated\n      participantsCreated\n    }\n  }\n": typeof types.ImportParticipantsDocument,
    "\n  query RouteTeam($routeId: ID!) {\n    route(id: $routeId) {\n      id\n      title\n      routeTeam {\n        id\n        version\n        role\n        person { id fullName country { code name } }\n      }\n    }\n  }\n": typeof types.RouteTeamDocument,
    "\n  mutation AddRouteTeamMember($input: AddTeamMemberInput!) {\n    addRouteTeamMember(input: $input) { id version role }\n  }\n": typeof types.AddRouteTeamMemberDocument,
    "\n  mutation UpdateRouteTeamMember($input: UpdateTeamMemberInput!) {\n    updateRouteTeamMember(input: $input) { id version role }\n  }\n": typeof types.UpdateRouteTeamMemberDocument,
    "\n  mutation RemoveRouteTeamMember($id: ID!, $version: Int!) {\n    removeRouteTeamMember(id: $id, version: $version)\n  }\n": typeof types.RemoveRouteTeamMemberDocument,
    "\n  query MyParticipations {\n    myParticipations {\n      id\n      version\n      status\n      sector\n      position\n      decisionPower\n      motivation\n      applicationContext\n      commitmentBefore\n      commitmentDuring\n      commitmentAfter\n      checkedInAt\n      consents { kind given date recordedBy }\n      person { id fullName }\n      route { id title phase startDate endDate hostCountry { code name } }\n      delegation {\n        id\n        name\n        kind\n        country { code name }\n        participants { id status sector person { id fullName } }\n      }\n    }\n  }\n": typeof types.MyParticipationsDocument,
    "\n  mutation UpdateMyParticipation($input: UpdateMyParticipationInput!) {\n    updateMyParticipation(input: $input) { id version }\n  }\n": typeof types.UpdateMyParticipationDocument,
    "\n  mutation RecordMyConsents($input: RecordConsentsInput!) {\n    recordMyConsents(input: $input) { id version consents { kind given date recordedBy } }\n  }\n": typeof types.RecordMyConsentsDocument,
    "\n  query MailMessages($first: Int!, $after: String, $filter: MailMessageFilter) {\n    mailMessages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id to toName subject kind status attempts createdAt sentAt nextAttemptAt }\n      }\n    }\n  }\n": typeof types.MailMessagesDocument,
    "\n  query MailMessage($id: ID!) {\n    mailMessage(id: $id) {\n      id\n      to\n      toName\n      subject\n      kind\n      language\n      status\n      attempts\n      createdAt\n      sentAt\n      nextAttemptAt\n      lastError\n      text\n    }\n  }\n": typeof types.MailMessageDocument,
    "\n  mutation RetryMailMessage($id: ID!) {\n    retryMailMessage(id: $id) { id status attempts nextAttemptAt }\n  }\n": typeof types.RetryMailMessageDocument,
    "\n  query DelegationsSearch($search: String!) {\n    delegations(first: 5, filter: { search: $search }) {\n      edges { node { id name route { id title } } }\n    }\n  }\n": typeof types.DelegationsSearchDocument,
    "\n  query ParticipantsSearch($search: String!) {\n    participants(first: 5, filter: { search: $search }) {\n      edges { node { id status person { id fullName } delegation { id name } } }\n    }\n  }\n": typeof types.ParticipantsSearchDocument,
    "\n  query DelegationsCompositionTile($routeId: ID!) {\n    routeComposition(routeId: $routeId) { routeId ready selectedParticipants teamMembers rules { code holds severity } }\n    delegations(first: 1, filter: { routeId: $routeId }) { totalCount }\n  }\n": typeof types.DelegationsCompositionTileDocument,
    "\n  query DelegationsMyParticipationTile {\n    myParticipations { id status route { id title } delegation { id name } }\n  }\n": typeof types.DelegationsMyParticipationTileDocument,
};
const documents: Documents = {
    "\n  query DelegationsRouteOptions {\n    routes(first: 100) { edges { node { id title phase } } }\n  }\n": types.DelegationsRouteOptionsDocument,
    "\n  query RouteComposition($routeId: ID!) {\n    routeComposition(routeId: $routeId) {\n      routeId\n      isDefault\n      ready\n      selectedParticipants\n      teamMembers\n      settings {\n        id\n        version\n        routeKind\n        maxPeople\n        nationalTeams\n        teamSize\n        minGovernmentPerTeam\n        maxPerStakeholderGroup\n        minParticipants\n        maxParticipants\n        minAlliances\n        maxGenderSharePercent\n      }\n      rules { code severity min max current holds delegationId delegationName }\n    }\n  }\n": types.RouteCompositionDocument,
    "\n  mutation SetRouteComposition($input: SetCompositionInput!) {\n    setRouteComposition(input: $input) { routeId settings { id version } }\n  }\n": types.SetRouteCompositionDocument,
    "\n  query DelegationsList($first: Int!, $after: String, $filter: DelegationFilter) {\n    delegations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          kind\n          country { code name }\n          selectedCount\n          participants { id }\n        }\n      }\n    }\n  }\n": types.DelegationsListDocument,
    "\n  query DelegationDetail($id: ID!) {\n    delegation(id: $id) {\n      id\n      version\n      name\n      kind\n      countryCode\n      country { code name }\n      notes\n      headPerson { id fullName }\n      organisations { id name acronym }\n      route { id title phase }\n      selectedCount\n      participants {\n        id\n        status\n        sector\n        roles\n        person { id fullName }\n      }\n    }\n  }\n": types.DelegationDetailDocument,
    "\n  query DelegationEdit($id: ID!) {\n    delegation(id: $id) {\n      id\n      version\n      name\n      kind\n      countryCode\n      notes\n      headPersonId\n      headPerson { id fullName }\n      organisations { id }\n      route { id title }\n      participants { id person { id fullName } }\n    }\n  }\n": types.DelegationEditDocument,
    "\n  query DelegationOrganisationOptions {\n    organisations(first: 100) { edges { node { id name acronym } } }\n  }\n": types.DelegationOrganisationOptionsDocument,
    "\n  mutation CreateDelegation($input: CreateDelegationInput!) {\n    createDelegation(input: $input) { id version }\n  }\n": types.CreateDelegationDocument,
    "\n  mutation UpdateDelegation($input: UpdateDelegationInput!) {\n    updateDelegation(input: $input) { id version }\n  }\n": types.UpdateDelegationDocument,
    "\n  mutation DeleteDelegation($id: ID!, $version: Int!) {\n    deleteDelegation(id: $id, version: $version)\n  }\n": types.DeleteDelegationDocument,
    "\n  query DelegationOptions($routeId: ID!) {\n    delegations(first: 100, filter: { routeId: $routeId }) { edges { node { id name } } }\n  }\n": types.DelegationOptionsDocument,
    "\n  query ParticipantsList($first: Int!, $after: String, $filter: ParticipantFilter) {\n    participants(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          version\n          status\n          allowedNextStatuses\n          sector\n          checkedInAt\n          accountStatus\n          person { id fullName }\n          delegation { id name }\n          route { id title }\n        }\n      }\n    }\n  }\n": types.ParticipantsListDocument,
    "\n  mutation DecideParticipants($input: DecideParticipantsInput!) {\n    decideParticipants(input: $input) { id version status }\n  }\n": types.DecideParticipantsDocument,
    "\n  query ParticipantDetail($id: ID!) {\n    participant(id: $id) {\n      id\n      version\n      status\n      allowedNextStatuses\n      sector\n      position\n      decisionPower\n      motivation\n      applicationContext\n      commitmentBefore\n      commitmentDuring\n      commitmentAfter\n      roles\n      isBlogger\n      checkedInAt\n      checkedInBy\n      accountStatus\n      person {\n        id\n        fullName\n        email\n        phone\n        languages\n        country { code name }\n        organisation { id name }\n      }\n      delegation {\n        id\n        name\n        kind\n        participants { id status }\n      }\n      route { id title phase startDate endDate }\n      consents { kind given date recordedBy }\n      selectionHistory { id from to reason changedBy at }\n    }\n  }\n": types.ParticipantDetailDocument,
    "\n  query ParticipantEdit($id: ID!) {\n    participant(id: $id) {\n      id\n      version\n      status\n      sector\n      position\n      decisionPower\n      motivation\n      applicationContext\n      commitmentBefore\n      commitmentDuring\n      commitmentAfter\n      roles\n      person { id fullName }\n      delegation { id }\n      route { id }\n    }\n  }\n": types.ParticipantEditDocument,
    "\n  mutation AddParticipant($input: CreateParticipantInput!) {\n    addParticipant(input: $input) { id version }\n  }\n": types.AddParticipantDocument,
    "\n  mutation UpdateParticipant($input: UpdateParticipantInput!) {\n    updateParticipant(input: $input) { id version }\n  }\n": types.UpdateParticipantDocument,
    "\n  mutation ChangeSelectionStatus($participantId: ID!, $toStatus: SelectionStatus!, $version: Int!, $reason: String) {\n    changeSelectionStatus(participantId: $participantId, toStatus: $toStatus, version: $version, reason: $reason) { id version status }\n  }\n": types.ChangeSelectionStatusDocument,
    "\n  mutation WithdrawParticipant($participantId: ID!, $version: Int!, $reason: String!, $promoteNext: Boolean!) {\n    withdrawParticipant(participantId: $participantId, version: $version, reason: $reason, promoteNext: $promoteNext) {\n      withdrawn { id version status }\n      promoted { id person { id fullName } }\n      notPromoted\n      notPromotedRules\n      notPromotedBecause\n    }\n  }\n": types.WithdrawParticipantDocument,
    "\n  mutation InviteParticipant($participantId: ID!) {\n    inviteParticipant(participantId: $participantId) {\n      email\n      language\n      expiresAt\n      accountCreated\n      participant { id accountStatus }\n    }\n  }\n": types.InviteParticipantDocument,
    "\n  mutation InviteParticipants($participantIds: [ID!]!) {\n    inviteParticipants(participantIds: $participantIds) {\n      expiresAt\n      participant { id accountStatus }\n    }\n  }\n": types.InviteParticipantsDocument,
    "\n  mutation RecordParticipantConsents($input: RecordConsentsInput!) {\n    recordParticipantConsents(input: $input) { id version consents { kind given date recordedBy } }\n  }\n": types.RecordParticipantConsentsDocument,
    "\n  mutation CheckInParticipant($participantId: ID!, $version: Int!) {\n    checkInParticipant(participantId: $participantId, version: $version) { id version checkedInAt checkedInBy }\n  }\n": types.CheckInParticipantDocument,
    "\n  mutation UndoCheckIn($participantId: ID!, $version: Int!) {\n    undoCheckIn(participantId: $participantId, version: $version) { id version checkedInAt checkedInBy }\n  }\n": types.UndoCheckInDocument,
    "\n  mutation ImportParticipants($routeId: ID!, $csv: String!, $dryRun: Boolean!) {\n    importParticipants(routeId: $routeId, csv: $csv, dryRun: $dryRun) {\n      dryRun\n      rows\n      peopleCreated\n      peopleMatched\n      delegationsCreated\n      participantsCreated\n    }\n  }\n": types.ImportParticipantsDocument,
    "\n  query RouteTeam($routeId: ID!) {\n    route(id: $routeId) {\n      id\n      title\n      routeTeam {\n        id\n        version\n        role\n        person { id fullName country { code name } }\n      }\n    }\n  }\n": types.RouteTeamDocument,
    "\n  mutation AddRouteTeamMember($input: AddTeamMemberInput!) {\n    addRouteTeamMember(input: $input) { id version role }\n  }\n": types.AddRouteTeamMemberDocument,
    "\n  mutation UpdateRouteTeamMember($input: UpdateTeamMemberInput!) {\n    updateRouteTeamMember(input: $input) { id version role }\n  }\n": types.UpdateRouteTeamMemberDocument,
    "\n  mutation RemoveRouteTeamMember($id: ID!, $version: Int!) {\n    removeRouteTeamMember(id: $id, version: $version)\n  }\n": types.RemoveRouteTeamMemberDocument,
    "\n  query MyParticipations {\n    myParticipations {\n      id\n      version\n      status\n      sector\n      position\n      decisionPower\n      motivation\n      applicationContext\n      commitmentBefore\n      commitmentDuring\n      commitmentAfter\n      checkedInAt\n      consents { kind given date recordedBy }\n      person { id fullName }\n      route { id title phase startDate endDate hostCountry { code name } }\n      delegation {\n        id\n        name\n        kind\n        country { code name }\n        participants { id status sector person { id fullName } }\n      }\n    }\n  }\n": types.MyParticipationsDocument,
    "\n  mutation UpdateMyParticipation($input: UpdateMyParticipationInput!) {\n    updateMyParticipation(input: $input) { id version }\n  }\n": types.UpdateMyParticipationDocument,
    "\n  mutation RecordMyConsents($input: RecordConsentsInput!) {\n    recordMyConsents(input: $input) { id version consents { kind given date recordedBy } }\n  }\n": types.RecordMyConsentsDocument,
    "\n  query MailMessages($first: Int!, $after: String, $filter: MailMessageFilter) {\n    mailMessages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id to toName subject kind status attempts createdAt sentAt nextAttemptAt }\n      }\n    }\n  }\n": types.MailMessagesDocument,
    "\n  query MailMessage($id: ID!) {\n    mailMessage(id: $id) {\n      id\n      to\n      toName\n      subject\n      kind\n      language\n      status\n      attempts\n      createdAt\n      sentAt\n      nextAttemptAt\n      lastError\n      text\n    }\n  }\n": types.MailMessageDocument,
    "\n  mutation RetryMailMessage($id: ID!) {\n    retryMailMessage(id: $id) { id status attempts nextAttemptAt }\n  }\n": types.RetryMailMessageDocument,
    "\n  query DelegationsSearch($search: String!) {\n    delegations(first: 5, filter: { search: $search }) {\n      edges { node { id name route { id title } } }\n    }\n  }\n": types.DelegationsSearchDocument,
    "\n  query ParticipantsSearch($search: String!) {\n    participants(first: 5, filter: { search: $search }) {\n      edges { node { id status person { id fullName } delegation { id name } } }\n    }\n  }\n": types.ParticipantsSearchDocument,
    "\n  query DelegationsCompositionTile($routeId: ID!) {\n    routeComposition(routeId: $routeId) { routeId ready selectedParticipants teamMembers rules { code holds severity } }\n    delegations(first: 1, filter: { routeId: $routeId }) { totalCount }\n  }\n": types.DelegationsCompositionTileDocument,
    "\n  query DelegationsMyParticipationTile {\n    myParticipations { id status route { id title } delegation { id name } }\n  }\n": types.DelegationsMyParticipationTileDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DelegationsRouteOptions {\n    routes(first: 100) { edges { node { id title phase } } }\n  }\n"): (typeof documents)["\n  query DelegationsRouteOptions {\n    routes(first: 100) { edges { node { id title phase } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RouteComposition($routeId: ID!) {\n    routeComposition(routeId: $routeId) {\n      routeId\n      isDefault\n      ready\n      selectedParticipants\n      teamMembers\n      settings {\n        id\n        version\n        routeKind\n        maxPeople\n        nationalTeams\n        teamSize\n        minGovernmentPerTeam\n        maxPerStakeholderGroup\n        minParticipants\n        maxParticipants\n        minAlliances\n        maxGenderSharePercent\n      }\n      rules { code severity min max current holds delegationId delegationName }\n    }\n  }\n"): (typeof documents)["\n  query RouteComposition($routeId: ID!) {\n    routeComposition(routeId: $routeId) {\n      routeId\n      isDefault\n      ready\n      selectedParticipants\n      teamMembers\n      settings {\n        id\n        version\n        routeKind\n        maxPeople\n        nationalTeams\n        teamSize\n        minGovernmentPerTeam\n        maxPerStakeholderGroup\n        minParticipants\n        maxParticipants\n        minAlliances\n        maxGenderSharePercent\n      }\n      rules { code severity min max current holds delegationId delegationName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRouteComposition($input: SetCompositionInput!) {\n    setRouteComposition(input: $input) { routeId settings { id version } }\n  }\n"): (typeof documents)["\n  mutation SetRouteComposition($input: SetCompositionInput!) {\n    setRouteComposition(input: $input) { routeId settings { id version } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DelegationsList($first: Int!, $after: String, $filter: DelegationFilter) {\n    delegations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          kind\n          country { code name }\n          selectedCount\n          participants { id }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DelegationsList($first: Int!, $after: String, $filter: DelegationFilter) {\n    delegations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          kind\n          country { code name }\n          selectedCount\n          participants { id }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DelegationDetail($id: ID!) {\n    delegation(id: $id) {\n      id\n      version\n      name\n      kind\n      countryCode\n      country { code name }\n      notes\n      headPerson { id fullName }\n      organisations { id name acronym }\n      route { id title phase }\n      selectedCount\n      participants {\n        id\n        status\n        sector\n        roles\n        person { id fullName }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DelegationDetail($id: ID!) {\n    delegation(id: $id) {\n      id\n      version\n      name\n      kind\n      countryCode\n      country { code name }\n      notes\n      headPerson { id fullName }\n      organisations { id name acronym }\n      route { id title phase }\n      selectedCount\n      participants {\n        id\n        status\n        sector\n        roles\n        person { id fullName }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DelegationEdit($id: ID!) {\n    delegation(id: $id) {\n      id\n      version\n      name\n      kind\n      countryCode\n      notes\n      headPersonId\n      headPerson { id fullName }\n      organisations { id }\n      route { id title }\n      participants { id person { id fullName } }\n    }\n  }\n"): (typeof documents)["\n  query DelegationEdit($id: ID!) {\n    delegation(id: $id) {\n      id\n      version\n      name\n      kind\n      countryCode\n      notes\n      headPersonId\n      headPerson { id fullName }\n      organisations { id }\n      route { id title }\n      participants { id person { id fullName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DelegationOrganisationOptions {\n    organisations(first: 100) { edges { node { id name acronym } } }\n  }\n"): (typeof documents)["\n  query DelegationOrganisationOptions {\n    organisations(first: 100) { edges { node { id name acronym } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDelegation($input: CreateDelegationInput!) {\n    createDelegation(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation CreateDelegation($input: CreateDelegationInput!) {\n    createDelegation(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDelegation($input: UpdateDelegationInput!) {\n    updateDelegation(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation UpdateDelegation($input: UpdateDelegationInput!) {\n    updateDelegation(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDelegation($id: ID!, $version: Int!) {\n    deleteDelegation(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteDelegation($id: ID!, $version: Int!) {\n    deleteDelegation(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DelegationOptions($routeId: ID!) {\n    delegations(first: 100, filter: { routeId: $routeId }) { edges { node { id name } } }\n  }\n"): (typeof documents)["\n  query DelegationOptions($routeId: ID!) {\n    delegations(first: 100, filter: { routeId: $routeId }) { edges { node { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipantsList($first: Int!, $after: String, $filter: ParticipantFilter) {\n    participants(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          version\n          status\n          allowedNextStatuses\n          sector\n          checkedInAt\n          accountStatus\n          person { id fullName }\n          delegation { id name }\n          route { id title }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParticipantsList($first: Int!, $after: String, $filter: ParticipantFilter) {\n    participants(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          version\n          status\n          allowedNextStatuses\n          sector\n          checkedInAt\n          accountStatus\n          person { id fullName }\n          delegation { id name }\n          route { id title }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideParticipants($input: DecideParticipantsInput!) {\n    decideParticipants(input: $input) { id version status }\n  }\n"): (typeof documents)["\n  mutation DecideParticipants($input: DecideParticipantsInput!) {\n    decideParticipants(input: $input) { id version status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipantDetail($id: ID!) {\n    participant(id: $id) {\n      id\n      version\n      status\n      allowedNextStatuses\n      sector\n      position\n      decisionPower\n      motivation\n      applicationContext\n      commitmentBefore\n      commitmentDuring\n      commitmentAfter\n      roles\n      isBlogger\n      checkedInAt\n      checkedInBy\n      accountStatus\n      person {\n        id\n        fullName\n        email\n        phone\n        languages\n        country { code name }\n        organisation { id name }\n      }\n      delegation {\n        id\n        name\n        kind\n        participants { id status }\n      }\n      route { id title phase startDate endDate }\n      consents { kind given date recordedBy }\n      selectionHistory { id from to reason changedBy at }\n    }\n  }\n"): (typeof documents)["\n  query ParticipantDetail($id: ID!) {\n    participant(id: $id) {\n      id\n      version\n      status\n      allowedNextStatuses\n      sector\n      position\n      decisionPower\n      motivation\n      applicationContext\n      commitmentBefore\n      commitmentDuring\n      commitmentAfter\n      roles\n      isBlogger\n      checkedInAt\n      checkedInBy\n      accountStatus\n      person {\n        id\n        fullName\n        email\n        phone\n        languages\n        country { code name }\n        organisation { id name }\n      }\n      delegation {\n        id\n        name\n        kind\n        participants { id status }\n      }\n      route { id title phase startDate endDate }\n      consents { kind given date recordedBy }\n      selectionHistory { id from to reason changedBy at }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipantEdit($id: ID!) {\n    participant(id: $id) {\n      id\n      version\n      status\n      sector\n      position\n      decisionPower\n      motivation\n      applicationContext\n      commitmentBefore\n      commitmentDuring\n      commitmentAfter\n      roles\n      person { id fullName }\n      delegation { id }\n      route { id }\n    }\n  }\n"): (typeof documents)["\n  query ParticipantEdit($id: ID!) {\n    participant(id: $id) {\n      id\n      version\n      status\n      sector\n      position\n      decisionPower\n      motivation\n      applicationContext\n      commitmentBefore\n      commitmentDuring\n      commitmentAfter\n      roles\n      person { id fullName }\n      delegation { id }\n      route { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddParticipant($input: CreateParticipantInput!) {\n    addParticipant(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation AddParticipant($input: CreateParticipantInput!) {\n    addParticipant(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateParticipant($input: UpdateParticipantInput!) {\n    updateParticipant(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation UpdateParticipant($input: UpdateParticipantInput!) {\n    updateParticipant(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeSelectionStatus($participantId: ID!, $toStatus: SelectionStatus!, $version: Int!, $reason: String) {\n    changeSelectionStatus(participantId: $participantId, toStatus: $toStatus, version: $version, reason: $reason) { id version status }\n  }\n"): (typeof documents)["\n  mutation ChangeSelectionStatus($participantId: ID!, $toStatus: SelectionStatus!, $version: Int!, $reason: String) {\n    changeSelectionStatus(participantId: $participantId, toStatus: $toStatus, version: $version, reason: $reason) { id version status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawParticipant($participantId: ID!, $version: Int!, $reason: String!, $promoteNext: Boolean!) {\n    withdrawParticipant(participantId: $participantId, version: $version, reason: $reason, promoteNext: $promoteNext) {\n      withdrawn { id version status }\n      promoted { id person { id fullName } }\n      notPromoted\n      notPromotedRules\n      notPromotedBecause\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawParticipant($participantId: ID!, $version: Int!, $reason: String!, $promoteNext: Boolean!) {\n    withdrawParticipant(participantId: $participantId, version: $version, reason: $reason, promoteNext: $promoteNext) {\n      withdrawn { id version status }\n      promoted { id person { id fullName } }\n      notPromoted\n      notPromotedRules\n      notPromotedBecause\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteParticipant($participantId: ID!) {\n    inviteParticipant(participantId: $participantId) {\n      email\n      language\n      expiresAt\n      accountCreated\n      participant { id accountStatus }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteParticipant($participantId: ID!) {\n    inviteParticipant(participantId: $participantId) {\n      email\n      language\n      expiresAt\n      accountCreated\n      participant { id accountStatus }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteParticipants($participantIds: [ID!]!) {\n    inviteParticipants(participantIds: $participantIds) {\n      expiresAt\n      participant { id accountStatus }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteParticipants($participantIds: [ID!]!) {\n    inviteParticipants(participantIds: $participantIds) {\n      expiresAt\n      participant { id accountStatus }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordParticipantConsents($input: RecordConsentsInput!) {\n    recordParticipantConsents(input: $input) { id version consents { kind given date recordedBy } }\n  }\n"): (typeof documents)["\n  mutation RecordParticipantConsents($input: RecordConsentsInput!) {\n    recordParticipantConsents(input: $input) { id version consents { kind given date recordedBy } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInParticipant($participantId: ID!, $version: Int!) {\n    checkInParticipant(participantId: $participantId, version: $version) { id version checkedInAt checkedInBy }\n  }\n"): (typeof documents)["\n  mutation CheckInParticipant($participantId: ID!, $version: Int!) {\n    checkInParticipant(participantId: $participantId, version: $version) { id version checkedInAt checkedInBy }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoCheckIn($participantId: ID!, $version: Int!) {\n    undoCheckIn(participantId: $participantId, version: $version) { id version checkedInAt checkedInBy }\n  }\n"): (typeof documents)["\n  mutation UndoCheckIn($participantId: ID!, $version: Int!) {\n    undoCheckIn(participantId: $participantId, version: $version) { id version checkedInAt checkedInBy }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportParticipants($routeId: ID!, $csv: String!, $dryRun: Boolean!) {\n    importParticipants(routeId: $routeId, csv: $csv, dryRun: $dryRun) {\n      dryRun\n      rows\n      peopleCreated\n      peopleMatched\n      delegationsCreated\n      participantsCreated\n    }\n  }\n"): (typeof documents)["\n  mutation ImportParticipants($routeId: ID!, $csv: String!, $dryRun: Boolean!) {\n    importParticipants(routeId: $routeId, csv: $csv, dryRun: $dryRun) {\n      dryRun\n      rows\n      peopleCreated\n      peopleMatched\n      delegationsCreated\n      participantsCreated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RouteTeam($routeId: ID!) {\n    route(id: $routeId) {\n      id\n      title\n      routeTeam {\n        id\n        version\n        role\n        person { id fullName country { code name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RouteTeam($routeId: ID!) {\n    route(id: $routeId) {\n      id\n      title\n      routeTeam {\n        id\n        version\n        role\n        person { id fullName country { code name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRouteTeamMember($input: AddTeamMemberInput!) {\n    addRouteTeamMember(input: $input) { id version role }\n  }\n"): (typeof documents)["\n  mutation AddRouteTeamMember($input: AddTeamMemberInput!) {\n    addRouteTeamMember(input: $input) { id version role }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRouteTeamMember($input: UpdateTeamMemberInput!) {\n    updateRouteTeamMember(input: $input) { id version role }\n  }\n"): (typeof documents)["\n  mutation UpdateRouteTeamMember($input: UpdateTeamMemberInput!) {\n    updateRouteTeamMember(input: $input) { id version role }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRouteTeamMember($id: ID!, $version: Int!) {\n    removeRouteTeamMember(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation RemoveRouteTeamMember($id: ID!, $version: Int!) {\n    removeRouteTeamMember(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyParticipations {\n    myParticipations {\n      id\n      version\n      status\n      sector\n      position\n      decisionPower\n      motivation\n      applicationContext\n      commitmentBefore\n      commitmentDuring\n      commitmentAfter\n      checkedInAt\n      consents { kind given date recordedBy }\n      person { id fullName }\n      route { id title phase startDate endDate hostCountry { code name } }\n      delegation {\n        id\n        name\n        kind\n        country { code name }\n        participants { id status sector person { id fullName } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyParticipations {\n    myParticipations {\n      id\n      version\n      status\n      sector\n      position\n      decisionPower\n      motivation\n      applicationContext\n      commitmentBefore\n      commitmentDuring\n      commitmentAfter\n      checkedInAt\n      consents { kind given date recordedBy }\n      person { id fullName }\n      route { id title phase startDate endDate hostCountry { code name } }\n      delegation {\n        id\n        name\n        kind\n        country { code name }\n        participants { id status sector person { id fullName } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyParticipation($input: UpdateMyParticipationInput!) {\n    updateMyParticipation(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation UpdateMyParticipation($input: UpdateMyParticipationInput!) {\n    updateMyParticipation(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMyConsents($input: RecordConsentsInput!) {\n    recordMyConsents(input: $input) { id version consents { kind given date recordedBy } }\n  }\n"): (typeof documents)["\n  mutation RecordMyConsents($input: RecordConsentsInput!) {\n    recordMyConsents(input: $input) { id version consents { kind given date recordedBy } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailMessages($first: Int!, $after: String, $filter: MailMessageFilter) {\n    mailMessages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id to toName subject kind status attempts createdAt sentAt nextAttemptAt }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MailMessages($first: Int!, $after: String, $filter: MailMessageFilter) {\n    mailMessages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id to toName subject kind status attempts createdAt sentAt nextAttemptAt }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailMessage($id: ID!) {\n    mailMessage(id: $id) {\n      id\n      to\n      toName\n      subject\n      kind\n      language\n      status\n      attempts\n      createdAt\n      sentAt\n      nextAttemptAt\n      lastError\n      text\n    }\n  }\n"): (typeof documents)["\n  query MailMessage($id: ID!) {\n    mailMessage(id: $id) {\n      id\n      to\n      toName\n      subject\n      kind\n      language\n      status\n      attempts\n      createdAt\n      sentAt\n      nextAttemptAt\n      lastError\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryMailMessage($id: ID!) {\n    retryMailMessage(id: $id) { id status attempts nextAttemptAt }\n  }\n"): (typeof documents)["\n  mutation RetryMailMessage($id: ID!) {\n    retryMailMessage(id: $id) { id status attempts nextAttemptAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DelegationsSearch($search: String!) {\n    delegations(first: 5, filter: { search: $search }) {\n      edges { node { id name route { id title } } }\n    }\n  }\n"): (typeof documents)["\n  query DelegationsSearch($search: String!) {\n    delegations(first: 5, filter: { search: $search }) {\n      edges { node { id name route { id title } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipantsSearch($search: String!) {\n    participants(first: 5, filter: { search: $search }) {\n      edges { node { id status person { id fullName } delegation { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query ParticipantsSearch($search: String!) {\n    participants(first: 5, filter: { search: $search }) {\n      edges { node { id status person { id fullName } delegation { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DelegationsCompositionTile($routeId: ID!) {\n    routeComposition(routeId: $routeId) { routeId ready selectedParticipants teamMembers rules { code holds severity } }\n    delegations(first: 1, filter: { routeId: $routeId }) { totalCount }\n  }\n"): (typeof documents)["\n  query DelegationsCompositionTile($routeId: ID!) {\n    routeComposition(routeId: $routeId) { routeId ready selectedParticipants teamMembers rules { code holds severity } }\n    delegations(first: 1, filter: { routeId: $routeId }) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DelegationsMyParticipationTile {\n    myParticipations { id status route { id title } delegation { id name } }\n  }\n"): (typeof documents)["\n  query DelegationsMyParticipationTile {\n    myParticipations { id status route { id title } delegation { id name } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;