import { graphql } from './generated';

// ---- Routes and settings ------------------------------------------------------------------

// Routes to choose from (every page of the section works on one route).
export const LogisticsRouteOptionsQuery = graphql(`
  query LogisticsRouteOptions {
    routes(first: 100) { edges { node { id title startDate endDate } } }
  }
`);

export const RouteLogisticsQuery = graphql(`
  query RouteLogistics($routeId: ID!) {
    routeLogistics(routeId: $routeId) { id version routeId timeZone capitalCity }
  }
`);

export const UpdateRouteLogisticsMutation = graphql(`
  mutation UpdateRouteLogistics($input: UpdateRouteLogisticsInput!) {
    updateRouteLogistics(input: $input) { id version timeZone capitalCity }
  }
`);

// ---- Agenda -------------------------------------------------------------------------------

export const RouteAgendaQuery = graphql(`
  query RouteAgenda($routeId: ID!, $lang: Language) {
    route(id: $routeId) {
      id
      title(lang: $lang)
      startDate
      endDate
      agenda {
        id
        version
        date
        title(lang: $lang)
        sessions {
          id
          version
          dayId
          type
          startTime
          endTime
          title(lang: $lang)
          placeName
          outsideCapital
          interpretedLanguages
          practice { id title(lang: $lang) }
          champions { id person { id fullName } }
          interpreters { id fullName }
        }
      }
    }
    routeLogistics(routeId: $routeId) { id timeZone capitalCity }
  }
`);

export const AgendaChecksQuery = graphql(`
  query AgendaChecks($routeId: ID!) {
    agendaChecks(routeId: $routeId) {
      routeId
      ready
      blockingCount
      warningCount
      findings { code severity message sessionIds dayId practiceId personId otherRouteId }
    }
  }
`);

export const MoveAgendaSessionMutation = graphql(`
  mutation MoveAgendaSession($input: MoveAgendaSessionInput!) {
    moveAgendaSession(input: $input) { id version dayId startTime endTime }
  }
`);

export const GenerateAgendaDaysMutation = graphql(`
  mutation GenerateAgendaDays($routeId: ID!) {
    generateAgendaDays(routeId: $routeId) { id }
  }
`);

export const AddAgendaDayMutation = graphql(`
  mutation AddAgendaDay($input: AddAgendaDayInput!) {
    addAgendaDay(input: $input) { id version date }
  }
`);

export const DeleteAgendaDayMutation = graphql(`
  mutation DeleteAgendaDay($id: ID!, $version: Int!) {
    deleteAgendaDay(id: $id, version: $version)
  }
`);

export const SessionEditQuery = graphql(`
  query SessionEdit($id: ID!) {
    agendaSession(id: $id) {
      id
      version
      routeId
      dayId
      type
      startTime
      endTime
      title
      titleTranslations { en fr es }
      notesTranslations { en fr es }
      placeName
      placeAddress
      outsideCapital
      latitude
      longitude
      interpretedLanguages
      practice { id }
      champions { id }
      interpreters { id }
    }
  }
`);

// What a session may name: the route's days, its cases, their champions, its team.
export const SessionChoicesQuery = graphql(`
  query SessionChoices($routeId: ID!) {
    route(id: $routeId) {
      id
      title
      agenda { id date }
      cases { id title }
      routeTeam { id personId role person { id fullName } }
    }
    championReadiness(routeId: $routeId) {
      practices { practice { id title } champions { id person { id fullName } } }
    }
  }
`);

export const CreateAgendaSessionMutation = graphql(`
  mutation CreateAgendaSession($input: CreateAgendaSessionInput!) {
    createAgendaSession(input: $input) { id version }
  }
`);

export const UpdateAgendaSessionMutation = graphql(`
  mutation UpdateAgendaSession($input: UpdateAgendaSessionInput!) {
    updateAgendaSession(input: $input) { id version }
  }
`);

export const DeleteAgendaSessionMutation = graphql(`
  mutation DeleteAgendaSession($id: ID!, $version: Int!) {
    deleteAgendaSession(id: $id, version: $version)
  }
`);

// ---- Travel -------------------------------------------------------------------------------

export const TravellersListQuery = graphql(`
  query TravellersList($first: Int!, $after: String, $filter: TravellerFilter) {
    travellers(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          travelStatus
          visaStatus
          hasPassportDetails
          person { id fullName country { code name } }
          legs { id direction arriveLocal toPlace }
        }
      }
    }
  }
`);

export const TravellersSearchQuery = graphql(`
  query TravellersSearch($search: String!) {
    travellers(first: 5, filter: { search: $search }) {
      edges { node { id travelStatus person { id fullName } route { id title } } }
    }
  }
`);

export const RouteTravellerOptionsQuery = graphql(`
  query RouteTravellerOptions($routeId: ID!) {
    travellers(first: 100, filter: { routeId: $routeId }) {
      totalCount
      edges { node { id personId person { id fullName } } }
    }
  }
`);

export const AddRouteTravellersMutation = graphql(`
  mutation AddRouteTravellers($routeId: ID!) {
    addRouteTravellers(routeId: $routeId) { id }
  }
`);

export const TravellerDetailQuery = graphql(`
  query TravellerDetail($id: ID!) {
    traveller(id: $id) {
      id
      version
      routeId
      route { id title }
      person { id fullName country { code name } }
      kind
      delegationCountry { code name }
      travelStatus
      visaStatus
      allowedNextTravelStatuses
      allowedNextVisaStatuses
      hasPassportDetails
      missingPassportDetails
      passportNumber
      passportExpiry
      nationalityCode
      dateOfBirth
      insurance
      insuredUntil
      letterLanguage
      notes
      visaLetterUrl
      legs {
        id
        version
        direction
        fromPlace
        toPlace
        departLocal
        departTimeZone
        arriveLocal
        arriveTimeZone
        carrier
        bookingReference
        cost { amount currency minorUnits }
        meetPerson { id fullName }
        meetingNote
      }
      travelHistory { id at from to changedBy reason }
      visaHistory { id at from to changedBy reason }
    }
  }
`);

export const UpdateTravellerMutation = graphql(`
  mutation UpdateTraveller($input: UpdateTravellerInput!) {
    updateTraveller(input: $input) { id version }
  }
`);

export const RemoveTravellerMutation = graphql(`
  mutation RemoveTraveller($id: ID!, $version: Int!) {
    removeTraveller(id: $id, version: $version)
  }
`);

export const ChangeTravelStatusMutation = graphql(`
  mutation ChangeTravelStatus($travellerId: ID!, $toStatus: TravelStatus!, $version: Int!, $reason: String) {
    changeTravelStatus(travellerId: $travellerId, toStatus: $toStatus, version: $version, reason: $reason) { id version travelStatus }
  }
`);

export const ChangeVisaStatusMutation = graphql(`
  mutation ChangeVisaStatus($travellerId: ID!, $toStatus: VisaStatus!, $version: Int!, $reason: String) {
    changeVisaStatus(travellerId: $travellerId, toStatus: $toStatus, version: $version, reason: $reason) { id version visaStatus }
  }
`);

// Who may meet a traveller (the route team) and the route's zone for the host side of a leg.
export const LegChoicesQuery = graphql(`
  query LegChoices($routeId: ID!) {
    route(id: $routeId) { id routeTeam { id personId role person { id fullName } } }
    routeLogistics(routeId: $routeId) { id timeZone }
  }
`);

export const AddTravelLegMutation = graphql(`
  mutation AddTravelLeg($input: CreateTravelLegInput!) {
    addTravelLeg(input: $input) { id version }
  }
`);

export const UpdateTravelLegMutation = graphql(`
  mutation UpdateTravelLeg($input: UpdateTravelLegInput!) {
    updateTravelLeg(input: $input) { id version }
  }
`);

export const RemoveTravelLegMutation = graphql(`
  mutation RemoveTravelLeg($id: ID!, $version: Int!) {
    removeTravelLeg(id: $id, version: $version)
  }
`);

export const ManifestDaysQuery = graphql(`
  query ManifestDays($routeId: ID!) {
    manifestDays(routeId: $routeId) { date arrivals departures }
  }
`);

export const DayManifestQuery = graphql(`
  query DayManifest($routeId: ID!, $date: String!) {
    arrivalsAndDepartures(routeId: $routeId, date: $date) {
      routeId
      date
      timeZone
      arrivals { ...ManifestEntryFields }
      departures { ...ManifestEntryFields }
    }
  }
  fragment ManifestEntryFields on ManifestEntry {
    time
    fromPlace
    toPlace
    carrier
    bookingReference
    meetingNote
    kind
    leg { id }
    traveller { id }
    person { id fullName }
    delegationCountry { code name }
    meetPerson { id fullName }
  }
`);

// ---- Visas --------------------------------------------------------------------------------

export const VisaBoardQuery = graphql(`
  query VisaBoard($first: Int!, $filter: TravellerFilter) {
    travellers(first: $first, filter: $filter) {
      totalCount
      edges {
        node {
          id
          visaStatus
          hasPassportDetails
          missingPassportDetails
          visaLetterUrl
          person { id fullName }
          delegationCountry { code name }
        }
      }
    }
  }
`);

export const RouteHostCountryQuery = graphql(`
  query RouteHostCountry($routeId: ID!) {
    route(id: $routeId) { id hostCountry { code name } }
  }
`);

export const VisaTemplateQuery = graphql(`
  query VisaTemplate($hostCountryCode: String!) {
    visaLetterTemplate(hostCountryCode: $hostCountryCode) {
      id
      version
      issuerName
      issuerAddress
      signatoryName
      signatoryTitleTranslations { en fr es }
      bodyTranslations { en fr es }
    }
    visaLetterPlaceholders
  }
`);

export const SaveVisaLetterTemplateMutation = graphql(`
  mutation SaveVisaLetterTemplate($input: SaveVisaLetterTemplateInput!) {
    saveVisaLetterTemplate(input: $input) { id version }
  }
`);

export const DeleteVisaLetterTemplateMutation = graphql(`
  mutation DeleteVisaLetterTemplate($hostCountryCode: String!, $version: Int!) {
    deleteVisaLetterTemplate(hostCountryCode: $hostCountryCode, version: $version)
  }
`);

// ---- Rooms --------------------------------------------------------------------------------

export const RoomingNightsQuery = graphql(`
  query RoomingNights($routeId: ID!) {
    roomingNights(routeId: $routeId) { night people rooms }
  }
`);

export const RoomingListQuery = graphql(`
  query RoomingList($routeId: ID!, $night: String!) {
    roomingList(routeId: $routeId, night: $night) {
      routeId
      night
      people
      rooms {
        capacity
        freeBeds
        otherRoutesPeople
        venue { id name }
        room { id name }
        people { id fullName }
      }
    }
  }
`);

export const RouteStaysQuery = graphql(`
  query RouteStays($first: Int!, $after: String, $filter: StayFilter) {
    stays(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          version
          checkIn
          checkOut
          nights
          cost { amount currency minorUnits }
          person { id fullName }
          room { id name venue { id name } }
        }
      }
    }
  }
`);

// Rooms in the route's host country, for booking a stay.
export const StayRoomOptionsQuery = graphql(`
  query StayRoomOptions($routeId: ID!) {
    route(id: $routeId) { id startDate endDate hostCountryCode }
    venues(first: 100) { edges { node { id name city countryCode rooms { id name capacity } } } }
  }
`);

export const AddStayMutation = graphql(`
  mutation AddStay($input: AddStayInput!) {
    addStay(input: $input) { id version }
  }
`);

export const RemoveStayMutation = graphql(`
  mutation RemoveStay($id: ID!, $version: Int!) {
    removeStay(id: $id, version: $version)
  }
`);

export const VenuesListQuery = graphql(`
  query VenuesList($first: Int!, $after: String, $filter: VenueFilter) {
    venues(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name city country { code name } rooms { id capacity } } }
    }
  }
`);

export const VenuesSearchQuery = graphql(`
  query VenuesSearch($search: String!) {
    venues(first: 5, filter: { search: $search }) { edges { node { id name city } } }
  }
`);

export const VenueDetailQuery = graphql(`
  query VenueDetail($id: ID!) {
    venue(id: $id) {
      id
      version
      name
      city
      countryCode
      country { code name }
      address
      phone
      rooms { id version name capacity nightlyRate { amount currency minorUnits } }
    }
  }
`);

export const CreateVenueMutation = graphql(`
  mutation CreateVenue($input: CreateVenueInput!) {
    createVenue(input: $input) { id version }
  }
`);

export const UpdateVenueMutation = graphql(`
  mutation UpdateVenue($input: UpdateVenueInput!) {
    updateVenue(input: $input) { id version }
  }
`);

export const DeleteVenueMutation = graphql(`
  mutation DeleteVenue($id: ID!, $version: Int!) {
    deleteVenue(id: $id, version: $version)
  }
`);

export const CreateRoomMutation = graphql(`
  mutation CreateRoom($input: CreateRoomInput!) {
    createRoom(input: $input) { id version }
  }
`);

export const UpdateRoomMutation = graphql(`
  mutation UpdateRoom($input: UpdateRoomInput!) {
    updateRoom(input: $input) { id version }
  }
`);

export const DeleteRoomMutation = graphql(`
  mutation DeleteRoom($id: ID!, $version: Int!) {
    deleteRoom(id: $id, version: $version)
  }
`);

// ---- Budget -------------------------------------------------------------------------------

export const RouteBudgetQuery = graphql(`
  query RouteBudget($routeId: ID!) {
    route(id: $routeId) { id programme { id } }
    routeBudget(routeId: $routeId) {
      routeId
      currency
      planned { amount currency minorUnits }
      actual { amount currency minorUnits }
      variance { amount currency minorUnits }
      costPerTraveller { amount currency minorUnits }
      travellers
      missingRates
      problem
      fromExpenses { amount currency minorUnits }
      fromTravel { amount currency minorUnits }
      fromStays { amount currency minorUnits }
      categories {
        category
        planned { amount currency minorUnits }
        actual { amount currency minorUnits }
        variance { amount currency minorUnits }
        lines {
          expenseCount
          planned { amount currency minorUnits }
          actual { amount currency minorUnits }
          line { id version label category planned { amount currency minorUnits } }
        }
      }
    }
  }
`);

export const CreateBudgetLineMutation = graphql(`
  mutation CreateBudgetLine($input: CreateBudgetLineInput!) {
    createBudgetLine(input: $input) { id version }
  }
`);

export const UpdateBudgetLineMutation = graphql(`
  mutation UpdateBudgetLine($input: UpdateBudgetLineInput!) {
    updateBudgetLine(input: $input) { id version }
  }
`);

export const DeleteBudgetLineMutation = graphql(`
  mutation DeleteBudgetLine($id: ID!, $version: Int!) {
    deleteBudgetLine(id: $id, version: $version)
  }
`);

export const RouteExpensesQuery = graphql(`
  query RouteExpenses($first: Int!, $after: String, $filter: ExpenseFilter) {
    expenses(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          version
          spentOn
          description
          exchangeRate
          hasReceipt
          receiptName
          receiptUrl
          amount { amount currency minorUnits }
          converted { amount currency minorUnits }
          budgetLine { id label category }
        }
      }
    }
  }
`);

export const CreateExpenseMutation = graphql(`
  mutation CreateExpense($input: CreateExpenseInput!) {
    createExpense(input: $input) { id version }
  }
`);

export const DeleteExpenseMutation = graphql(`
  mutation DeleteExpense($id: ID!, $version: Int!) {
    deleteExpense(id: $id, version: $version)
  }
`);

export const ExchangeRatesQuery = graphql(`
  query ExchangeRates($programmeId: ID!) {
    exchangeRates(programmeId: $programmeId) { id version currency rate updatedAt }
  }
`);

export const SetExchangeRateMutation = graphql(`
  mutation SetExchangeRate($programmeId: ID!, $currency: String!, $rate: String!) {
    setExchangeRate(programmeId: $programmeId, currency: $currency, rate: $rate) { id version currency rate }
  }
`);

export const RemoveExchangeRateMutation = graphql(`
  mutation RemoveExchangeRate($programmeId: ID!, $currency: String!) {
    removeExchangeRate(programmeId: $programmeId, currency: $currency)
  }
`);

// ---- A participant's own trip -------------------------------------------------------------

export const MyTripsQuery = graphql(`
  query MyTrips {
    me { id personId }
    travellers(first: 10) { edges { node { id routeId route { id title startDate endDate } } } }
  }
`);
