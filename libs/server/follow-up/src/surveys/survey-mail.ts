import { Language, LANGUAGES, localize, type LocalizedValue } from '@lr/server-core';

/** What the invitation and reminder e-mails say, in each language the platform speaks. Keep the three in step. */
const TEXTS: Record<Language, { invite: (title: string) => string; remind: (title: string) => string; greeting: (name: string) => string; body: string; anonymous: string; until: (date: string) => string; thanks: string }> = {
  [Language.EN]: {
    invite: (t) => `Survey: ${t}`,
    remind: (t) => `Reminder — survey: ${t}`,
    greeting: (n) => `Hello ${n},`,
    body: 'We would like to hear how the learning route has served you. Your answers take a few minutes; open the survey with your personal link (no password needed):',
    anonymous: 'This survey is anonymous: your answers are never linked to your name.',
    until: (d) => `The survey is open until ${d}.`,
    thanks: 'Thank you!',
  },
  [Language.FR]: {
    invite: (t) => `Enquête : ${t}`,
    remind: (t) => `Rappel — enquête : ${t}`,
    greeting: (n) => `Bonjour ${n},`,
    body: 'Nous aimerions savoir ce que la route d’apprentissage vous a apporté. Répondre prend quelques minutes ; ouvrez l’enquête avec votre lien personnel (sans mot de passe) :',
    anonymous: 'Cette enquête est anonyme : vos réponses ne sont jamais liées à votre nom.',
    until: (d) => `L’enquête est ouverte jusqu’au ${d}.`,
    thanks: 'Merci !',
  },
  [Language.ES]: {
    invite: (t) => `Encuesta: ${t}`,
    remind: (t) => `Recordatorio — encuesta: ${t}`,
    greeting: (n) => `Hola ${n}:`,
    body: 'Nos gustaría saber cómo le ha servido la ruta de aprendizaje. Responder toma unos minutos; abra la encuesta con su enlace personal (sin contraseña):',
    anonymous: 'Esta encuesta es anónima: sus respuestas nunca se vinculan con su nombre.',
    until: (d) => `La encuesta está abierta hasta el ${d}.`,
    thanks: '¡Gracias!',
  },
};

/** The language of someone's e-mail: the first platform language they speak, else English. */
export function mailLanguage(spoken: readonly string[]): Language {
  return (spoken.map((l) => l.toLowerCase()).find((l) => (LANGUAGES as readonly string[]).includes(l)) as Language | undefined) ?? Language.EN;
}

/** The subject and text of an invitation or a reminder. */
export function surveyMail(kind: 'invite' | 'remind', values: { name: string; title: LocalizedValue; link: string; closesOn: string; anonymous: boolean; language: Language }) {
  const t = TEXTS[values.language];
  const title = (localize(values.title, values.language) ?? '').replace(/[\r\n]+/g, ' ').slice(0, 250);
  const text = [t.greeting(values.name), '', t.body, values.link, '', ...(values.anonymous ? [t.anonymous] : []), t.until(values.closesOn), '', t.thanks, ''].join('\n');
  return { subject: t[kind](title), text };
}
