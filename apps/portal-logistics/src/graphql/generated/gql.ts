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
    "\n  query LogisticsRouteOptions {\n    routes(first: 100) { edges { node { id title startDate endDate } } }\n  }\n": typeof types.LogisticsRouteOptionsDocument,
    "\n  query RouteLogistics($routeId: ID!) {\n    routeLogistics(routeId: $routeId) { id version routeId timeZone capitalCity }\n  }\n": typeof types.RouteLogisticsDocument,
    "\n  mutation UpdateRouteLogistics($input: UpdateRouteLogisticsInput!) {\n    updateRouteLogistics(input: $input) { id version timeZone capitalCity }\n  }\n": typeof types.UpdateRouteLogisticsDocument,
    "\n  query RouteAgenda($routeId: ID!, $lang: Language) {\n    route(id: $routeId) {\n      id\n      title(lang: $lang)\n      startDate\n      endDate\n      agenda {\n        id\n        version\n        date\n        title(lang: $lang)\n        sessions {\n          id\n          version\n          dayId\n          type\n          startTime\n          endTime\n          title(lang: $lang)\n          placeName\n          outsideCapital\n          interpretedLanguages\n          practice { id title(lang: $lang) }\n          champions { id person { id fullName } }\n          interpreters { id fullName }\n        }\n      }\n    }\n    routeLogistics(routeId: $routeId) { id timeZone capitalCity }\n  }\n": typeof types.RouteAgendaDocument,
    "\n  query AgendaChecks($routeId: ID!) {\n    agendaChecks(routeId: $routeId) {\n      routeId\n      ready\n      blockingCount\n      warningCount\n      findings { code severity message sessionIds dayId practiceId personId otherRouteId }\n    }\n  }\n": typeof types.AgendaChecksDocument,
    "\n  mutation MoveAgendaSession($input: MoveAgendaSessionInput!) {\n    moveAgendaSession(input: $input) { id version dayId startTime endTime }\n  }\n": typeof types.MoveAgendaSessionDocument,
    "\n  mutation GenerateAgendaDays($routeId: ID!) {\n    generateAgendaDays(routeId: $routeId) { id }\n  }\n": typeof types.GenerateAgendaDaysDocument,
    "\n  mutation AddAgendaDay($input: AddAgendaDayInput!) {\n    addAgendaDay(input: $input) { id version date }\n  }\n": typeof types.AddAgendaDayDocument,
    "\n  mutation DeleteAgendaDay($id: ID!, $version: Int!) {\n    deleteAgendaDay(id: $id, version: $version)\n  }\n": typeof types.DeleteAgendaDayDocument,
    "\n  query SessionEdit($id: ID!) {\n    agendaSession(id: $id) {\n      id\n      version\n      routeId\n      dayId\n      type\n      startTime\n      endTime\n      title\n      titleTranslations { en fr es }\n      notesTranslations { en fr es }\n      placeName\n      placeAddress\n      outsideCapital\n      latitude\n      longitude\n      interpretedLanguages\n      practice { id }\n      champions { id }\n      interpreters { id }\n    }\n  }\n": typeof types.SessionEditDocument,
    "\n  query SessionChoices($routeId: ID!) {\n    route(id: $routeId) {\n      id\n      title\n      agenda { id date }\n      cases { id title }\n      routeTeam { id personId role person { id fullName } }\n    }\n    championReadiness(routeId: $routeId) {\n      practices { practice { id title } champions { id person { id fullName } } }\n    }\n  }\n": typeof types.SessionChoicesDocument,
    "\n  mutation CreateAgendaSession($input: CreateAgendaSessionInput!) {\n    createAgendaSession(input: $input) { id version }\n  }\n": typeof types.CreateAgendaSessionDocument,
    "\n  mutation UpdateAgendaSession($input: UpdateAgendaSessionInput!) {\n    updateAgendaSession(input: $input) { id version }\n  }\n": typeof types.UpdateAgendaSessionDocument,
    "\n  mutation DeleteAgendaSession($id: ID!, $version: Int!) {\n    deleteAgendaSession(id: $id, version: $version)\n  }\n": typeof types.DeleteAgendaSessionDocument,
    "\n  query TravellersList($first: Int!, $after: String, $filter: TravellerFilter) {\n    travellers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          travelStatus\n          visaStatus\n          hasPassportDetails\n          person { id fullName country { code name } }\n          legs { id direction arriveLocal toPlace }\n        }\n      }\n    }\n  }\n": typeof types.TravellersListDocument,
    "\n  query TravellersSearch($search: String!) {\n    travellers(first: 5, filter: { search: $search }) {\n      edges { node { id travelStatus person { id fullName } route { id title } } }\n    }\n  }\n": typeof types.TravellersSearchDocument,
    "\n  query RouteTravellerOptions($routeId: ID!) {\n    travellers(first: 100, filter: { routeId: $routeId }) {\n      totalCount\n      edges { node { id personId person { id fullName } } }\n    }\n  }\n": typeof types.RouteTravellerOptionsDocument,
    "\n  mutation AddRouteTravellers($routeId: ID!) {\n    addRouteTravellers(routeId: $routeId) { id }\n  }\n": typeof types.AddRouteTravellersDocument,
    "\n  query TravellerDetail($id: ID!) {\n    traveller(id: $id) {\n      id\n      version\n      routeId\n      route { id title }\n      person { id fullName country { code name } }\n      kind\n      delegationCountry { code name }\n      travelStatus\n      visaStatus\n      allowedNextTravelStatuses\n      allowedNextVisaStatuses\n      hasPassportDetails\n      missingPassportDetails\n      passportNumber\n      passportExpiry\n      nationalityCode\n      dateOfBirth\n      insurance\n      insuredUntil\n      letterLanguage\n      notes\n      visaLetterUrl\n      legs {\n        id\n        version\n        direction\n        fromPlace\n        toPlace\n        departLocal\n        departTimeZone\n        arriveLocal\n        arriveTimeZone\n        carrier\n        bookingReference\n        cost { amount currency minorUnits }\n        meetPerson { id fullName }\n        meetingNote\n      }\n      travelHistory { id at from to changedBy reason }\n      visaHistory { id at from to changedBy reason }\n    }\n  }\n": typeof types.TravellerDetailDocument,
    "\n  mutation UpdateTraveller($input: UpdateTravellerInput!) {\n    updateTraveller(input: $input) { id version }\n  }\n": typeof types.UpdateTravellerDocument,
    "\n  mutation RemoveTraveller($id: ID!, $version: Int!) {\n    removeTraveller(id: $id, version: $version)\n  }\n": typeof types.RemoveTravellerDocument,
    "\n  mutation ChangeTravelStatus($travellerId: ID!, $toStatus: TravelStatus!, $version: Int!, $reason: String) {\n    changeTravelStatus(travellerId: $travellerId, toStatus: $toStatus, version: $version, reason: $reason) { id version travelStatus }\n  }\n": typeof types.ChangeTravelStatusDocument,
    "\n  mutation ChangeVisaStatus($travellerId: ID!, $toStatus: VisaStatus!, $version: Int!, $reason: String) {\n    changeVisaStatus(travellerId: $travellerId, toStatus: $toStatus, version: $version, reason: $reason) { id version visaStatus }\n  }\n": typeof types.ChangeVisaStatusDocument,
    "\n  query LegChoices($routeId: ID!) {\n    route(id: $routeId) { id routeTeam { id personId role person { id fullName } } }\n    routeLogistics(routeId: $routeId) { id timeZone }\n  }\n": typeof types.LegChoicesDocument,
    "\n  mutation AddTravelLeg($input: CreateTravelLegInput!) {\n    addTravelLeg(input: $input) { id version }\n  }\n": typeof types.AddTravelLegDocument,
    "\n  mutation UpdateTravelLeg($input: UpdateTravelLegInput!) {\n    updateTravelLeg(input: $input) { id version }\n  }\n": typeof types.UpdateTravelLegDocument,
    "\n  mutation RemoveTravelLeg($id: ID!, $version: Int!) {\n    removeTravelLeg(id: $id, version: $version)\n  }\n": typeof types.RemoveTravelLegDocument,
    "\n  query ManifestDays($routeId: ID!) {\n    manifestDays(routeId: $routeId) { date arrivals departures }\n  }\n": typeof types.ManifestDaysDocument,
    "\n  query DayManifest($routeId: ID!, $date: String!) {\n    arrivalsAndDepartures(routeId: $routeId, date: $date) {\n      routeId\n      date\n      timeZone\n      arrivals { ...ManifestEntryFields }\n      departures { ...ManifestEntryFields }\n    }\n  }\n  fragment ManifestEntryFields on ManifestEntry {\n    time\n    fromPlace\n    toPlace\n    carrier\n    bookingReference\n    meetingNote\n    kind\n    leg { id }\n    traveller { id }\n    person { id fullName }\n    delegationCountry { code name }\n    meetPerson { id fullName }\n  }\n": typeof types.DayManifestDocument,
    "\n  query VisaBoard($first: Int!, $filter: TravellerFilter) {\n    travellers(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          visaStatus\n          hasPassportDetails\n          missingPassportDetails\n          visaLetterUrl\n          person { id fullName }\n          delegationCountry { code name }\n        }\n      }\n    }\n  }\n": typeof types.VisaBoardDocument,
    "\n  query RouteHostCountry($routeId: ID!) {\n    route(id: $routeId) { id hostCountry { code name } }\n  }\n": typeof types.RouteHostCountryDocument,
    "\n  query VisaTemplate($hostCountryCode: String!) {\n    visaLetterTemplate(hostCountryCode: $hostCountryCode) {\n      id\n      version\n      issuerName\n      issuerAddress\n      signatoryName\n      signatoryTitleTranslations { en fr es }\n      bodyTranslations { en fr es }\n    }\n    visaLetterPlaceholders\n  }\n": typeof types.VisaTemplateDocument,
    "\n  mutation SaveVisaLetterTemplate($input: SaveVisaLetterTemplateInput!) {\n    saveVisaLetterTemplate(input: $input) { id version }\n  }\n": typeof types.SaveVisaLetterTemplateDocument,
    "\n  mutation DeleteVisaLetterTemplate($hostCountryCode: String!, $version: Int!) {\n    deleteVisaLetterTemplate(hostCountryCode: $hostCountryCode, version: $version)\n  }\n": typeof types.DeleteVisaLetterTemplateDocument,
    "\n  query RoomingNights($routeId: ID!) {\n    roomingNights(routeId: $routeId) { night people rooms }\n  }\n": typeof types.RoomingNightsDocument,
    "\n  query RoomingList($routeId: ID!, $night: String!) {\n    roomingList(routeId: $routeId, night: $night) {\n      routeId\n      night\n      people\n      rooms {\n        capacity\n        freeBeds\n        otherRoutesPeople\n        venue { id name }\n        room { id name }\n        people { id fullName }\n      }\n    }\n  }\n": typeof types.RoomingListDocument,
    "\n  query RouteStays($first: Int!, $after: String, $filter: StayFilter) {\n    stays(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          version\n          checkIn\n          checkOut\n          nights\n          cost { amount currency minorUnits }\n          person { id fullName }\n          room { id name venue { id name } }\n        }\n      }\n    }\n  }\n": typeof types.RouteStaysDocument,
    "\n  query StayRoomOptions($routeId: ID!) {\n    route(id: $routeId) { id startDate endDate hostCountryCode }\n    venues(first: 100) { edges { node { id name city countryCode rooms { id name capacity } } } }\n  }\n": typeof types.StayRoomOptionsDocument,
    "\n  mutation AddStay($input: AddStayInput!) {\n    addStay(input: $input) { id version }\n  }\n": typeof types.AddStayDocument,
    "\n  mutation RemoveStay($id: ID!, $version: Int!) {\n    removeStay(id: $id, version: $version)\n  }\n": typeof types.RemoveStayDocument,
    "\n  query VenuesList($first: Int!, $after: String, $filter: VenueFilter) {\n    venues(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name city country { code name } rooms { id capacity } } }\n    }\n  }\n": typeof types.VenuesListDocument,
    "\n  query VenuesSearch($search: String!) {\n    venues(first: 5, filter: { search: $search }) { edges { node { id name city } } }\n  }\n": typeof types.VenuesSearchDocument,
    "\n  query VenueDetail($id: ID!) {\n    venue(id: $id) {\n      id\n      version\n      name\n      city\n      countryCode\n      country { code name }\n      address\n      phone\n      rooms { id version name capacity nightlyRate { amount currency minorUnits } }\n    }\n  }\n": typeof types.VenueDetailDocument,
    "\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) { id version }\n  }\n": typeof types.CreateVenueDocument,
    "\n  mutation UpdateVenue($input: UpdateVenueInput!) {\n    updateVenue(input: $input) { id version }\n  }\n": typeof types.UpdateVenueDocument,
    "\n  mutation DeleteVenue($id: ID!, $version: Int!) {\n    deleteVenue(id: $id, version: $version)\n  }\n": typeof types.DeleteVenueDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) { id version }\n  }\n": typeof types.CreateRoomDocument,
    "\n  mutation UpdateRoom($input: UpdateRoomInput!) {\n    updateRoom(input: $input) { id version }\n  }\n": typeof types.UpdateRoomDocument,
    "\n  mutation DeleteRoom($id: ID!, $version: Int!) {\n    deleteRoom(id: $id, version: $version)\n  }\n": typeof types.DeleteRoomDocument,
    "\n  query RouteBudget($routeId: ID!) {\n    route(id: $routeId) { id programme { id } }\n    routeBudget(routeId: $routeId) {\n      routeId\n      currency\n      planned { amount currency minorUnits }\n      actual { amount currency minorUnits }\n      variance { amount currency minorUnits }\n      costPerTraveller { amount currency minorUnits }\n      travellers\n      missingRates\n      problem\n      fromExpenses { amount currency minorUnits }\n      fromTravel { amount currency minorUnits }\n      fromStays { amount currency minorUnits }\n      categories {\n        category\n        planned { amount currency minorUnits }\n        actual { amount currency minorUnits }\n        variance { amount currency minorUnits }\n        lines {\n          expenseCount\n          planned { amount currency minorUnits }\n          actual { amount currency minorUnits }\n          line { id version label category planned { amount currency minorUnits } }\n        }\n      }\n    }\n  }\n": typeof types.RouteBudgetDocument,
    "\n  mutation CreateBudgetLine($input: CreateBudgetLineInput!) {\n    createBudgetLine(input: $input) { id version }\n  }\n": typeof types.CreateBudgetLineDocument,
    "\n  mutation UpdateBudgetLine($input: UpdateBudgetLineInput!) {\n    updateBudgetLine(input: $input) { id version }\n  }\n": typeof types.UpdateBudgetLineDocument,
    "\n  mutation DeleteBudgetLine($id: ID!, $version: Int!) {\n    deleteBudgetLine(id: $id, version: $version)\n  }\n": typeof types.DeleteBudgetLineDocument,
    "\n  query RouteExpenses($first: Int!, $after: String, $filter: ExpenseFilter) {\n    expenses(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          version\n          spentOn\n          description\n          exchangeRate\n          hasReceipt\n          receiptName\n          receiptUrl\n          amount { amount currency minorUnits }\n          converted { amount currency minorUnits }\n          budgetLine { id label category }\n        }\n      }\n    }\n  }\n": typeof types.RouteExpensesDocument,
    "\n  mutation CreateExpense($input: CreateExpenseInput!) {\n    createExpense(input: $input) { id version }\n  }\n": typeof types.CreateExpenseDocument,
    "\n  mutation DeleteExpense($id: ID!, $version: Int!) {\n    deleteExpense(id: $id, version: $version)\n  }\n": typeof types.DeleteExpenseDocument,
    "\n  query ExchangeRates($programmeId: ID!) {\n    exchangeRates(programmeId: $programmeId) { id version currency rate updatedAt }\n  }\n": typeof types.ExchangeRatesDocument,
    "\n  mutation SetExchangeRate($programmeId: ID!, $currency: String!, $rate: String!) {\n    setExchangeRate(programmeId: $programmeId, currency: $currency, rate: $rate) { id version currency rate }\n  }\n": typeof types.SetExchangeRateDocument,
    "\n  mutation RemoveExchangeRate($programmeId: ID!, $currency: String!) {\n    removeExchangeRate(programmeId: $programmeId, currency: $currency)\n  }\n": typeof types.RemoveExchangeRateDocument,
    "\n  query MyTrips {\n    me { id personId }\n    travellers(first: 10) { edges { node { id routeId route { id title startDate endDate } } } }\n  }\n": typeof types.MyTripsDocument,
    "\n  query LogisticsAgendaTile($routeId: ID!) {\n    agendaChecks(routeId: $routeId) { routeId ready blockingCount warningCount }\n  }\n": typeof types.LogisticsAgendaTileDocument,
    "\n  query LogisticsBudgetTile($routeId: ID!) {\n    routeBudget(routeId: $routeId) {\n      routeId\n      burnPercent\n      planned { minorUnits currency }\n      actual { minorUnits currency }\n      missingRates\n    }\n  }\n": typeof types.LogisticsBudgetTileDocument,
    "\n  query LogisticsProgrammeBudgetTile($programmeId: ID!) {\n    programmeBudget(programmeId: $programmeId) {\n      programmeId\n      burnPercent\n      budget { minorUnits currency }\n      planned { minorUnits currency }\n      actual { minorUnits currency }\n    }\n  }\n": typeof types.LogisticsProgrammeBudgetTileDocument,
};
const documents: Documents = {
    "\n  query LogisticsRouteOptions {\n    routes(first: 100) { edges { node { id title startDate endDate } } }\n  }\n": types.LogisticsRouteOptionsDocument,
    "\n  query RouteLogistics($routeId: ID!) {\n    routeLogistics(routeId: $routeId) { id version routeId timeZone capitalCity }\n  }\n": types.RouteLogisticsDocument,
    "\n  mutation UpdateRouteLogistics($input: UpdateRouteLogisticsInput!) {\n    updateRouteLogistics(input: $input) { id version timeZone capitalCity }\n  }\n": types.UpdateRouteLogisticsDocument,
    "\n  query RouteAgenda($routeId: ID!, $lang: Language) {\n    route(id: $routeId) {\n      id\n      title(lang: $lang)\n      startDate\n      endDate\n      agenda {\n        id\n        version\n        date\n        title(lang: $lang)\n        sessions {\n          id\n          version\n          dayId\n          type\n          startTime\n          endTime\n          title(lang: $lang)\n          placeName\n          outsideCapital\n          interpretedLanguages\n          practice { id title(lang: $lang) }\n          champions { id person { id fullName } }\n          interpreters { id fullName }\n        }\n      }\n    }\n    routeLogistics(routeId: $routeId) { id timeZone capitalCity }\n  }\n": types.RouteAgendaDocument,
    "\n  query AgendaChecks($routeId: ID!) {\n    agendaChecks(routeId: $routeId) {\n      routeId\n      ready\n      blockingCount\n      warningCount\n      findings { code severity message sessionIds dayId practiceId personId otherRouteId }\n    }\n  }\n": types.AgendaChecksDocument,
    "\n  mutation MoveAgendaSession($input: MoveAgendaSessionInput!) {\n    moveAgendaSession(input: $input) { id version dayId startTime endTime }\n  }\n": types.MoveAgendaSessionDocument,
    "\n  mutation GenerateAgendaDays($routeId: ID!) {\n    generateAgendaDays(routeId: $routeId) { id }\n  }\n": types.GenerateAgendaDaysDocument,
    "\n  mutation AddAgendaDay($input: AddAgendaDayInput!) {\n    addAgendaDay(input: $input) { id version date }\n  }\n": types.AddAgendaDayDocument,
    "\n  mutation DeleteAgendaDay($id: ID!, $version: Int!) {\n    deleteAgendaDay(id: $id, version: $version)\n  }\n": types.DeleteAgendaDayDocument,
    "\n  query SessionEdit($id: ID!) {\n    agendaSession(id: $id) {\n      id\n      version\n      routeId\n      dayId\n      type\n      startTime\n      endTime\n      title\n      titleTranslations { en fr es }\n      notesTranslations { en fr es }\n      placeName\n      placeAddress\n      outsideCapital\n      latitude\n      longitude\n      interpretedLanguages\n      practice { id }\n      champions { id }\n      interpreters { id }\n    }\n  }\n": types.SessionEditDocument,
    "\n  query SessionChoices($routeId: ID!) {\n    route(id: $routeId) {\n      id\n      title\n      agenda { id date }\n      cases { id title }\n      routeTeam { id personId role person { id fullName } }\n    }\n    championReadiness(routeId: $routeId) {\n      practices { practice { id title } champions { id person { id fullName } } }\n    }\n  }\n": types.SessionChoicesDocument,
    "\n  mutation CreateAgendaSession($input: CreateAgendaSessionInput!) {\n    createAgendaSession(input: $input) { id version }\n  }\n": types.CreateAgendaSessionDocument,
    "\n  mutation UpdateAgendaSession($input: UpdateAgendaSessionInput!) {\n    updateAgendaSession(input: $input) { id version }\n  }\n": types.UpdateAgendaSessionDocument,
    "\n  mutation DeleteAgendaSession($id: ID!, $version: Int!) {\n    deleteAgendaSession(id: $id, version: $version)\n  }\n": types.DeleteAgendaSessionDocument,
    "\n  query TravellersList($first: Int!, $after: String, $filter: TravellerFilter) {\n    travellers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          travelStatus\n          visaStatus\n          hasPassportDetails\n          person { id fullName country { code name } }\n          legs { id direction arriveLocal toPlace }\n        }\n      }\n    }\n  }\n": types.TravellersListDocument,
    "\n  query TravellersSearch($search: String!) {\n    travellers(first: 5, filter: { search: $search }) {\n      edges { node { id travelStatus person { id fullName } route { id title } } }\n    }\n  }\n": types.TravellersSearchDocument,
    "\n  query RouteTravellerOptions($routeId: ID!) {\n    travellers(first: 100, filter: { routeId: $routeId }) {\n      totalCount\n      edges { node { id personId person { id fullName } } }\n    }\n  }\n": types.RouteTravellerOptionsDocument,
    "\n  mutation AddRouteTravellers($routeId: ID!) {\n    addRouteTravellers(routeId: $routeId) { id }\n  }\n": types.AddRouteTravellersDocument,
    "\n  query TravellerDetail($id: ID!) {\n    traveller(id: $id) {\n      id\n      version\n      routeId\n      route { id title }\n      person { id fullName country { code name } }\n      kind\n      delegationCountry { code name }\n      travelStatus\n      visaStatus\n      allowedNextTravelStatuses\n      allowedNextVisaStatuses\n      hasPassportDetails\n      missingPassportDetails\n      passportNumber\n      passportExpiry\n      nationalityCode\n      dateOfBirth\n      insurance\n      insuredUntil\n      letterLanguage\n      notes\n      visaLetterUrl\n      legs {\n        id\n        version\n        direction\n        fromPlace\n        toPlace\n        departLocal\n        departTimeZone\n        arriveLocal\n        arriveTimeZone\n        carrier\n        bookingReference\n        cost { amount currency minorUnits }\n        meetPerson { id fullName }\n        meetingNote\n      }\n      travelHistory { id at from to changedBy reason }\n      visaHistory { id at from to changedBy reason }\n    }\n  }\n": types.TravellerDetailDocument,
    "\n  mutation UpdateTraveller($input: UpdateTravellerInput!) {\n    updateTraveller(input: $input) { id version }\n  }\n": types.UpdateTravellerDocument,
    "\n  mutation RemoveTraveller($id: ID!, $version: Int!) {\n    removeTraveller(id: $id, version: $version)\n  }\n": types.RemoveTravellerDocument,
    "\n  mutation ChangeTravelStatus($travellerId: ID!, $toStatus: TravelStatus!, $version: Int!, $reason: String) {\n    changeTravelStatus(travellerId: $travellerId, toStatus: $toStatus, version: $version, reason: $reason) { id version travelStatus }\n  }\n": types.ChangeTravelStatusDocument,
    "\n  mutation ChangeVisaStatus($travellerId: ID!, $toStatus: VisaStatus!, $version: Int!, $reason: String) {\n    changeVisaStatus(travellerId: $travellerId, toStatus: $toStatus, version: $version, reason: $reason) { id version visaStatus }\n  }\n": types.ChangeVisaStatusDocument,
    "\n  query LegChoices($routeId: ID!) {\n    route(id: $routeId) { id routeTeam { id personId role person { id fullName } } }\n    routeLogistics(routeId: $routeId) { id timeZone }\n  }\n": types.LegChoicesDocument,
    "\n  mutation AddTravelLeg($input: CreateTravelLegInput!) {\n    addTravelLeg(input: $input) { id version }\n  }\n": types.AddTravelLegDocument,
    "\n  mutation UpdateTravelLeg($input: UpdateTravelLegInput!) {\n    updateTravelLeg(input: $input) { id version }\n  }\n": types.UpdateTravelLegDocument,
    "\n  mutation RemoveTravelLeg($id: ID!, $version: Int!) {\n    removeTravelLeg(id: $id, version: $version)\n  }\n": types.RemoveTravelLegDocument,
    "\n  query ManifestDays($routeId: ID!) {\n    manifestDays(routeId: $routeId) { date arrivals departures }\n  }\n": types.ManifestDaysDocument,
    "\n  query DayManifest($routeId: ID!, $date: String!) {\n    arrivalsAndDepartures(routeId: $routeId, date: $date) {\n      routeId\n      date\n      timeZone\n      arrivals { ...ManifestEntryFields }\n      departures { ...ManifestEntryFields }\n    }\n  }\n  fragment ManifestEntryFields on ManifestEntry {\n    time\n    fromPlace\n    toPlace\n    carrier\n    bookingReference\n    meetingNote\n    kind\n    leg { id }\n    traveller { id }\n    person { id fullName }\n    delegationCountry { code name }\n    meetPerson { id fullName }\n  }\n": types.DayManifestDocument,
    "\n  query VisaBoard($first: Int!, $filter: TravellerFilter) {\n    travellers(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          visaStatus\n          hasPassportDetails\n          missingPassportDetails\n          visaLetterUrl\n          person { id fullName }\n          delegationCountry { code name }\n        }\n      }\n    }\n  }\n": types.VisaBoardDocument,
    "\n  query RouteHostCountry($routeId: ID!) {\n    route(id: $routeId) { id hostCountry { code name } }\n  }\n": types.RouteHostCountryDocument,
    "\n  query VisaTemplate($hostCountryCode: String!) {\n    visaLetterTemplate(hostCountryCode: $hostCountryCode) {\n      id\n      version\n      issuerName\n      issuerAddress\n      signatoryName\n      signatoryTitleTranslations { en fr es }\n      bodyTranslations { en fr es }\n    }\n    visaLetterPlaceholders\n  }\n": types.VisaTemplateDocument,
    "\n  mutation SaveVisaLetterTemplate($input: SaveVisaLetterTemplateInput!) {\n    saveVisaLetterTemplate(input: $input) { id version }\n  }\n": types.SaveVisaLetterTemplateDocument,
    "\n  mutation DeleteVisaLetterTemplate($hostCountryCode: String!, $version: Int!) {\n    deleteVisaLetterTemplate(hostCountryCode: $hostCountryCode, version: $version)\n  }\n": types.DeleteVisaLetterTemplateDocument,
    "\n  query RoomingNights($routeId: ID!) {\n    roomingNights(routeId: $routeId) { night people rooms }\n  }\n": types.RoomingNightsDocument,
    "\n  query RoomingList($routeId: ID!, $night: String!) {\n    roomingList(routeId: $routeId, night: $night) {\n      routeId\n      night\n      people\n      rooms {\n        capacity\n        freeBeds\n        otherRoutesPeople\n        venue { id name }\n        room { id name }\n        people { id fullName }\n      }\n    }\n  }\n": types.RoomingListDocument,
    "\n  query RouteStays($first: Int!, $after: String, $filter: StayFilter) {\n    stays(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          version\n          checkIn\n          checkOut\n          nights\n          cost { amount currency minorUnits }\n          person { id fullName }\n          room { id name venue { id name } }\n        }\n      }\n    }\n  }\n": types.RouteStaysDocument,
    "\n  query StayRoomOptions($routeId: ID!) {\n    route(id: $routeId) { id startDate endDate hostCountryCode }\n    venues(first: 100) { edges { node { id name city countryCode rooms { id name capacity } } } }\n  }\n": types.StayRoomOptionsDocument,
    "\n  mutation AddStay($input: AddStayInput!) {\n    addStay(input: $input) { id version }\n  }\n": types.AddStayDocument,
    "\n  mutation RemoveStay($id: ID!, $version: Int!) {\n    removeStay(id: $id, version: $version)\n  }\n": types.RemoveStayDocument,
    "\n  query VenuesList($first: Int!, $after: String, $filter: VenueFilter) {\n    venues(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name city country { code name } rooms { id capacity } } }\n    }\n  }\n": types.VenuesListDocument,
    "\n  query VenuesSearch($search: String!) {\n    venues(first: 5, filter: { search: $search }) { edges { node { id name city } } }\n  }\n": types.VenuesSearchDocument,
    "\n  query VenueDetail($id: ID!) {\n    venue(id: $id) {\n      id\n      version\n      name\n      city\n      countryCode\n      country { code name }\n      address\n      phone\n      rooms { id version name capacity nightlyRate { amount currency minorUnits } }\n    }\n  }\n": types.VenueDetailDocument,
    "\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) { id version }\n  }\n": types.CreateVenueDocument,
    "\n  mutation UpdateVenue($input: UpdateVenueInput!) {\n    updateVenue(input: $input) { id version }\n  }\n": types.UpdateVenueDocument,
    "\n  mutation DeleteVenue($id: ID!, $version: Int!) {\n    deleteVenue(id: $id, version: $version)\n  }\n": types.DeleteVenueDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) { id version }\n  }\n": types.CreateRoomDocument,
    "\n  mutation UpdateRoom($input: UpdateRoomInput!) {\n    updateRoom(input: $input) { id version }\n  }\n": types.UpdateRoomDocument,
    "\n  mutation DeleteRoom($id: ID!, $version: Int!) {\n    deleteRoom(id: $id, version: $version)\n  }\n": types.DeleteRoomDocument,
    "\n  query RouteBudget($routeId: ID!) {\n    route(id: $routeId) { id programme { id } }\n    routeBudget(routeId: $routeId) {\n      routeId\n      currency\n      planned { amount currency minorUnits }\n      actual { amount currency minorUnits }\n      variance { amount currency minorUnits }\n      costPerTraveller { amount currency minorUnits }\n      travellers\n      missingRates\n      problem\n      fromExpenses { amount currency minorUnits }\n      fromTravel { amount currency minorUnits }\n      fromStays { amount currency minorUnits }\n      categories {\n        category\n        planned { amount currency minorUnits }\n        actual { amount currency minorUnits }\n        variance { amount currency minorUnits }\n        lines {\n          expenseCount\n          planned { amount currency minorUnits }\n          actual { amount currency minorUnits }\n          line { id version label category planned { amount currency minorUnits } }\n        }\n      }\n    }\n  }\n": types.RouteBudgetDocument,
    "\n  mutation CreateBudgetLine($input: CreateBudgetLineInput!) {\n    createBudgetLine(input: $input) { id version }\n  }\n": types.CreateBudgetLineDocument,
    "\n  mutation UpdateBudgetLine($input: UpdateBudgetLineInput!) {\n    updateBudgetLine(input: $input) { id version }\n  }\n": types.UpdateBudgetLineDocument,
    "\n  mutation DeleteBudgetLine($id: ID!, $version: Int!) {\n    deleteBudgetLine(id: $id, version: $version)\n  }\n": types.DeleteBudgetLineDocument,
    "\n  query RouteExpenses($first: Int!, $after: String, $filter: ExpenseFilter) {\n    expenses(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          version\n          spentOn\n          description\n          exchangeRate\n          hasReceipt\n          receiptName\n          receiptUrl\n          amount { amount currency minorUnits }\n          converted { amount currency minorUnits }\n          budgetLine { id label category }\n        }\n      }\n    }\n  }\n": types.RouteExpensesDocument,
    "\n  mutation CreateExpense($input: CreateExpenseInput!) {\n    createExpense(input: $input) { id version }\n  }\n": types.CreateExpenseDocument,
    "\n  mutation DeleteExpense($id: ID!, $version: Int!) {\n    deleteExpense(id: $id, version: $version)\n  }\n": types.DeleteExpenseDocument,
    "\n  query ExchangeRates($programmeId: ID!) {\n    exchangeRates(programmeId: $programmeId) { id version currency rate updatedAt }\n  }\n": types.ExchangeRatesDocument,
    "\n  mutation SetExchangeRate($programmeId: ID!, $currency: String!, $rate: String!) {\n    setExchangeRate(programmeId: $programmeId, currency: $currency, rate: $rate) { id version currency rate }\n  }\n": types.SetExchangeRateDocument,
    "\n  mutation RemoveExchangeRate($programmeId: ID!, $currency: String!) {\n    removeExchangeRate(programmeId: $programmeId, currency: $currency)\n  }\n": types.RemoveExchangeRateDocument,
    "\n  query MyTrips {\n    me { id personId }\n    travellers(first: 10) { edges { node { id routeId route { id title startDate endDate } } } }\n  }\n": types.MyTripsDocument,
    "\n  query LogisticsAgendaTile($routeId: ID!) {\n    agendaChecks(routeId: $routeId) { routeId ready blockingCount warningCount }\n  }\n": types.LogisticsAgendaTileDocument,
    "\n  query LogisticsBudgetTile($routeId: ID!) {\n    routeBudget(routeId: $routeId) {\n      routeId\n      burnPercent\n      planned { minorUnits currency }\n      actual { minorUnits currency }\n      missingRates\n    }\n  }\n": types.LogisticsBudgetTileDocument,
    "\n  query LogisticsProgrammeBudgetTile($programmeId: ID!) {\n    programmeBudget(programmeId: $programmeId) {\n      programmeId\n      burnPercent\n      budget { minorUnits currency }\n      planned { minorUnits currency }\n      actual { minorUnits currency }\n    }\n  }\n": types.LogisticsProgrammeBudgetTileDocument,
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
export function graphql(source: "\n  query LogisticsRouteOptions {\n    routes(first: 100) { edges { node { id title startDate endDate } } }\n  }\n"): (typeof documents)["\n  query LogisticsRouteOptions {\n    routes(first: 100) { edges { node { id title startDate endDate } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RouteLogistics($routeId: ID!) {\n    routeLogistics(routeId: $routeId) { id version routeId timeZone capitalCity }\n  }\n"): (typeof documents)["\n  query RouteLogistics($routeId: ID!) {\n    routeLogistics(routeId: $routeId) { id version routeId timeZone capitalCity }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRouteLogistics($input: UpdateRouteLogisticsInput!) {\n    updateRouteLogistics(input: $input) { id version timeZone capitalCity }\n  }\n"): (typeof documents)["\n  mutation UpdateRouteLogistics($input: UpdateRouteLogisticsInput!) {\n    updateRouteLogistics(input: $input) { id version timeZone capitalCity }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RouteAgenda($routeId: ID!, $lang: Language) {\n    route(id: $routeId) {\n      id\n      title(lang: $lang)\n      startDate\n      endDate\n      agenda {\n        id\n        version\n        date\n        title(lang: $lang)\n        sessions {\n          id\n          version\n          dayId\n          type\n          startTime\n          endTime\n          title(lang: $lang)\n          placeName\n          outsideCapital\n          interpretedLanguages\n          practice { id title(lang: $lang) }\n          champions { id person { id fullName } }\n          interpreters { id fullName }\n        }\n      }\n    }\n    routeLogistics(routeId: $routeId) { id timeZone capitalCity }\n  }\n"): (typeof documents)["\n  query RouteAgenda($routeId: ID!, $lang: Language) {\n    route(id: $routeId) {\n      id\n      title(lang: $lang)\n      startDate\n      endDate\n      agenda {\n        id\n        version\n        date\n        title(lang: $lang)\n        sessions {\n          id\n          version\n          dayId\n          type\n          startTime\n          endTime\n          title(lang: $lang)\n          placeName\n          outsideCapital\n          interpretedLanguages\n          practice { id title(lang: $lang) }\n          champions { id person { id fullName } }\n          interpreters { id fullName }\n        }\n      }\n    }\n    routeLogistics(routeId: $routeId) { id timeZone capitalCity }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaChecks($routeId: ID!) {\n    agendaChecks(routeId: $routeId) {\n      routeId\n      ready\n      blockingCount\n      warningCount\n      findings { code severity message sessionIds dayId practiceId personId otherRouteId }\n    }\n  }\n"): (typeof documents)["\n  query AgendaChecks($routeId: ID!) {\n    agendaChecks(routeId: $routeId) {\n      routeId\n      ready\n      blockingCount\n      warningCount\n      findings { code severity message sessionIds dayId practiceId personId otherRouteId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveAgendaSession($input: MoveAgendaSessionInput!) {\n    moveAgendaSession(input: $input) { id version dayId startTime endTime }\n  }\n"): (typeof documents)["\n  mutation MoveAgendaSession($input: MoveAgendaSessionInput!) {\n    moveAgendaSession(input: $input) { id version dayId startTime endTime }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateAgendaDays($routeId: ID!) {\n    generateAgendaDays(routeId: $routeId) { id }\n  }\n"): (typeof documents)["\n  mutation GenerateAgendaDays($routeId: ID!) {\n    generateAgendaDays(routeId: $routeId) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgendaDay($input: AddAgendaDayInput!) {\n    addAgendaDay(input: $input) { id version date }\n  }\n"): (typeof documents)["\n  mutation AddAgendaDay($input: AddAgendaDayInput!) {\n    addAgendaDay(input: $input) { id version date }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAgendaDay($id: ID!, $version: Int!) {\n    deleteAgendaDay(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteAgendaDay($id: ID!, $version: Int!) {\n    deleteAgendaDay(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionEdit($id: ID!) {\n    agendaSession(id: $id) {\n      id\n      version\n      routeId\n      dayId\n      type\n      startTime\n      endTime\n      title\n      titleTranslations { en fr es }\n      notesTranslations { en fr es }\n      placeName\n      placeAddress\n      outsideCapital\n      latitude\n      longitude\n      interpretedLanguages\n      practice { id }\n      champions { id }\n      interpreters { id }\n    }\n  }\n"): (typeof documents)["\n  query SessionEdit($id: ID!) {\n    agendaSession(id: $id) {\n      id\n      version\n      routeId\n      dayId\n      type\n      startTime\n      endTime\n      title\n      titleTranslations { en fr es }\n      notesTranslations { en fr es }\n      placeName\n      placeAddress\n      outsideCapital\n      latitude\n      longitude\n      interpretedLanguages\n      practice { id }\n      champions { id }\n      interpreters { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionChoices($routeId: ID!) {\n    route(id: $routeId) {\n      id\n      title\n      agenda { id date }\n      cases { id title }\n      routeTeam { id personId role person { id fullName } }\n    }\n    championReadiness(routeId: $routeId) {\n      practices { practice { id title } champions { id person { id fullName } } }\n    }\n  }\n"): (typeof documents)["\n  query SessionChoices($routeId: ID!) {\n    route(id: $routeId) {\n      id\n      title\n      agenda { id date }\n      cases { id title }\n      routeTeam { id personId role person { id fullName } }\n    }\n    championReadiness(routeId: $routeId) {\n      practices { practice { id title } champions { id person { id fullName } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgendaSession($input: CreateAgendaSessionInput!) {\n    createAgendaSession(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation CreateAgendaSession($input: CreateAgendaSessionInput!) {\n    createAgendaSession(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgendaSession($input: UpdateAgendaSessionInput!) {\n    updateAgendaSession(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation UpdateAgendaSession($input: UpdateAgendaSessionInput!) {\n    updateAgendaSession(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAgendaSession($id: ID!, $version: Int!) {\n    deleteAgendaSession(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteAgendaSession($id: ID!, $version: Int!) {\n    deleteAgendaSession(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TravellersList($first: Int!, $after: String, $filter: TravellerFilter) {\n    travellers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          travelStatus\n          visaStatus\n          hasPassportDetails\n          person { id fullName country { code name } }\n          legs { id direction arriveLocal toPlace }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TravellersList($first: Int!, $after: String, $filter: TravellerFilter) {\n    travellers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          travelStatus\n          visaStatus\n          hasPassportDetails\n          person { id fullName country { code name } }\n          legs { id direction arriveLocal toPlace }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TravellersSearch($search: String!) {\n    travellers(first: 5, filter: { search: $search }) {\n      edges { node { id travelStatus person { id fullName } route { id title } } }\n    }\n  }\n"): (typeof documents)["\n  query TravellersSearch($search: String!) {\n    travellers(first: 5, filter: { search: $search }) {\n      edges { node { id travelStatus person { id fullName } route { id title } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RouteTravellerOptions($routeId: ID!) {\n    travellers(first: 100, filter: { routeId: $routeId }) {\n      totalCount\n      edges { node { id personId person { id fullName } } }\n    }\n  }\n"): (typeof documents)["\n  query RouteTravellerOptions($routeId: ID!) {\n    travellers(first: 100, filter: { routeId: $routeId }) {\n      totalCount\n      edges { node { id personId person { id fullName } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRouteTravellers($routeId: ID!) {\n    addRouteTravellers(routeId: $routeId) { id }\n  }\n"): (typeof documents)["\n  mutation AddRouteTravellers($routeId: ID!) {\n    addRouteTravellers(routeId: $routeId) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TravellerDetail($id: ID!) {\n    traveller(id: $id) {\n      id\n      version\n      routeId\n      route { id title }\n      person { id fullName country { code name } }\n      kind\n      delegationCountry { code name }\n      travelStatus\n      visaStatus\n      allowedNextTravelStatuses\n      allowedNextVisaStatuses\n      hasPassportDetails\n      missingPassportDetails\n      passportNumber\n      passportExpiry\n      nationalityCode\n      dateOfBirth\n      insurance\n      insuredUntil\n      letterLanguage\n      notes\n      visaLetterUrl\n      legs {\n        id\n        version\n        direction\n        fromPlace\n        toPlace\n        departLocal\n        departTimeZone\n        arriveLocal\n        arriveTimeZone\n        carrier\n        bookingReference\n        cost { amount currency minorUnits }\n        meetPerson { id fullName }\n        meetingNote\n      }\n      travelHistory { id at from to changedBy reason }\n      visaHistory { id at from to changedBy reason }\n    }\n  }\n"): (typeof documents)["\n  query TravellerDetail($id: ID!) {\n    traveller(id: $id) {\n      id\n      version\n      routeId\n      route { id title }\n      person { id fullName country { code name } }\n      kind\n      delegationCountry { code name }\n      travelStatus\n      visaStatus\n      allowedNextTravelStatuses\n      allowedNextVisaStatuses\n      hasPassportDetails\n      missingPassportDetails\n      passportNumber\n      passportExpiry\n      nationalityCode\n      dateOfBirth\n      insurance\n      insuredUntil\n      letterLanguage\n      notes\n      visaLetterUrl\n      legs {\n        id\n        version\n        direction\n        fromPlace\n        toPlace\n        departLocal\n        departTimeZone\n        arriveLocal\n        arriveTimeZone\n        carrier\n        bookingReference\n        cost { amount currency minorUnits }\n        meetPerson { id fullName }\n        meetingNote\n      }\n      travelHistory { id at from to changedBy reason }\n      visaHistory { id at from to changedBy reason }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTraveller($input: UpdateTravellerInput!) {\n    updateTraveller(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation UpdateTraveller($input: UpdateTravellerInput!) {\n    updateTraveller(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTraveller($id: ID!, $version: Int!) {\n    removeTraveller(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation RemoveTraveller($id: ID!, $version: Int!) {\n    removeTraveller(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeTravelStatus($travellerId: ID!, $toStatus: TravelStatus!, $version: Int!, $reason: String) {\n    changeTravelStatus(travellerId: $travellerId, toStatus: $toStatus, version: $version, reason: $reason) { id version travelStatus }\n  }\n"): (typeof documents)["\n  mutation ChangeTravelStatus($travellerId: ID!, $toStatus: TravelStatus!, $version: Int!, $reason: String) {\n    changeTravelStatus(travellerId: $travellerId, toStatus: $toStatus, version: $version, reason: $reason) { id version travelStatus }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeVisaStatus($travellerId: ID!, $toStatus: VisaStatus!, $version: Int!, $reason: String) {\n    changeVisaStatus(travellerId: $travellerId, toStatus: $toStatus, version: $version, reason: $reason) { id version visaStatus }\n  }\n"): (typeof documents)["\n  mutation ChangeVisaStatus($travellerId: ID!, $toStatus: VisaStatus!, $version: Int!, $reason: String) {\n    changeVisaStatus(travellerId: $travellerId, toStatus: $toStatus, version: $version, reason: $reason) { id version visaStatus }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegChoices($routeId: ID!) {\n    route(id: $routeId) { id routeTeam { id personId role person { id fullName } } }\n    routeLogistics(routeId: $routeId) { id timeZone }\n  }\n"): (typeof documents)["\n  query LegChoices($routeId: ID!) {\n    route(id: $routeId) { id routeTeam { id personId role person { id fullName } } }\n    routeLogistics(routeId: $routeId) { id timeZone }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTravelLeg($input: CreateTravelLegInput!) {\n    addTravelLeg(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation AddTravelLeg($input: CreateTravelLegInput!) {\n    addTravelLeg(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTravelLeg($input: UpdateTravelLegInput!) {\n    updateTravelLeg(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation UpdateTravelLeg($input: UpdateTravelLegInput!) {\n    updateTravelLeg(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTravelLeg($id: ID!, $version: Int!) {\n    removeTravelLeg(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation RemoveTravelLeg($id: ID!, $version: Int!) {\n    removeTravelLeg(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManifestDays($routeId: ID!) {\n    manifestDays(routeId: $routeId) { date arrivals departures }\n  }\n"): (typeof documents)["\n  query ManifestDays($routeId: ID!) {\n    manifestDays(routeId: $routeId) { date arrivals departures }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DayManifest($routeId: ID!, $date: String!) {\n    arrivalsAndDepartures(routeId: $routeId, date: $date) {\n      routeId\n      date\n      timeZone\n      arrivals { ...ManifestEntryFields }\n      departures { ...ManifestEntryFields }\n    }\n  }\n  fragment ManifestEntryFields on ManifestEntry {\n    time\n    fromPlace\n    toPlace\n    carrier\n    bookingReference\n    meetingNote\n    kind\n    leg { id }\n    traveller { id }\n    person { id fullName }\n    delegationCountry { code name }\n    meetPerson { id fullName }\n  }\n"): (typeof documents)["\n  query DayManifest($routeId: ID!, $date: String!) {\n    arrivalsAndDepartures(routeId: $routeId, date: $date) {\n      routeId\n      date\n      timeZone\n      arrivals { ...ManifestEntryFields }\n      departures { ...ManifestEntryFields }\n    }\n  }\n  fragment ManifestEntryFields on ManifestEntry {\n    time\n    fromPlace\n    toPlace\n    carrier\n    bookingReference\n    meetingNote\n    kind\n    leg { id }\n    traveller { id }\n    person { id fullName }\n    delegationCountry { code name }\n    meetPerson { id fullName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisaBoard($first: Int!, $filter: TravellerFilter) {\n    travellers(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          visaStatus\n          hasPassportDetails\n          missingPassportDetails\n          visaLetterUrl\n          person { id fullName }\n          delegationCountry { code name }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VisaBoard($first: Int!, $filter: TravellerFilter) {\n    travellers(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          visaStatus\n          hasPassportDetails\n          missingPassportDetails\n          visaLetterUrl\n          person { id fullName }\n          delegationCountry { code name }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RouteHostCountry($routeId: ID!) {\n    route(id: $routeId) { id hostCountry { code name } }\n  }\n"): (typeof documents)["\n  query RouteHostCountry($routeId: ID!) {\n    route(id: $routeId) { id hostCountry { code name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisaTemplate($hostCountryCode: String!) {\n    visaLetterTemplate(hostCountryCode: $hostCountryCode) {\n      id\n      version\n      issuerName\n      issuerAddress\n      signatoryName\n      signatoryTitleTranslations { en fr es }\n      bodyTranslations { en fr es }\n    }\n    visaLetterPlaceholders\n  }\n"): (typeof documents)["\n  query VisaTemplate($hostCountryCode: String!) {\n    visaLetterTemplate(hostCountryCode: $hostCountryCode) {\n      id\n      version\n      issuerName\n      issuerAddress\n      signatoryName\n      signatoryTitleTranslations { en fr es }\n      bodyTranslations { en fr es }\n    }\n    visaLetterPlaceholders\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveVisaLetterTemplate($input: SaveVisaLetterTemplateInput!) {\n    saveVisaLetterTemplate(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation SaveVisaLetterTemplate($input: SaveVisaLetterTemplateInput!) {\n    saveVisaLetterTemplate(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteVisaLetterTemplate($hostCountryCode: String!, $version: Int!) {\n    deleteVisaLetterTemplate(hostCountryCode: $hostCountryCode, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteVisaLetterTemplate($hostCountryCode: String!, $version: Int!) {\n    deleteVisaLetterTemplate(hostCountryCode: $hostCountryCode, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomingNights($routeId: ID!) {\n    roomingNights(routeId: $routeId) { night people rooms }\n  }\n"): (typeof documents)["\n  query RoomingNights($routeId: ID!) {\n    roomingNights(routeId: $routeId) { night people rooms }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomingList($routeId: ID!, $night: String!) {\n    roomingList(routeId: $routeId, night: $night) {\n      routeId\n      night\n      people\n      rooms {\n        capacity\n        freeBeds\n        otherRoutesPeople\n        venue { id name }\n        room { id name }\n        people { id fullName }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoomingList($routeId: ID!, $night: String!) {\n    roomingList(routeId: $routeId, night: $night) {\n      routeId\n      night\n      people\n      rooms {\n        capacity\n        freeBeds\n        otherRoutesPeople\n        venue { id name }\n        room { id name }\n        people { id fullName }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RouteStays($first: Int!, $after: String, $filter: StayFilter) {\n    stays(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          version\n          checkIn\n          checkOut\n          nights\n          cost { amount currency minorUnits }\n          person { id fullName }\n          room { id name venue { id name } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RouteStays($first: Int!, $after: String, $filter: StayFilter) {\n    stays(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          version\n          checkIn\n          checkOut\n          nights\n          cost { amount currency minorUnits }\n          person { id fullName }\n          room { id name venue { id name } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StayRoomOptions($routeId: ID!) {\n    route(id: $routeId) { id startDate endDate hostCountryCode }\n    venues(first: 100) { edges { node { id name city countryCode rooms { id name capacity } } } }\n  }\n"): (typeof documents)["\n  query StayRoomOptions($routeId: ID!) {\n    route(id: $routeId) { id startDate endDate hostCountryCode }\n    venues(first: 100) { edges { node { id name city countryCode rooms { id name capacity } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddStay($input: AddStayInput!) {\n    addStay(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation AddStay($input: AddStayInput!) {\n    addStay(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveStay($id: ID!, $version: Int!) {\n    removeStay(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation RemoveStay($id: ID!, $version: Int!) {\n    removeStay(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VenuesList($first: Int!, $after: String, $filter: VenueFilter) {\n    venues(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name city country { code name } rooms { id capacity } } }\n    }\n  }\n"): (typeof documents)["\n  query VenuesList($first: Int!, $after: String, $filter: VenueFilter) {\n    venues(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name city country { code name } rooms { id capacity } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VenuesSearch($search: String!) {\n    venues(first: 5, filter: { search: $search }) { edges { node { id name city } } }\n  }\n"): (typeof documents)["\n  query VenuesSearch($search: String!) {\n    venues(first: 5, filter: { search: $search }) { edges { node { id name city } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VenueDetail($id: ID!) {\n    venue(id: $id) {\n      id\n      version\n      name\n      city\n      countryCode\n      country { code name }\n      address\n      phone\n      rooms { id version name capacity nightlyRate { amount currency minorUnits } }\n    }\n  }\n"): (typeof documents)["\n  query VenueDetail($id: ID!) {\n    venue(id: $id) {\n      id\n      version\n      name\n      city\n      countryCode\n      country { code name }\n      address\n      phone\n      rooms { id version name capacity nightlyRate { amount currency minorUnits } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVenue($input: UpdateVenueInput!) {\n    updateVenue(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation UpdateVenue($input: UpdateVenueInput!) {\n    updateVenue(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteVenue($id: ID!, $version: Int!) {\n    deleteVenue(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteVenue($id: ID!, $version: Int!) {\n    deleteVenue(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRoom($input: UpdateRoomInput!) {\n    updateRoom(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation UpdateRoom($input: UpdateRoomInput!) {\n    updateRoom(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRoom($id: ID!, $version: Int!) {\n    deleteRoom(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteRoom($id: ID!, $version: Int!) {\n    deleteRoom(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RouteBudget($routeId: ID!) {\n    route(id: $routeId) { id programme { id } }\n    routeBudget(routeId: $routeId) {\n      routeId\n      currency\n      planned { amount currency minorUnits }\n      actual { amount currency minorUnits }\n      variance { amount currency minorUnits }\n      costPerTraveller { amount currency minorUnits }\n      travellers\n      missingRates\n      problem\n      fromExpenses { amount currency minorUnits }\n      fromTravel { amount currency minorUnits }\n      fromStays { amount currency minorUnits }\n      categories {\n        category\n        planned { amount currency minorUnits }\n        actual { amount currency minorUnits }\n        variance { amount currency minorUnits }\n        lines {\n          expenseCount\n          planned { amount currency minorUnits }\n          actual { amount currency minorUnits }\n          line { id version label category planned { amount currency minorUnits } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RouteBudget($routeId: ID!) {\n    route(id: $routeId) { id programme { id } }\n    routeBudget(routeId: $routeId) {\n      routeId\n      currency\n      planned { amount currency minorUnits }\n      actual { amount currency minorUnits }\n      variance { amount currency minorUnits }\n      costPerTraveller { amount currency minorUnits }\n      travellers\n      missingRates\n      problem\n      fromExpenses { amount currency minorUnits }\n      fromTravel { amount currency minorUnits }\n      fromStays { amount currency minorUnits }\n      categories {\n        category\n        planned { amount currency minorUnits }\n        actual { amount currency minorUnits }\n        variance { amount currency minorUnits }\n        lines {\n          expenseCount\n          planned { amount currency minorUnits }\n          actual { amount currency minorUnits }\n          line { id version label category planned { amount currency minorUnits } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBudgetLine($input: CreateBudgetLineInput!) {\n    createBudgetLine(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation CreateBudgetLine($input: CreateBudgetLineInput!) {\n    createBudgetLine(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBudgetLine($input: UpdateBudgetLineInput!) {\n    updateBudgetLine(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation UpdateBudgetLine($input: UpdateBudgetLineInput!) {\n    updateBudgetLine(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBudgetLine($id: ID!, $version: Int!) {\n    deleteBudgetLine(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteBudgetLine($id: ID!, $version: Int!) {\n    deleteBudgetLine(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RouteExpenses($first: Int!, $after: String, $filter: ExpenseFilter) {\n    expenses(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          version\n          spentOn\n          description\n          exchangeRate\n          hasReceipt\n          receiptName\n          receiptUrl\n          amount { amount currency minorUnits }\n          converted { amount currency minorUnits }\n          budgetLine { id label category }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RouteExpenses($first: Int!, $after: String, $filter: ExpenseFilter) {\n    expenses(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          version\n          spentOn\n          description\n          exchangeRate\n          hasReceipt\n          receiptName\n          receiptUrl\n          amount { amount currency minorUnits }\n          converted { amount currency minorUnits }\n          budgetLine { id label category }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateExpense($input: CreateExpenseInput!) {\n    createExpense(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation CreateExpense($input: CreateExpenseInput!) {\n    createExpense(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteExpense($id: ID!, $version: Int!) {\n    deleteExpense(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteExpense($id: ID!, $version: Int!) {\n    deleteExpense(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExchangeRates($programmeId: ID!) {\n    exchangeRates(programmeId: $programmeId) { id version currency rate updatedAt }\n  }\n"): (typeof documents)["\n  query ExchangeRates($programmeId: ID!) {\n    exchangeRates(programmeId: $programmeId) { id version currency rate updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetExchangeRate($programmeId: ID!, $currency: String!, $rate: String!) {\n    setExchangeRate(programmeId: $programmeId, currency: $currency, rate: $rate) { id version currency rate }\n  }\n"): (typeof documents)["\n  mutation SetExchangeRate($programmeId: ID!, $currency: String!, $rate: String!) {\n    setExchangeRate(programmeId: $programmeId, currency: $currency, rate: $rate) { id version currency rate }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveExchangeRate($programmeId: ID!, $currency: String!) {\n    removeExchangeRate(programmeId: $programmeId, currency: $currency)\n  }\n"): (typeof documents)["\n  mutation RemoveExchangeRate($programmeId: ID!, $currency: String!) {\n    removeExchangeRate(programmeId: $programmeId, currency: $currency)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTrips {\n    me { id personId }\n    travellers(first: 10) { edges { node { id routeId route { id title startDate endDate } } } }\n  }\n"): (typeof documents)["\n  query MyTrips {\n    me { id personId }\n    travellers(first: 10) { edges { node { id routeId route { id title startDate endDate } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogisticsAgendaTile($routeId: ID!) {\n    agendaChecks(routeId: $routeId) { routeId ready blockingCount warningCount }\n  }\n"): (typeof documents)["\n  query LogisticsAgendaTile($routeId: ID!) {\n    agendaChecks(routeId: $routeId) { routeId ready blockingCount warningCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogisticsBudgetTile($routeId: ID!) {\n    routeBudget(routeId: $routeId) {\n      routeId\n      burnPercent\n      planned { minorUnits currency }\n      actual { minorUnits currency }\n      missingRates\n    }\n  }\n"): (typeof documents)["\n  query LogisticsBudgetTile($routeId: ID!) {\n    routeBudget(routeId: $routeId) {\n      routeId\n      burnPercent\n      planned { minorUnits currency }\n      actual { minorUnits currency }\n      missingRates\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogisticsProgrammeBudgetTile($programmeId: ID!) {\n    programmeBudget(programmeId: $programmeId) {\n      programmeId\n      burnPercent\n      budget { minorUnits currency }\n      planned { minorUnits currency }\n      actual { minorUnits currency }\n    }\n  }\n"): (typeof documents)["\n  query LogisticsProgrammeBudgetTile($programmeId: ID!) {\n    programmeBudget(programmeId: $programmeId) {\n      programmeId\n      burnPercent\n      budget { minorUnits currency }\n      planned { minorUnits currency }\n      actual { minorUnits currency }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;