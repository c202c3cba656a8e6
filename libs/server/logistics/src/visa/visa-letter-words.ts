import { Language } from '@lr/server-core';

export type TravellerRole = 'PARTICIPANT' | 'TEAM';

/** What every visa letter says around its body, per language. */
export interface LetterWords {
  /** For `Intl`: how dates are written in the letter. */
  locale: string;
  documentTitle: (name: string) => string;
  /** "Lima, 12 May 2025". */
  placeAndDate: (city: string | null, date: string) => string;
  recipient: string;
  subject: (routeTitle: string) => string;
  salutation: string;
  closing: string;
  /** What {purpose} reads as, by why the traveller comes. */
  purpose: Record<TravellerRole, string>;
}

export const LETTER_WORDS: Readonly<Record<Language, LetterWords>> = {
  [Language.EN]: {
    locale: 'en-GB',
    documentTitle: (name) => `Visa invitation letter for ${name}`,
    placeAndDate: (city, date) => (city ? `${city}, ${date}` : date),
    recipient: 'To the consular section of the competent embassy or consulate',
    subject: (title) => `Subject: letter of invitation — ${title}`,
    salutation: 'Dear Sir or Madam,',
    closing: 'Yours faithfully,',
    purpose: {
      PARTICIPANT: 'to take part, as a member of an invited delegation, in a programme of field visits, workshops and exchanges with local practitioners',
      TEAM: 'to organise and facilitate, as a member of the route team, a programme of field visits, workshops and exchanges with local practitioners',
    },
  },
  [Language.FR]: {
    locale: 'fr-FR',
    documentTitle: (name) => `Lettre d’invitation pour le visa de ${name}`,
    placeAndDate: (city, date) => (city ? `${city}, le ${date}` : `Le ${date}`),
    recipient: 'À l’attention de la section consulaire de l’ambassade ou du consulat compétent',
    subject: (title) => `Objet : lettre d’invitation — ${title}`,
    salutation: 'Madame, Monsieur,',
    closing: 'Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.',
    purpose: {
      PARTICIPANT: 'participer, en tant que membre d’une délégation invitée, à un programme de visites de terrain, d’ateliers et d’échanges avec des praticiens locaux',
      TEAM: 'organiser et animer, en tant que membre de l’équipe de la route, un programme de visites de terrain, d’ateliers et d’échanges avec des praticiens locaux',
    },
  },
  [Language.ES]: {
    locale: 'es-ES',
    documentTitle: (name) => `Carta de invitación para el visado de ${name}`,
    placeAndDate: (city, date) => (city ? `${city}, ${date}` : date),
    recipient: 'A la sección consular de la embajada o el consulado competente',
    subject: (title) => `Asunto: carta de invitación — ${title}`,
    salutation: 'Estimados señores:',
    closing: 'Atentamente,',
    purpose: {
      PARTICIPANT: 'participar, como miembro de una delegación invitada, en un programa de visitas de campo, talleres e intercambios con profesionales locales',
      TEAM: 'organizar y facilitar, como miembro del equipo de la ruta, un programa de visitas de campo, talleres e intercambios con profesionales locales',
    },
  },
};

/** A date written out in the letter's language, e.g. "12 mai 2025". */
export function longDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(LETTER_WORDS[language].locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
