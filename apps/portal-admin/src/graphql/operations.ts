import { graphql } from './generated';

export const AdminProgrammesQuery = graphql(`
  query AdminProgrammes($first: Int!, $after: String, $filter: ProgrammeFilter) {
    programmes(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          version
          name
          startDate
          endDate
          maxRouteDays
          budget {
            amount
            currency
            minorUnits
          }
          funder {
            id
            name
          }
        }
      }
    }
  }
`);

export const ProgrammeEditQuery = graphql(`
  query ProgrammeEdit($id: ID!) {
    programme(id: $id) {
      id
      version
      nameTranslations {
        en
        fr
        es
      }
      objectivesTranslations {
        en
        fr
        es
      }
      startDate
      endDate
      maxRouteDays
      funderId
      budget {
        amount
        currency
      }
      thematicAreas {
        id
      }
    }
  }
`);

/** What the programme form chooses from: funders and thematic areas. */
export const ProgrammeChoicesQuery = graphql(`
  query ProgrammeChoices {
    organisations(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    thematicAreas(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const CreateProgrammeMutation = graphql(`
  mutation AdminCreateProgramme($input: CreateProgrammeInput!) {
    createProgramme(input: $input) {
      id
    }
  }
`);

export const UpdateProgrammeMutation = graphql(`
  mutation AdminUpdateProgramme($input: UpdateProgrammeInput!) {
    updateProgramme(input: $input) {
      id
      version
    }
  }
`);

export const DeleteProgrammeMutation = graphql(`
  mutation AdminDeleteProgramme($id: ID!, $version: Int!) {
    deleteProgramme(id: $id, version: $version)
  }
`);

export const ApiKeysQuery = graphql(`
  query AdminApiKeys($first: Int!, $after: String, $includeRevoked: Boolean) {
    apiKeys(first: $first, after: $after, includeRevoked: $includeRevoked) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          prefix
          scopes
          createdAt
          expiresAt
          revokedAt
          lastUsedAt
          usage {
            requests {
              spent
              limit
              resetSeconds
            }
            points {
              spent
              limit
              resetSeconds
            }
          }
        }
      }
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation AdminCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      key
      apiKey {
        id
        name
        prefix
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation AdminRevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

export const UsersQuery = graphql(`
  query AdminUsers($first: Int!, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          version
          email
          displayName
          role
          modules
          active
          invitationPending
          lastLoginAt
        }
      }
    }
  }
`);

export const EditorModulesQuery = graphql(`
  query AdminEditorModules {
    editorModules
  }
`);

export const InviteUserMutation = graphql(`
  mutation AdminInviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      email
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation AdminUpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      version
      role
      modules
      active
    }
  }
`);

export const UnlockSignInMutation = graphql(`
  mutation AdminUnlockSignIn($email: String!) {
    unlockSignIn(email: $email)
  }
`);

export const AuditEntriesQuery = graphql(`
  query AdminAuditEntries($first: Int!, $after: String, $filter: AuditFilter) {
    auditEntries(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          actorKind
          actorId
          actorLabel
          action
          entityType
          entityId
          changes
        }
      }
    }
  }
`);

/** Who may have changed something: the accounts, for the audit log's "who" filter. */
export const AuditActorsQuery = graphql(`
  query AdminAuditActors {
    users(first: 100) {
      edges {
        node {
          id
          displayName
          email
        }
      }
    }
  }
`);

export const WebhookEndpointsQuery = graphql(`
  query AdminWebhookEndpoints {
    webhookEndpoints {
      id
      version
      url
      description
      events
      active
      createdAt
    }
    webhookEventTypes
  }
`);

export const WebhookDeliveriesQuery = graphql(`
  query AdminWebhookDeliveries($first: Int!, $after: String, $filter: WebhookDeliveryFilter) {
    webhookDeliveries(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          endpointId
          eventId
          status
          attempts
          createdAt
          deliveredAt
          nextAttemptAt
          lastResponseStatus
          lastError
        }
      }
    }
  }
`);

export const CreateWebhookEndpointMutation = graphql(`
  mutation AdminCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      signingSecret
      endpoint {
        id
        url
      }
    }
  }
`);

export const UpdateWebhookEndpointMutation = graphql(`
  mutation AdminUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      id
      version
      active
      events
    }
  }
`);

export const RotateWebhookSecretMutation = graphql(`
  mutation AdminRotateWebhookSecret($id: ID!, $version: Int!) {
    rotateWebhookSecret(id: $id, version: $version) {
      signingSecret
      endpoint {
        id
        url
        version
      }
    }
  }
`);

export const ReplayWebhookDeliveryMutation = graphql(`
  mutation AdminReplayWebhookDelivery($id: ID!) {
    replayWebhookDelivery(id: $id) {
      id
      status
      attempts
      nextAttemptAt
    }
  }
`);

export const CountryNeedsQuery = graphql(`
  query AdminCountryNeeds($code: ID!) {
    country(code: $code) {
      code
      learningNeeds {
        id
        rank
        source
        thematicArea {
          id
          name
        }
      }
    }
    thematicAreas(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const SetCountryNeedsMutation = graphql(`
  mutation AdminSetCountryNeeds($input: SetLearningNeedsInput!) {
    setCountryLearningNeeds(input: $input) {
      id
      rank
      thematicAreaId
    }
  }
`);

export const ThematicAreasQuery = graphql(`
  query AdminThematicAreas($first: Int!, $after: String) {
    thematicAreas(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          version
          code
          name
        }
      }
    }
  }
`);

export const CreateThematicAreaMutation = graphql(`
  mutation AdminCreateThematicArea($input: CreateThematicAreaInput!) {
    createThematicArea(input: $input) {
      id
      code
    }
  }
`);

export const DeleteThematicAreaMutation = graphql(`
  mutation AdminDeleteThematicArea($id: ID!, $version: Int!) {
    deleteThematicArea(id: $id, version: $version)
  }
`);

export const CriteriaSetQuery = graphql(`
  query AdminCriteriaSet($setKey: String!) {
    assessmentCriteriaSets
    assessmentCriteria(setKey: $setKey) {
      id
      version
      code
      name
      weight
      position
    }
  }
`);

export const SetCriteriaWeightsMutation = graphql(`
  mutation AdminSetCriteriaWeights($input: SetCriteriaWeightsInput!) {
    setCriteriaWeights(input: $input) {
      id
      version
      weight
    }
  }
`);

/** One programme's assessment criteria, where they come from, and the default sets it may choose. */
export const ProgrammeCriteriaQuery = graphql(`
  query AdminProgrammeCriteria($programmeId: ID!) {
    programme(id: $programmeId) {
      id
      name
    }
    assessmentCriteriaSets
    programmeCriteria(programmeId: $programmeId) {
      programmeId
      source
      setKey
      chosenSetKey
      criteria {
        id
        version
        code
        name
        description
        nameTranslations {
          en
          fr
          es
        }
        descriptionTranslations {
          en
          fr
          es
        }
        weight
        position
      }
    }
  }
`);

export const ChooseProgrammeCriteriaSetMutation = graphql(`
  mutation AdminChooseProgrammeCriteriaSet($programmeId: ID!, $setKey: String!) {
    chooseProgrammeCriteriaSet(programmeId: $programmeId, setKey: $setKey) {
      id
    }
  }
`);

export const CreateAssessmentCriterionMutation = graphql(`
  mutation AdminCreateAssessmentCriterion($input: CreateAssessmentCriterionInput!) {
    createAssessmentCriterion(input: $input) {
      id
      version
    }
  }
`);

export const UpdateAssessmentCriterionMutation = graphql(`
  mutation AdminUpdateAssessmentCriterion($input: UpdateAssessmentCriterionInput!) {
    updateAssessmentCriterion(input: $input) {
      id
      version
    }
  }
`);

export const DeleteAssessmentCriterionMutation = graphql(`
  mutation AdminDeleteAssessmentCriterion($id: ID!, $version: Int!) {
    deleteAssessmentCriterion(id: $id, version: $version)
  }
`);

/** E-mails the user a one-time link (24 hours) to choose a new password. */
export const SendPasswordResetMutation = graphql(`
  mutation AdminSendPasswordReset($userId: ID!) {
    sendPasswordReset(userId: $userId) {
      expiresAt
      user {
        id
        version
      }
    }
  }
`);

/** A setting as its form shows it, for the platform or for a programme. */
export const SettingViewFragment = graphql(`
  fragment SettingView on PlatformSetting {
    key
    module
    description
    value
    defaultValue
    isDefault
    stored
    version
    updatedAt
    updatedBy
    fields {
      name
      kind
      min
      max
      options
    }
  }
`);

export const PlatformSettingsQuery = graphql(`
  query PlatformSettings {
    platformSettings {
      ...SettingView
    }
  }
`);

export const UpdatePlatformSettingMutation = graphql(`
  mutation UpdatePlatformSetting($input: UpdatePlatformSettingInput!) {
    updatePlatformSetting(input: $input) {
      key
      value
      isDefault
      version
      updatedAt
      updatedBy
    }
  }
`);

export const ProgrammeSettingsQuery = graphql(`
  query ProgrammeSettings($programmeId: ID!) {
    programme(id: $programmeId) {
      id
      name
    }
    programmeSettings(programmeId: $programmeId) {
      ...SettingView
    }
  }
`);

export const UpdateProgrammeSettingMutation = graphql(`
  mutation UpdateProgrammeSetting($programmeId: ID!, $input: UpdatePlatformSettingInput!) {
    updateProgrammeSetting(programmeId: $programmeId, input: $input) {
      key
      value
      stored
      version
    }
  }
`);

export const ClearProgrammeSettingMutation = graphql(`
  mutation ClearProgrammeSetting($programmeId: ID!, $key: ID!, $version: Int!) {
    clearProgrammeSetting(programmeId: $programmeId, key: $key, version: $version) {
      key
      stored
      version
    }
  }
`);

export const CopyCriteriaSetMutation = graphql(`
  mutation CopyCriteriaSetToProgramme($programmeId: ID!, $setKey: String!) {
    copyCriteriaSetToProgramme(programmeId: $programmeId, setKey: $setKey) {
      id
    }
  }
`);
