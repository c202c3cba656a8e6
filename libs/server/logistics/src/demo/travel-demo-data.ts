/**
 * The Peru demo route's journeys (2014-06-09 to 06-16): each delegation flies together from its
 * capital's airport, with the connections airlines flew then, times as the tickets print them
 * in each airport's zone. Flight numbers follow the airlines' real routes; booking references,
 * costs and passport numbers are invented.
 */
import { LegDirection } from '../travel/travel-enums';

export interface LegSeed {
  direction: LegDirection;
  from: [place: string, zone: string, local: string];
  to: [place: string, zone: string, local: string];
  carrier: string;
  /** Decimal amount in `Itinerary.currency`, on the leg that carries the fare of its direction. */
  fare?: string;
}

export interface Itinerary {
  currency: string;
  legs: LegSeed[];
}

const { INBOUND, OUTBOUND } = LegDirection;

const LIM: [string, string] = ['Lima (LIM)', 'America/Lima'];
const AMS: [string, string] = ['Amsterdam (AMS)', 'Europe/Amsterdam'];
const CDG: [string, string] = ['Paris (CDG)', 'Europe/Paris'];
const MAD: [string, string] = ['Madrid (MAD)', 'Europe/Madrid'];
const BRU: [string, string] = ['Brussels (BRU)', 'Europe/Brussels'];
const BKK: [string, string] = ['Bangkok (BKK)', 'Asia/Bangkok'];
const PTY: [string, string] = ['Panama City (PTY)', 'America/Panama'];

const at = (place: [string, string], local: string): [string, string, string] => [place[0], place[1], local];
const leg = (direction: LegDirection, from: [string, string, string], to: [string, string, string], carrier: string, fare?: string): LegSeed => ({ direction, from, to, carrier, fare });

/** KLM's Amsterdam–Lima flights, shared by several journeys (they land together). */
const KL743 = (date: string) => leg(INBOUND, at(AMS, `${date}T10:30`), at(LIM, `${date}T16:15`), 'KLM KL743');
const KL744 = leg(OUTBOUND, at(LIM, '2014-06-16T19:00'), at(AMS, '2014-06-17T13:50'), 'KLM KL744');

/** By the delegation's country. */
export const DELEGATION_ITINERARIES: Readonly<Record<string, Itinerary>> = {
  TZ: {
    currency: 'USD',
    legs: [
      leg(INBOUND, ['Dar es Salaam (DAR)', 'Africa/Dar_es_Salaam', '2014-06-07T22:40'], at(AMS, '2014-06-08T07:10'), 'KLM KL570', '1240.00'),
      KL743('2014-06-08'),
      { ...KL744, fare: '1240.00' },
      leg(OUTBOUND, at(AMS, '2014-06-17T20:30'), ['Dar es Salaam (DAR)', 'Africa/Dar_es_Salaam', '2014-06-18T06:30'], 'KLM KL569'),
    ],
  },
  BJ: {
    // Booked through the programme's office in Paris.
    currency: 'EUR',
    legs: [
      leg(INBOUND, ['Cotonou (COO)', 'Africa/Porto-Novo', '2014-06-07T23:35'], at(CDG, '2014-06-08T07:00'), 'Air France AF765', '1075.00'),
      leg(INBOUND, at(CDG, '2014-06-08T11:20'), at(LIM, '2014-06-08T16:30'), 'Air France AF480'),
      leg(OUTBOUND, at(LIM, '2014-06-16T18:05'), at(CDG, '2014-06-17T12:25'), 'Air France AF481', '1075.00'),
      leg(OUTBOUND, at(CDG, '2014-06-17T16:10'), ['Cotonou (COO)', 'Africa/Porto-Novo', '2014-06-17T21:30'], 'Air France AF764'),
    ],
  },
  GT: {
    currency: 'USD',
    legs: [
      leg(INBOUND, ['Guatemala City (GUA)', 'America/Guatemala', '2014-06-08T06:10'], at(PTY, '2014-06-08T09:25'), 'Copa CM391', '445.00'),
      leg(INBOUND, at(PTY, '2014-06-08T10:50'), at(LIM, '2014-06-08T14:20'), 'Copa CM493'),
      leg(OUTBOUND, at(LIM, '2014-06-16T15:05'), at(PTY, '2014-06-16T18:25'), 'Copa CM492', '445.00'),
      leg(OUTBOUND, at(PTY, '2014-06-16T20:15'), ['Guatemala City (GUA)', 'America/Guatemala', '2014-06-16T21:35'], 'Copa CM394'),
    ],
  },
  LA: {
    currency: 'USD',
    legs: [
      leg(INBOUND, ['Vientiane (VTE)', 'Asia/Vientiane', '2014-06-07T15:40'], at(BKK, '2014-06-07T16:50'), 'Thai Airways TG575', '1560.00'),
      leg(INBOUND, at(BKK, '2014-06-07T23:40'), at(AMS, '2014-06-08T06:40'), 'KLM KL876'),
      KL743('2014-06-08'),
      { ...KL744, fare: '1560.00' },
      leg(OUTBOUND, at(AMS, '2014-06-17T17:35'), at(BKK, '2014-06-18T09:35'), 'KLM KL875'),
      leg(OUTBOUND, at(BKK, '2014-06-18T12:45'), ['Vientiane (VTE)', 'Asia/Vientiane', '2014-06-18T13:55'], 'Thai Airways TG574'),
    ],
  },
  SL: {
    currency: 'USD',
    legs: [
      leg(INBOUND, ['Freetown (FNA)', 'Africa/Freetown', '2014-06-07T21:40'], at(BRU, '2014-06-08T05:40'), 'Brussels Airlines SN240', '1380.00'),
      leg(INBOUND, at(BRU, '2014-06-08T13:05'), at(MAD, '2014-06-08T15:30'), 'Iberia IB3201'),
      // The overnight flight lands on the route's first morning.
      leg(INBOUND, at(MAD, '2014-06-08T23:55'), at(LIM, '2014-06-09T05:00'), 'Iberia IB6651'),
      leg(OUTBOUND, at(LIM, '2014-06-16T18:20'), at(MAD, '2014-06-17T12:40'), 'Iberia IB6650', '1380.00'),
      leg(OUTBOUND, at(MAD, '2014-06-17T18:40'), at(BRU, '2014-06-17T21:00'), 'Iberia IB3206'),
      leg(OUTBOUND, at(BRU, '2014-06-18T10:45'), ['Freetown (FNA)', 'Africa/Freetown', '2014-06-18T15:30'], 'Brussels Airlines SN239'),
    ],
  },
};

/** The route team, by e-mail: they arrive the day before the delegations. */
export const TEAM_ITINERARIES: Readonly<Record<string, Itinerary>> = {
  'carolina.fuentes@example.org': {
    currency: 'USD',
    legs: [
      leg(INBOUND, ['Santiago (SCL)', 'America/Santiago', '2014-06-07T10:15'], at(LIM, '2014-06-07T12:55'), 'LAN LA2369', '320.00'),
      // Leaves after the closing dinner, past midnight.
      leg(OUTBOUND, at(LIM, '2014-06-17T01:20'), ['Santiago (SCL)', 'America/Santiago', '2014-06-17T05:55'], 'LAN LA2370', '320.00'),
    ],
  },
  'david.otieno@example.org': {
    currency: 'USD',
    legs: [
      leg(INBOUND, ['Nairobi (NBO)', 'Africa/Nairobi', '2014-06-06T23:40'], at(AMS, '2014-06-07T07:35'), 'KLM KL566', '1195.00'),
      KL743('2014-06-07'),
      { ...KL744, fare: '1195.00' },
      leg(OUTBOUND, at(AMS, '2014-06-17T20:25'), ['Nairobi (NBO)', 'Africa/Nairobi', '2014-06-18T05:50'], 'KLM KL565'),
    ],
  },
  'helene.marchand@example.org': {
    // Paid in Switzerland, in francs.
    currency: 'CHF',
    legs: [
      leg(INBOUND, ['Geneva (GVA)', 'Europe/Zurich', '2014-06-07T07:05'], at(MAD, '2014-06-07T09:05'), 'Iberia IB3481', '990.00'),
      leg(INBOUND, at(MAD, '2014-06-07T12:15'), at(LIM, '2014-06-07T17:25'), 'LAN LA2485'),
      leg(OUTBOUND, at(LIM, '2014-06-16T18:20'), at(MAD, '2014-06-17T12:40'), 'Iberia IB6650', '990.00'),
      leg(OUTBOUND, at(MAD, '2014-06-17T15:45'), ['Geneva (GVA)', 'Europe/Zurich', '2014-06-17T17:40'], 'Iberia IB3486'),
    ],
  },
};

/** Passports that need no visa for Peru (2014): the Andean and Central American neighbours, Chile, Switzerland. */
export const NO_VISA_FOR_PERU = new Set(['PE', 'GT', 'CL', 'CH']);

export const PERU_TEMPLATE = {
  hostCountryCode: 'PE',
  issuerName: 'Ministerio de Desarrollo e Inclusión Social — Oficina de Coordinación en Nutrición',
  issuerAddress: 'Av. Paseo de la República 3101\nSan Isidro, Lima 27\nPerú',
  signatoryName: 'Rosa Quispe Huamán',
  signatoryTitle: {
    en: 'Nutrition coordination specialist, host focal point of the learning route',
    fr: 'Spécialiste de la coordination en nutrition, point focal de la route d’apprentissage',
    es: 'Especialista en coordinación de nutrición, punto focal de la ruta de aprendizaje',
  },
  body: {
    en: [
      'The Ministry of Development and Social Inclusion of Peru is pleased to invite {name}, a national of {nationality}, born on {dateOfBirth} and holder of passport number {passportNumber}, to the learning route “{routeTitle}”, held in {city} and in the regions of Peru from {startDate} to {endDate}.',
      'The purpose of the visit is {purpose}. During the route, the programme covers the traveller’s accommodation, meals and travel within Peru.',
      'We kindly ask you to grant {name} the visa needed for this visit, and remain at your disposal for any further information.',
    ].join('\n\n'),
    fr: [
      'Le ministère du Développement et de l’Inclusion sociale du Pérou a le plaisir d’inviter {name}, de nationalité {nationality}, né(e) le {dateOfBirth}, titulaire du passeport numéro {passportNumber}, à la route d’apprentissage « {routeTitle} », qui se tiendra à {city} et dans les régions du Pérou du {startDate} au {endDate}.',
      'La visite a pour objet de {purpose}. Pendant la route, le programme prend en charge l’hébergement, les repas et les déplacements au Pérou.',
      'Nous vous serions reconnaissants de bien vouloir accorder à {name} le visa nécessaire à cette visite et restons à votre disposition pour tout renseignement complémentaire.',
    ].join('\n\n'),
    es: [
      'El Ministerio de Desarrollo e Inclusión Social del Perú tiene el agrado de invitar a {name}, de nacionalidad {nationality}, nacido/a el {dateOfBirth}, titular del pasaporte número {passportNumber}, a la ruta de aprendizaje «{routeTitle}», que se realizará en {city} y en regiones del Perú del {startDate} al {endDate}.',
      'El propósito de la visita es {purpose}. Durante la ruta, el programa cubre el alojamiento, la alimentación y los traslados dentro del Perú.',
      'Les agradeceremos otorgar a {name} el visado necesario para esta visita y quedamos a su disposición para cualquier información adicional.',
    ].join('\n\n'),
  },
};
