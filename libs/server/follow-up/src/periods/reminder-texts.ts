import { Language } from '@lr/server-core';

/** What a reminder says: one e-mail per owner, listing their indicators with no report in the period. */
export interface ReminderFacts {
  givenName: string;
  label: string;
  startsOn: string;
  endsOn: string;
  closesOn: string;
  indicators: string[];
  link: string;
}

type Texts = { subject: (f: ReminderFacts) => string; text: (f: ReminderFacts) => string };

const list = (f: ReminderFacts) => f.indicators.map((name) => `- ${name}`).join('\n');

const TEXTS: Record<Language, Texts> = {
  [Language.EN]: {
    subject: (f) => `Reminder: report on your indicators for "${f.label}" by ${f.closesOn}`,
    text: (f) =>
      `Hello ${f.givenName},\n\nThe reporting period "${f.label}" (${f.startsOn} to ${f.endsOn}) closes on ${f.closesOn}. ` +
      `These indicators you report on have no report dated in it yet:\n\n${list(f)}\n\n` +
      `Please add your progress before then: the day after, the period is locked and only an admin can reopen it.\n\n${f.link}\n`,
  },
  [Language.FR]: {
    subject: (f) => `Rappel : rendez compte de vos indicateurs pour « ${f.label} » d’ici le ${f.closesOn}`,
    text: (f) =>
      `Bonjour ${f.givenName},\n\nLa période de suivi « ${f.label} » (du ${f.startsOn} au ${f.endsOn}) se clôt le ${f.closesOn}. ` +
      `Ces indicateurs dont vous rendez compte n’ont encore aucun rapport daté dans cette période :\n\n${list(f)}\n\n` +
      `Merci d’ajouter vos progrès d’ici là : le lendemain, la période est verrouillée et seul un administrateur peut la rouvrir.\n\n${f.link}\n`,
  },
  [Language.ES]: {
    subject: (f) => `Recordatorio: informe sobre sus indicadores de «${f.label}» antes del ${f.closesOn}`,
    text: (f) =>
      `Hola ${f.givenName}:\n\nEl periodo de seguimiento «${f.label}» (del ${f.startsOn} al ${f.endsOn}) cierra el ${f.closesOn}. ` +
      `Estos indicadores de los que usted informa aún no tienen ningún informe con fecha en ese periodo:\n\n${list(f)}\n\n` +
      `Agregue sus avances antes de esa fecha: al día siguiente el periodo se bloquea y solo un administrador puede reabrirlo.\n\n${f.link}\n`,
  },
};

export function reminderMail(language: Language, facts: ReminderFacts): { subject: string; text: string } {
  const texts = TEXTS[language];
  return { subject: texts.subject(facts), text: texts.text(facts) };
}
