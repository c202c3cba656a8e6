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
    "\n  query AdminProgrammes($first: Int!, $after: String, $filter: ProgrammeFilter) {\n    programmes(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          version\n          name\n          startDate\n          endDate\n          maxRouteDays\n          budget {\n            amount\n            currency\n            minorUnits\n          }\n          funder {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminProgrammesDocument,
    "\n  query ProgrammeEdit($id: ID!) {\n    programme(id: $id) {\n      id\n      version\n      nameTranslations {\n        en\n        fr\n        es\n      }\n      objectivesTranslations {\n        en\n        fr\n        es\n      }\n      startDate\n      endDate\n      maxRouteDays\n      funderId\n      budget {\n        amount\n        currency\n      }\n      thematicAreas {\n        id\n      }\n    }\n  }\n": typeof types.ProgrammeEditDocument,
    "\n  query ProgrammeChoices {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    thematicAreas(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProgrammeChoicesDocument,
    "\n  mutation AdminCreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminCreateProgrammeDocument,
    "\n  mutation AdminUpdateProgramme($input: UpdateProgrammeInput!) {\n    updateProgramme(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AdminUpdateProgrammeDocument,
    "\n  mutation AdminDeleteProgramme($id: ID!, $version: Int!) {\n    deleteProgramme(id: $id, version: $version)\n  }\n": typeof types.AdminDeleteProgrammeDocument,
    "\n  query AdminApiKeys($first: Int!, $after: String, $includeRevoked: Boolean) {\n    apiKeys(first: $first, after: $after, includeRevoked: $includeRevoked) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          prefix\n          scopes\n          createdAt\n          expiresAt\n          revokedAt\n          lastUsedAt\n          usage {\n            requests {\n              spent\n              limit\n              resetSeconds\n            }\n            points {\n              spent\n              limit\n              resetSeconds\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminApiKeysDocument,
    "\n  mutation AdminCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n": typeof types.AdminCreateApiKeyDocument,
    "\n  mutation AdminRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.AdminRevokeApiKeyDocument,
    "\n  query AdminUsers($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          version\n          email\n          displayName\n          role\n          modules\n          active\n          invitationPending\n          lastLoginAt\n        }\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query AdminEditorModules {\n    editorModules\n  }\n": typeof types.AdminEditorModulesDocument,
    "\n  mutation AdminInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.AdminInviteUserDocument,
    "\n  mutation AdminUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      version\n      role\n      modules\n      active\n    }\n  }\n": typeof types.AdminUpdateUserDocument,
    "\n  mutation AdminUnlockSignIn($email: String!) {\n    unlockSignIn(email: $email)\n  }\n": typeof types.AdminUnlockSignInDocument,
    "\n  query AdminAuditEntries($first: Int!, $after: String, $filter: AuditFilter) {\n    auditEntries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          actorKind\n          actorId\n          actorLabel\n          action\n          entityType\n          entityId\n          changes\n        }\n      }\n    }\n  }\n": typeof types.AdminAuditEntriesDocument,
    "\n  query AdminAuditActors {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n": typeof types.AdminAuditActorsDocument,
    "\n  query AdminWebhookEndpoints {\n    webhookEndpoints {\n      id\n      version\n      url\n      description\n      events\n      active\n      createdAt\n    }\n    webhookEventTypes\n  }\n": typeof types.AdminWebhookEndpointsDocument,
    "\n  query AdminWebhookDeliveries($first: Int!, $after: String, $filter: WebhookDeliveryFilter) {\n    webhookDeliveries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          endpointId\n          eventId\n          status\n          attempts\n          createdAt\n          deliveredAt\n          nextAttemptAt\n          lastResponseStatus\n          lastError\n        }\n      }\n    }\n  }\n": typeof types.AdminWebhookDeliveriesDocument,
    "\n  mutation AdminCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      signingSecret\n      endpoint {\n        id\n        url\n      }\n    }\n  }\n": typeof types.AdminCreateWebhookEndpointDocument,
    "\n  mutation AdminUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      id\n      version\n      active\n      events\n    }\n  }\n": typeof types.AdminUpdateWebhookEndpointDocument,
    "\n  mutation AdminRotateWebhookSecret($id: ID!, $version: Int!) {\n    rotateWebhookSecret(id: $id, version: $version) {\n      signingSecret\n      endpoint {\n        id\n        url\n        version\n      }\n    }\n  }\n": typeof types.AdminRotateWebhookSecretDocument,
    "\n  mutation AdminReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      id\n      status\n      attempts\n      nextAttemptAt\n    }\n  }\n": typeof types.AdminReplayWebhookDeliveryDocument,
    "\n  query AdminCountryNeeds($code: ID!) {\n    country(code: $code) {\n      code\n      learningNeeds {\n        id\n        rank\n        source\n        thematicArea {\n          id\n          name\n        }\n      }\n    }\n    thematicAreas(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminCountryNeedsDocument,
    "\n  mutation AdminSetCountryNeeds($input: SetLearningNeedsInput!) {\n    setCountryLearningNeeds(input: $input) {\n      id\n      rank\n      thematicAreaId\n    }\n  }\n": typeof types.AdminSetCountryNeedsDocument,
    "\n  query AdminThematicAreas($first: Int!, $after: String) {\n    thematicAreas(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          version\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminThematicAreasDocument,
    "\n  mutation AdminCreateThematicArea($input: CreateThematicAreaInput!) {\n    createThematicArea(input: $input) {\n      id\n      code\n    }\n  }\n": typeof types.AdminCreateThematicAreaDocument,
    "\n  mutation AdminDeleteThematicArea($id: ID!, $version: Int!) {\n    deleteThematicArea(id: $id, version: $version)\n  }\n": typeof types.AdminDeleteThematicAreaDocument,
    "\n  query AdminCriteriaSet($setKey: String!) {\n    assessmentCriteriaSets\n    assessmentCriteria(setKey: $setKey) {\n      id\n      version\n      code\n      name\n      weight\n      position\n    }\n  }\n": typeof types.AdminCriteriaSetDocument,
    "\n  mutation AdminSetCriteriaWeights($input: SetCriteriaWeightsInput!) {\n    setCriteriaWeights(input: $input) {\n      id\n      version\n      weight\n    }\n  }\n": typeof types.AdminSetCriteriaWeightsDocument,
    "\n  query AdminProgrammeCriteria($programmeId: ID!) {\n    programme(id: $programmeId) {\n      id\n      name\n    }\n    assessmentCriteriaSets\n    programmeCriteria(programmeId: $programmeId) {\n      programmeId\n      source\n      setKey\n      chosenSetKey\n      criteria {\n        id\n        version\n        code\n        name\n        description\n        nameTranslations {\n          en\n          fr\n          es\n        }\n        descriptionTranslations {\n          en\n          fr\n          es\n        }\n        weight\n        position\n      }\n    }\n  }\n": typeof types.AdminProgrammeCriteriaDocument,
    "\n  mutation AdminChooseProgrammeCriteriaSet($programmeId: ID!, $setKey: String!) {\n    chooseProgrammeCriteriaSet(programmeId: $programmeId, setKey: $setKey) {\n      id\n    }\n  }\n": typeof types.AdminChooseProgrammeCriteriaSetDocument,
    "\n  mutation AdminCreateAssessmentCriterion($input: CreateAssessmentCriterionInput!) {\n    createAssessmentCriterion(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AdminCreateAssessmentCriterionDocument,
    "\n  mutation AdminUpdateAssessmentCriterion($input: UpdateAssessmentCriterionInput!) {\n    updateAssessmentCriterion(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AdminUpdateAssessmentCriterionDocument,
    "\n  mutation AdminDeleteAssessmentCriterion($id: ID!, $version: Int!) {\n    deleteAssessmentCriterion(id: $id, version: $version)\n  }\n": typeof types.AdminDeleteAssessmentCriterionDocument,
    "\n  mutation AdminSendPasswordReset($userId: ID!) {\n    sendPasswordReset(userId: $userId) {\n      expiresAt\n      user {\n        id\n        version\n      }\n    }\n  }\n": typeof types.AdminSendPasswordResetDocument,
    "\n  fragment SettingView on PlatformSetting {\n    key\n    module\n    description\n    value\n    defaultValue\n    isDefault\n    stored\n    version\n    updatedAt\n    updatedBy\n    fields {\n      name\n      kind\n      min\n      max\n      options\n    }\n  }\n": typeof types.SettingViewFragmentDoc,
    "\n  query PlatformSettings {\n    platformSettings {\n      ...SettingView\n    }\n  }\n": typeof types.PlatformSettingsDocument,
    "\n  mutation UpdatePlatformSetting($input: UpdatePlatformSettingInput!) {\n    updatePlatformSetting(input: $input) {\n      key\n      value\n      isDefault\n      version\n      updatedAt\n      updatedBy\n    }\n  }\n": typeof types.UpdatePlatformSettingDocument,
    "\n  query ProgrammeSettings($programmeId: ID!) {\n    programme(id: $programmeId) {\n      id\n      name\n    }\n    programmeSettings(programmeId: $programmeId) {\n      ...SettingView\n    }\n  }\n": typeof types.ProgrammeSettingsDocument,
    "\n  mutation UpdateProgrammeSetting($programmeId: ID!, $input: UpdatePlatformSettingInput!) {\n    updateProgrammeSetting(programmeId: $programmeId, input: $input) {\n      key\n      value\n      stored\n      version\n    }\n  }\n": typeof types.UpdateProgrammeSettingDocument,
    "\n  mutation ClearProgrammeSetting($programmeId: ID!, $key: ID!, $version: Int!) {\n    clearProgrammeSetting(programmeId: $programmeId, key: $key, version: $version) {\n      key\n      stored\n      version\n    }\n  }\n": typeof types.ClearProgrammeSettingDocument,
    "\n  mutation CopyCriteriaSetToProgramme($programmeId: ID!, $setKey: String!) {\n    copyCriteriaSetToProgramme(programmeId: $programmeId, setKey: $setKey) {\n      id\n    }\n  }\n": typeof types.CopyCriteriaSetToProgrammeDocument,
};
const documents: Documents = {
    "\n  query AdminProgrammes($first: Int!, $after: String, $filter: ProgrammeFilter) {\n    programmes(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          version\n          name\n          startDate\n          endDate\n          maxRouteDays\n          budget {\n            amount\n            currency\n            minorUnits\n          }\n          funder {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AdminProgrammesDocument,
    "\n  query ProgrammeEdit($id: ID!) {\n    programme(id: $id) {\n      id\n      version\n      nameTranslations {\n        en\n        fr\n        es\n      }\n      objectivesTranslations {\n        en\n        fr\n        es\n      }\n      startDate\n      endDate\n      maxRouteDays\n      funderId\n      budget {\n        amount\n        currency\n      }\n      thematicAreas {\n        id\n      }\n    }\n  }\n": types.ProgrammeEditDocument,
    "\n  query ProgrammeChoices {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    thematicAreas(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ProgrammeChoicesDocument,
    "\n  mutation AdminCreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n    }\n  }\n": types.AdminCreateProgrammeDocument,
    "\n  mutation AdminUpdateProgramme($input: UpdateProgrammeInput!) {\n    updateProgramme(input: $input) {\n      id\n      version\n    }\n  }\n": types.AdminUpdateProgrammeDocument,
    "\n  mutation AdminDeleteProgramme($id: ID!, $version: Int!) {\n    deleteProgramme(id: $id, version: $version)\n  }\n": types.AdminDeleteProgrammeDocument,
    "\n  query AdminApiKeys($first: Int!, $after: String, $includeRevoked: Boolean) {\n    apiKeys(first: $first, after: $after, includeRevoked: $includeRevoked) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          prefix\n          scopes\n          createdAt\n          expiresAt\n          revokedAt\n          lastUsedAt\n          usage {\n            requests {\n              spent\n              limit\n              resetSeconds\n            }\n            points {\n              spent\n              limit\n              resetSeconds\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AdminApiKeysDocument,
    "\n  mutation AdminCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n": types.AdminCreateApiKeyDocument,
    "\n  mutation AdminRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.AdminRevokeApiKeyDocument,
    "\n  query AdminUsers($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          version\n          email\n          displayName\n          role\n          modules\n          active\n          invitationPending\n          lastLoginAt\n        }\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query AdminEditorModules {\n    editorModules\n  }\n": types.AdminEditorModulesDocument,
    "\n  mutation AdminInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n    }\n  }\n": types.AdminInviteUserDocument,
    "\n  mutation AdminUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      version\n      role\n      modules\n      active\n    }\n  }\n": types.AdminUpdateUserDocument,
    "\n  mutation AdminUnlockSignIn($email: String!) {\n    unlockSignIn(email: $email)\n  }\n": types.AdminUnlockSignInDocument,
    "\n  query AdminAuditEntries($first: Int!, $after: String, $filter: AuditFilter) {\n    auditEntries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          actorKind\n          actorId\n          actorLabel\n          action\n          entityType\n          entityId\n          changes\n        }\n      }\n    }\n  }\n": types.AdminAuditEntriesDocument,
    "\n  query AdminAuditActors {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n": types.AdminAuditActorsDocument,
    "\n  query AdminWebhookEndpoints {\n    webhookEndpoints {\n      id\n      version\n      url\n      description\n      events\n      active\n      createdAt\n    }\n    webhookEventTypes\n  }\n": types.AdminWebhookEndpointsDocument,
    "\n  query AdminWebhookDeliveries($first: Int!, $after: String, $filter: WebhookDeliveryFilter) {\n    webhookDeliveries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          endpointId\n          eventId\n          status\n          attempts\n          createdAt\n          deliveredAt\n          nextAttemptAt\n          lastResponseStatus\n          lastError\n        }\n      }\n    }\n  }\n": types.AdminWebhookDeliveriesDocument,
    "\n  mutation AdminCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      signingSecret\n      endpoint {\n        id\n        url\n      }\n    }\n  }\n": types.AdminCreateWebhookEndpointDocument,
    "\n  mutation AdminUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      id\n      version\n      active\n      events\n    }\n  }\n": types.AdminUpdateWebhookEndpointDocument,
    "\n  mutation AdminRotateWebhookSecret($id: ID!, $version: Int!) {\n    rotateWebhookSecret(id: $id, version: $version) {\n      signingSecret\n      endpoint {\n        id\n        url\n        version\n      }\n    }\n  }\n": types.AdminRotateWebhookSecretDocument,
    "\n  mutation AdminReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      id\n      status\n      attempts\n      nextAttemptAt\n    }\n  }\n": types.AdminReplayWebhookDeliveryDocument,
    "\n  query AdminCountryNeeds($code: ID!) {\n    country(code: $code) {\n      code\n      learningNeeds {\n        id\n        rank\n        source\n        thematicArea {\n          id\n          name\n        }\n      }\n    }\n    thematicAreas(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AdminCountryNeedsDocument,
    "\n  mutation AdminSetCountryNeeds($input: SetLearningNeedsInput!) {\n    setCountryLearningNeeds(input: $input) {\n      id\n      rank\n      thematicAreaId\n    }\n  }\n": types.AdminSetCountryNeedsDocument,
    "\n  query AdminThematicAreas($first: Int!, $after: String) {\n    thematicAreas(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          version\n          code\n          name\n        }\n      }\n    }\n  }\n": types.AdminThematicAreasDocument,
    "\n  mutation AdminCreateThematicArea($input: CreateThematicAreaInput!) {\n    createThematicArea(input: $input) {\n      id\n      code\n    }\n  }\n": types.AdminCreateThematicAreaDocument,
    "\n  mutation AdminDeleteThematicArea($id: ID!, $version: Int!) {\n    deleteThematicArea(id: $id, version: $version)\n  }\n": types.AdminDeleteThematicAreaDocument,
    "\n  query AdminCriteriaSet($setKey: String!) {\n    assessmentCriteriaSets\n    assessmentCriteria(setKey: $setKey) {\n      id\n      version\n      code\n      name\n      weight\n      position\n    }\n  }\n": types.AdminCriteriaSetDocument,
    "\n  mutation AdminSetCriteriaWeights($input: SetCriteriaWeightsInput!) {\n    setCriteriaWeights(input: $input) {\n      id\n      version\n      weight\n    }\n  }\n": types.AdminSetCriteriaWeightsDocument,
    "\n  query AdminProgrammeCriteria($programmeId: ID!) {\n    programme(id: $programmeId) {\n      id\n      name\n    }\n    assessmentCriteriaSets\n    programmeCriteria(programmeId: $programmeId) {\n      programmeId\n      source\n      setKey\n      chosenSetKey\n      criteria {\n        id\n        version\n        code\n        name\n        description\n        nameTranslations {\n          en\n          fr\n          es\n        }\n        descriptionTranslations {\n          en\n          fr\n          es\n        }\n        weight\n        position\n      }\n    }\n  }\n": types.AdminProgrammeCriteriaDocument,
    "\n  mutation AdminChooseProgrammeCriteriaSet($programmeId: ID!, $setKey: String!) {\n    chooseProgrammeCriteriaSet(programmeId: $programmeId, setKey: $setKey) {\n      id\n    }\n  }\n": types.AdminChooseProgrammeCriteriaSetDocument,
    "\n  mutation AdminCreateAssessmentCriterion($input: CreateAssessmentCriterionInput!) {\n    createAssessmentCriterion(input: $input) {\n      id\n      version\n    }\n  }\n": types.AdminCreateAssessmentCriterionDocument,
    "\n  mutation AdminUpdateAssessmentCriterion($input: UpdateAssessmentCriterionInput!) {\n    updateAssessmentCriterion(input: $input) {\n      id\n      version\n    }\n  }\n": types.AdminUpdateAssessmentCriterionDocument,
    "\n  mutation AdminDeleteAssessmentCriterion($id: ID!, $version: Int!) {\n    deleteAssessmentCriterion(id: $id, version: $version)\n  }\n": types.AdminDeleteAssessmentCriterionDocument,
    "\n  mutation AdminSendPasswordReset($userId: ID!) {\n    sendPasswordReset(userId: $userId) {\n      expiresAt\n      user {\n        id\n        version\n      }\n    }\n  }\n": types.AdminSendPasswordResetDocument,
    "\n  fragment SettingView on PlatformSetting {\n    key\n    module\n    description\n    value\n    defaultValue\n    isDefault\n    stored\n    version\n    updatedAt\n    updatedBy\n    fields {\n      name\n      kind\n      min\n      max\n      options\n    }\n  }\n": types.SettingViewFragmentDoc,
    "\n  query PlatformSettings {\n    platformSettings {\n      ...SettingView\n    }\n  }\n": types.PlatformSettingsDocument,
    "\n  mutation UpdatePlatformSetting($input: UpdatePlatformSettingInput!) {\n    updatePlatformSetting(input: $input) {\n      key\n      value\n      isDefault\n      version\n      updatedAt\n      updatedBy\n    }\n  }\n": types.UpdatePlatformSettingDocument,
    "\n  query ProgrammeSettings($programmeId: ID!) {\n    programme(id: $programmeId) {\n      id\n      name\n    }\n    programmeSettings(programmeId: $programmeId) {\n      ...SettingView\n    }\n  }\n": types.ProgrammeSettingsDocument,
    "\n  mutation UpdateProgrammeSetting($programmeId: ID!, $input: UpdatePlatformSettingInput!) {\n    updateProgrammeSetting(programmeId: $programmeId, input: $input) {\n      key\n      value\n      stored\n      version\n    }\n  }\n": types.UpdateProgrammeSettingDocument,
    "\n  mutation ClearProgrammeSetting($programmeId: ID!, $key: ID!, $version: Int!) {\n    clearProgrammeSetting(programmeId: $programmeId, key: $key, version: $version) {\n      key\n      stored\n      version\n    }\n  }\n": types.ClearProgrammeSettingDocument,
    "\n  mutation CopyCriteriaSetToProgramme($programmeId: ID!, $setKey: String!) {\n    copyCriteriaSetToProgramme(programmeId: $programmeId, setKey: $setKey) {\n      id\n    }\n  }\n": types.CopyCriteriaSetToProgrammeDocument,
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
export function graphql(source: "\n  query AdminProgrammes($first: Int!, $after: String, $filter: ProgrammeFilter) {\n    programmes(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          version\n          name\n          startDate\n          endDate\n          maxRouteDays\n          budget {\n            amount\n            currency\n            minorUnits\n          }\n          funder {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminProgrammes($first: Int!, $after: String, $filter: ProgrammeFilter) {\n    programmes(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          version\n          name\n          startDate\n          endDate\n          maxRouteDays\n          budget {\n            amount\n            currency\n            minorUnits\n          }\n          funder {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeEdit($id: ID!) {\n    programme(id: $id) {\n      id\n      version\n      nameTranslations {\n        en\n        fr\n        es\n      }\n      objectivesTranslations {\n        en\n        fr\n        es\n      }\n      startDate\n      endDate\n      maxRouteDays\n      funderId\n      budget {\n        amount\n        currency\n      }\n      thematicAreas {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeEdit($id: ID!) {\n    programme(id: $id) {\n      id\n      version\n      nameTranslations {\n        en\n        fr\n        es\n      }\n      objectivesTranslations {\n        en\n        fr\n        es\n      }\n      startDate\n      endDate\n      maxRouteDays\n      funderId\n      budget {\n        amount\n        currency\n      }\n      thematicAreas {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeChoices {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    thematicAreas(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeChoices {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    thematicAreas(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateProgramme($input: UpdateProgrammeInput!) {\n    updateProgramme(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateProgramme($input: UpdateProgrammeInput!) {\n    updateProgramme(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteProgramme($id: ID!, $version: Int!) {\n    deleteProgramme(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation AdminDeleteProgramme($id: ID!, $version: Int!) {\n    deleteProgramme(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminApiKeys($first: Int!, $after: String, $includeRevoked: Boolean) {\n    apiKeys(first: $first, after: $after, includeRevoked: $includeRevoked) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          prefix\n          scopes\n          createdAt\n          expiresAt\n          revokedAt\n          lastUsedAt\n          usage {\n            requests {\n              spent\n              limit\n              resetSeconds\n            }\n            points {\n              spent\n              limit\n              resetSeconds\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminApiKeys($first: Int!, $after: String, $includeRevoked: Boolean) {\n    apiKeys(first: $first, after: $after, includeRevoked: $includeRevoked) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          prefix\n          scopes\n          createdAt\n          expiresAt\n          revokedAt\n          lastUsedAt\n          usage {\n            requests {\n              spent\n              limit\n              resetSeconds\n            }\n            points {\n              spent\n              limit\n              resetSeconds\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          version\n          email\n          displayName\n          role\n          modules\n          active\n          invitationPending\n          lastLoginAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          version\n          email\n          displayName\n          role\n          modules\n          active\n          invitationPending\n          lastLoginAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminEditorModules {\n    editorModules\n  }\n"): (typeof documents)["\n  query AdminEditorModules {\n    editorModules\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation AdminInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      version\n      role\n      modules\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      version\n      role\n      modules\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUnlockSignIn($email: String!) {\n    unlockSignIn(email: $email)\n  }\n"): (typeof documents)["\n  mutation AdminUnlockSignIn($email: String!) {\n    unlockSignIn(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditEntries($first: Int!, $after: String, $filter: AuditFilter) {\n    auditEntries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          actorKind\n          actorId\n          actorLabel\n          action\n          entityType\n          entityId\n          changes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminAuditEntries($first: Int!, $after: String, $filter: AuditFilter) {\n    auditEntries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          actorKind\n          actorId\n          actorLabel\n          action\n          entityType\n          entityId\n          changes\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditActors {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminAuditActors {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminWebhookEndpoints {\n    webhookEndpoints {\n      id\n      version\n      url\n      description\n      events\n      active\n      createdAt\n    }\n    webhookEventTypes\n  }\n"): (typeof documents)["\n  query AdminWebhookEndpoints {\n    webhookEndpoints {\n      id\n      version\n      url\n      description\n      events\n      active\n      createdAt\n    }\n    webhookEventTypes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminWebhookDeliveries($first: Int!, $after: String, $filter: WebhookDeliveryFilter) {\n    webhookDeliveries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          endpointId\n          eventId\n          status\n          attempts\n          createdAt\n          deliveredAt\n          nextAttemptAt\n          lastResponseStatus\n          lastError\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminWebhookDeliveries($first: Int!, $after: String, $filter: WebhookDeliveryFilter) {\n    webhookDeliveries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          endpointId\n          eventId\n          status\n          attempts\n          createdAt\n          deliveredAt\n          nextAttemptAt\n          lastResponseStatus\n          lastError\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      signingSecret\n      endpoint {\n        id\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      signingSecret\n      endpoint {\n        id\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      id\n      version\n      active\n      events\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      id\n      version\n      active\n      events\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRotateWebhookSecret($id: ID!, $version: Int!) {\n    rotateWebhookSecret(id: $id, version: $version) {\n      signingSecret\n      endpoint {\n        id\n        url\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRotateWebhookSecret($id: ID!, $version: Int!) {\n    rotateWebhookSecret(id: $id, version: $version) {\n      signingSecret\n      endpoint {\n        id\n        url\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      id\n      status\n      attempts\n      nextAttemptAt\n    }\n  }\n"): (typeof documents)["\n  mutation AdminReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      id\n      status\n      attempts\n      nextAttemptAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCountryNeeds($code: ID!) {\n    country(code: $code) {\n      code\n      learningNeeds {\n        id\n        rank\n        source\n        thematicArea {\n          id\n          name\n        }\n      }\n    }\n    thematicAreas(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminCountryNeeds($code: ID!) {\n    country(code: $code) {\n      code\n      learningNeeds {\n        id\n        rank\n        source\n        thematicArea {\n          id\n          name\n        }\n      }\n    }\n    thematicAreas(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetCountryNeeds($input: SetLearningNeedsInput!) {\n    setCountryLearningNeeds(input: $input) {\n      id\n      rank\n      thematicAreaId\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetCountryNeeds($input: SetLearningNeedsInput!) {\n    setCountryLearningNeeds(input: $input) {\n      id\n      rank\n      thematicAreaId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminThematicAreas($first: Int!, $after: String) {\n    thematicAreas(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          version\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminThematicAreas($first: Int!, $after: String) {\n    thematicAreas(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          version\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateThematicArea($input: CreateThematicAreaInput!) {\n    createThematicArea(input: $input) {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateThematicArea($input: CreateThematicAreaInput!) {\n    createThematicArea(input: $input) {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteThematicArea($id: ID!, $version: Int!) {\n    deleteThematicArea(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation AdminDeleteThematicArea($id: ID!, $version: Int!) {\n    deleteThematicArea(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCriteriaSet($setKey: String!) {\n    assessmentCriteriaSets\n    assessmentCriteria(setKey: $setKey) {\n      id\n      version\n      code\n      name\n      weight\n      position\n    }\n  }\n"): (typeof documents)["\n  query AdminCriteriaSet($setKey: String!) {\n    assessmentCriteriaSets\n    assessmentCriteria(setKey: $setKey) {\n      id\n      version\n      code\n      name\n      weight\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetCriteriaWeights($input: SetCriteriaWeightsInput!) {\n    setCriteriaWeights(input: $input) {\n      id\n      version\n      weight\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetCriteriaWeights($input: SetCriteriaWeightsInput!) {\n    setCriteriaWeights(input: $input) {\n      id\n      version\n      weight\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProgrammeCriteria($programmeId: ID!) {\n    programme(id: $programmeId) {\n      id\n      name\n    }\n    assessmentCriteriaSets\n    programmeCriteria(programmeId: $programmeId) {\n      programmeId\n      source\n      setKey\n      chosenSetKey\n      criteria {\n        id\n        version\n        code\n        name\n        description\n        nameTranslations {\n          en\n          fr\n          es\n        }\n        descriptionTranslations {\n          en\n          fr\n          es\n        }\n        weight\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminProgrammeCriteria($programmeId: ID!) {\n    programme(id: $programmeId) {\n      id\n      name\n    }\n    assessmentCriteriaSets\n    programmeCriteria(programmeId: $programmeId) {\n      programmeId\n      source\n      setKey\n      chosenSetKey\n      criteria {\n        id\n        version\n        code\n        name\n        description\n        nameTranslations {\n          en\n          fr\n          es\n        }\n        descriptionTranslations {\n          en\n          fr\n          es\n        }\n        weight\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminChooseProgrammeCriteriaSet($programmeId: ID!, $setKey: String!) {\n    chooseProgrammeCriteriaSet(programmeId: $programmeId, setKey: $setKey) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminChooseProgrammeCriteriaSet($programmeId: ID!, $setKey: String!) {\n    chooseProgrammeCriteriaSet(programmeId: $programmeId, setKey: $setKey) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateAssessmentCriterion($input: CreateAssessmentCriterionInput!) {\n    createAssessmentCriterion(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateAssessmentCriterion($input: CreateAssessmentCriterionInput!) {\n    createAssessmentCriterion(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateAssessmentCriterion($input: UpdateAssessmentCriterionInput!) {\n    updateAssessmentCriterion(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateAssessmentCriterion($input: UpdateAssessmentCriterionInput!) {\n    updateAssessmentCriterion(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteAssessmentCriterion($id: ID!, $version: Int!) {\n    deleteAssessmentCriterion(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation AdminDeleteAssessmentCriterion($id: ID!, $version: Int!) {\n    deleteAssessmentCriterion(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSendPasswordReset($userId: ID!) {\n    sendPasswordReset(userId: $userId) {\n      expiresAt\n      user {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSendPasswordReset($userId: ID!) {\n    sendPasswordReset(userId: $userId) {\n      expiresAt\n      user {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SettingView on PlatformSetting {\n    key\n    module\n    description\n    value\n    defaultValue\n    isDefault\n    stored\n    version\n    updatedAt\n    updatedBy\n    fields {\n      name\n      kind\n      min\n      max\n      options\n    }\n  }\n"): (typeof documents)["\n  fragment SettingView on PlatformSetting {\n    key\n    module\n    description\n    value\n    defaultValue\n    isDefault\n    stored\n    version\n    updatedAt\n    updatedBy\n    fields {\n      name\n      kind\n      min\n      max\n      options\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformSettings {\n    platformSettings {\n      ...SettingView\n    }\n  }\n"): (typeof documents)["\n  query PlatformSettings {\n    platformSettings {\n      ...SettingView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlatformSetting($input: UpdatePlatformSettingInput!) {\n    updatePlatformSetting(input: $input) {\n      key\n      value\n      isDefault\n      version\n      updatedAt\n      updatedBy\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlatformSetting($input: UpdatePlatformSettingInput!) {\n    updatePlatformSetting(input: $input) {\n      key\n      value\n      isDefault\n      version\n      updatedAt\n      updatedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeSettings($programmeId: ID!) {\n    programme(id: $programmeId) {\n      id\n      name\n    }\n    programmeSettings(programmeId: $programmeId) {\n      ...SettingView\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeSettings($programmeId: ID!) {\n    programme(id: $programmeId) {\n      id\n      name\n    }\n    programmeSettings(programmeId: $programmeId) {\n      ...SettingView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgrammeSetting($programmeId: ID!, $input: UpdatePlatformSettingInput!) {\n    updateProgrammeSetting(programmeId: $programmeId, input: $input) {\n      key\n      value\n      stored\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProgrammeSetting($programmeId: ID!, $input: UpdatePlatformSettingInput!) {\n    updateProgrammeSetting(programmeId: $programmeId, input: $input) {\n      key\n      value\n      stored\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearProgrammeSetting($programmeId: ID!, $key: ID!, $version: Int!) {\n    clearProgrammeSetting(programmeId: $programmeId, key: $key, version: $version) {\n      key\n      stored\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ClearProgrammeSetting($programmeId: ID!, $key: ID!, $version: Int!) {\n    clearProgrammeSetting(programmeId: $programmeId, key: $key, version: $version) {\n      key\n      stored\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CopyCriteriaSetToProgramme($programmeId: ID!, $setKey: String!) {\n    copyCriteriaSetToProgramme(programmeId: $programmeId, setKey: $setKey) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CopyCriteriaSetToProgramme($programmeId: ID!, $setKey: String!) {\n    copyCriteriaSetToProgramme(programmeId: $programmeId, setKey: $setKey) {\n      id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;