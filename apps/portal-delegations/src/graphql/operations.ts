import { graphql } from './generated';

// Routes to choose from (every page of the section works on one route).
export const DelegationsRouteOptionsQuery = graphql(`
  query DelegationsRouteOptions {
    routes(first: 100) { edges { node { id title phase } } }
  }
`);

export const RouteCompositionQuery = graphql(`
  query RouteComposition($routeId: ID!) {
    routeComposition(routeId: $routeId) {
      routeId
      isDefault
      ready
      selectedParticipants
      teamMembers
      settings {
        id
        version
        routeKind
        maxPeople
        nationalTeams
        teamSize
        minGovernmentPerTeam
        maxPerStakeholderGroup
        minParticipants
        maxParticipants
        minAlliances
        maxGenderSharePercent
      }
      rules { code severity min max current holds delegationId delegationName }
    }
  }
`);

export const SetRouteCompositionMutation = graphql(`
  mutation SetRouteComposition($input: SetCompositionInput!) {
    setRouteComposition(input: $input) { routeId settings { id version } }
  }
`);

export const DelegationsListQuery = graphql(`
  query DelegationsList($first: Int!, $after: String, $filter: DelegationFilter) {
    delegations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          name
          kind
          country { code name }
          selectedCount
          participants { id }
        }
      }
    }
  }
`);

export const DelegationDetailQuery = graphql(`
  query DelegationDetail($id: ID!) {
    delegation(id: $id) {
      id
      version
      name
      kind
      countryCode
      country { code name }
      notes
      headPerson { id fullName }
      organisations { id name acronym }
      route { id title phase }
      selectedCount
      participants {
        id
        status
        sector
        roles
        person { id fullName }
      }
    }
  }
`);

export const DelegationEditQuery = graphql(`
  query DelegationEdit($id: ID!) {
    delegation(id: $id) {
      id
      version
      name
      kind
      countryCode
      notes
      headPersonId
      headPerson { id fullName }
      organisations { id }
      route { id title }
      participants { id person { id fullName } }
    }
  }
`);

export const DelegationOrganisationOptionsQuery = graphql(`
  query DelegationOrganisationOptions {
    organisations(first: 100) { edges { node { id name acronym } } }
  }
`);

export const CreateDelegationMutation = graphql(`
  mutation CreateDelegation($input: CreateDelegationInput!) {
    createDelegation(input: $input) { id version }
  }
`);

export const UpdateDelegationMutation = graphql(`
  mutation UpdateDelegation($input: UpdateDelegationInput!) {
    updateDelegation(input: $input) { id version }
  }
`);

export const DeleteDelegationMutation = graphql(`
  mutation DeleteDelegation($id: ID!, $version: Int!) {
    deleteDelegation(id: $id, version: $version)
  }
`);

export const DelegationOptionsQuery = graphql(`
  query DelegationOptions($routeId: ID!) {
    delegations(first: 100, filter: { routeId: $routeId }) { edges { node { id name } } }
  }
`);

export const ParticipantsListQuery = graphql(`
  query ParticipantsList($first: Int!, $after: String, $filter: ParticipantFilter) {
    participants(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          version
          status
          allowedNextStatuses
          sector
          checkedInAt
          accountStatus
          person { id fullName }
          delegation { id name }
          route { id title }
        }
      }
    }
  }
`);

export const DecideParticipantsMutation = graphql(`
  mutation DecideParticipants($input: DecideParticipantsInput!) {
    decideParticipants(input: $input) { id version status }
  }
`);

export const ParticipantDetailQuery = graphql(`
  query ParticipantDetail($id: ID!) {
    participant(id: $id) {
      id
      version
      status
      allowedNextStatuses
      sector
      position
      decisionPower
      motivation
      applicationContext
      commitmentBefore
      commitmentDuring
      commitmentAfter
      roles
      isBlogger
      checkedInAt
      checkedInBy
      accountStatus
      person {
        id
        fullName
        email
        phone
        languages
        country { code name }
        organisation { id name }
      }
      delegation {
        id
        name
        kind
        participants { id status }
      }
      route { id title phase startDate endDate }
      consents { kind given date recordedBy }
      selectionHistory { id from to reason changedBy at }
    }
  }
`);

export const ParticipantEditQuery = graphql(`
  query ParticipantEdit($id: ID!) {
    participant(id: $id) {
      id
      version
      status
      sector
      position
      decisionPower
      motivation
      applicationContext
      commitmentBefore
      commitmentDuring
      commitmentAfter
      roles
      person { id fullName }
      delegation { id }
      route { id }
    }
  }
`);

export const AddParticipantMutation = graphql(`
  mutation AddParticipant($input: CreateParticipantInput!) {
    addParticipant(input: $input) { id version }
  }
`);

export const UpdateParticipantMutation = graphql(`
  mutation UpdateParticipant($input: UpdateParticipantInput!) {
    updateParticipant(input: $input) { id version }
  }
`);

export const ChangeSelectionStatusMutation = graphql(`
  mutation ChangeSelectionStatus($participantId: ID!, $toStatus: SelectionStatus!, $version: Int!, $reason: String) {
    changeSelectionStatus(participantId: $participantId, toStatus: $toStatus, version: $version, reason: $reason) { id version status }
  }
`);

export const WithdrawParticipantMutation = graphql(`
  mutation WithdrawParticipant($participantId: ID!, $version: Int!, $reason: String!, $promoteNext: Boolean!) {
    withdrawParticipant(participantId: $participantId, version: $version, reason: $reason, promoteNext: $promoteNext) {
      withdrawn { id version status }
      promoted { id person { id fullName } }
      notPromoted
      notPromotedRules
      notPromotedBecause
    }
  }
`);

// Invitations to the portal: an account without a password and an e-mail with a one-time link.
export const InviteParticipantMutation = graphql(`
  mutation InviteParticipant($participantId: ID!) {
    inviteParticipant(participantId: $participantId) {
      email
      language
      expiresAt
      accountCreated
      participant { id accountStatus }
    }
  }
`);

export const InviteParticipantsMutation = graphql(`
  mutation InviteParticipants($participantIds: [ID!]!) {
    inviteParticipants(participantIds: $participantIds) {
      expiresAt
      participant { id accountStatus }
    }
  }
`);

export const RecordParticipantConsentsMutation = graphql(`
  mutation RecordParticipantConsents($input: RecordConsentsInput!) {
    recordParticipantConsents(input: $input) { id version consents { kind given date recordedBy } }
  }
`);

export const CheckInParticipantMutation = graphql(`
  mutation CheckInParticipant($participantId: ID!, $version: Int!) {
    checkInParticipant(participantId: $participantId, version: $version) { id version checkedInAt checkedInBy }
  }
`);

export const UndoCheckInMutation = graphql(`
  mutation UndoCheckIn($participantId: ID!, $version: Int!) {
    undoCheckIn(participantId: $participantId, version: $version) { id version checkedInAt checkedInBy }
  }
`);

export const ImportParticipantsMutation = graphql(`
  mutation ImportParticipants($routeId: ID!, $csv: String!, $dryRun: Boolean!) {
    importParticipants(routeId: $routeId, csv: $csv, dryRun: $dryRun) {
      dryRun
      rows
      peopleCreated
      peopleMatched
      delegationsCreated
      participantsCreated
    }
  }
`);

export const RouteTeamQuery = graphql(`
  query RouteTeam($routeId: ID!) {
    route(id: $routeId) {
      id
      title
      routeTeam {
        id
        version
        role
        person { id fullName country { code name } }
      }
    }
  }
`);

export const AddRouteTeamMemberMutation = graphql(`
  mutation AddRouteTeamMember($input: AddTeamMemberInput!) {
    addRouteTeamMember(input: $input) { id version role }
  }
`);

export const UpdateRouteTeamMemberMutation = graphql(`
  mutation UpdateRouteTeamMember($input: UpdateTeamMemberInput!) {
    updateRouteTeamMember(input: $input) { id version role }
  }
`);

export const RemoveRouteTeamMemberMutation = graphql(`
  mutation RemoveRouteTeamMember($id: ID!, $version: Int!) {
    removeRouteTeamMember(id: $id, version: $version)
  }
`);

export const MyParticipationsQuery = graphql(`
  query MyParticipations {
    myParticipations {
      id
      version
      status
      sector
      position
      decisionPower
      motivation
      applicationContext
      commitmentBefore
      commitmentDuring
      commitmentAfter
      checkedInAt
      consents { kind given date recordedBy }
      person { id fullName }
      route { id title phase startDate endDate hostCountry { code name } }
      delegation {
        id
        name
        kind
        country { code name }
        participants { id status sector person { id fullName } }
      }
    }
  }
`);

export const UpdateMyParticipationMutation = graphql(`
  mutation UpdateMyParticipation($input: UpdateMyParticipationInput!) {
    updateMyParticipation(input: $input) { id version }
  }
`);

export const RecordMyConsentsMutation = graphql(`
  mutation RecordMyConsents($input: RecordConsentsInput!) {
    recordMyConsents(input: $input) { id version consents { kind given date recordedBy } }
  }
`);

export const MailMessagesQuery = graphql(`
  query MailMessages($first: Int!, $after: String, $filter: MailMessageFilter) {
    mailMessages(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node { id to toName subject kind status attempts createdAt sentAt nextAttemptAt }
      }
    }
  }
`);

export const MailMessageQuery = graphql(`
  query MailMessage($id: ID!) {
    mailMessage(id: $id) {
      id
      to
      toName
      subject
      kind
      language
      status
      attempts
      createdAt
      sentAt
      nextAttemptAt
      lastError
      text
    }
  }
`);

export const RetryMailMessageMutation = graphql(`
  mutation RetryMailMessage($id: ID!) {
    retryMailMessage(id: $id) { id status attempts nextAttemptAt }
  }
`);

export const DelegationsSearchQuery = graphql(`
  query DelegationsSearch($search: String!) {
    delegations(first: 5, filter: { search: $search }) {
      edges { node { id name route { id title } } }
    }
  }
`);

export const ParticipantsSearchQuery = graphql(`
  query ParticipantsSearch($search: String!) {
    participants(first: 5, filter: { search: $search }) {
      edges { node { id status person { id fullName } delegation { id name } } }
    }
  }
`);
