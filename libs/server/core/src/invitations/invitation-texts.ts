import { Language } from '../i18n/language';

/** What an invitation e-mail says, filled in. */
export interface InvitationMailValues {
  /** The invited user's name. */
  name: string;
  /** `${PORTAL_URL}/welcome?token=…` */
  link: string;
  expiresAt: Date;
  /** Who invited them, when a person did. */
  invitedBy?: string | null;
}

interface Texts {
  subject: string;
  greeting: (name: string) => string;
  intro: (invitedBy?: string | null) => string;
  action: string;
  button: string;
  expiry: (date: string) => string;
  ignore: string;
}

// The invitation e-mail in each language the platform speaks. Keep the three in step.
const TEXTS: Record<Language, Texts> = {
  [Language.EN]: {
    subject: 'Your invitation to Learning Routes',
    greeting: (name) => `Hello ${name},`,
    intro: (by) => `${by ? `${by} has invited you` : 'You have been invited'} to join Learning Routes, the platform of the learning routes programme.`,
    action: 'To activate your account, choose your password here:',
    button: 'Choose my password',
    expiry: (date) => `This link can be used once and expires on ${date} (UTC).`,
    ignore: 'If you were not expecting this invitation, you can ignore this message.',
  },
  [Language.FR]: {
    subject: 'Votre invitation à Learning Routes',
    greeting: (name) => `Bonjour ${name},`,
    intro: (by) => `${by ? `${by} vous invite` : 'Vous êtes invité·e'} à rejoindre Learning Routes, la plateforme du programme des routes d’apprentissage.`,
    action: 'Pour activer votre compte, choisissez votre mot de passe ici :',
    button: 'Choisir mon mot de passe',
    expiry: (date) => `Ce lien ne peut servir qu’une fois et expire le ${date} (UTC).`,
    ignore: 'Si vous n’attendiez pas cette invitation, vous pouvez ignorer ce message.',
  },
  [Language.ES]: {
    subject: 'Su invitación a Learning Routes',
    greeting: (name) => `Hola, ${name}:`,
    intro: (by) => `${by ? `${by} le invita` : 'Ha sido invitado/a'} a unirse a Learning Routes, la plataforma del programa de rutas de aprendizaje.`,
    action: 'Para activar su cuenta, elija su contraseña aquí:',
    button: 'Elegir mi contraseña',
    expiry: (date) => `Este enlace solo puede usarse una vez y caduca el ${date} (UTC).`,
    ignore: 'Si no esperaba esta invitación, puede ignorar este mensaje.',
  },
};

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

// The password reset e-mail (`sendPasswordReset`): the same link, worded as a reset. The old
// password keeps working until the link is used, which `ignore` tells the reader.
const RESET_TEXTS: Record<Language, Texts> = {
  [Language.EN]: {
    subject: 'Choose a new password for Learning Routes',
    greeting: (name) => `Hello ${name},`,
    intro: (by) => `${by ? `${by}, an administrator of Learning Routes,` : 'An administrator of Learning Routes'} has sent you a link to choose a new password for your account.`,
    action: 'Choose your new password here:',
    button: 'Choose a new password',
    expiry: (date) => `This link can be used once and expires on ${date} (UTC).`,
    ignore: 'If you did not ask for a new password, you can ignore this message: your current password keeps working until the link is used.',
  },
  [Language.FR]: {
    subject: 'Choisissez un nouveau mot de passe pour Learning Routes',
    greeting: (name) => `Bonjour ${name},`,
    intro: (by) => `${by ? `${by}, administrateur·rice de Learning Routes,` : 'Un·e administrateur·rice de Learning Routes'} vous a envoyé un lien pour choisir un nouveau mot de passe pour votre compte.`,
    action: 'Choisissez votre nouveau mot de passe ici :',
    button: 'Choisir un nouveau mot de passe',
    expiry: (date) => `Ce lien ne peut servir qu’une fois et expire le ${date} (UTC).`,
    ignore: 'Si vous n’avez pas demandé de nouveau mot de passe, vous pouvez ignorer ce message : votre mot de passe actuel reste valable tant que le lien n’a pas servi.',
  },
  [Language.ES]: {
    subject: 'Elija una nueva contraseña para Learning Routes',
    greeting: (name) => `Hola, ${name}:`,
    intro: (by) => `${by ? `${by}, administrador/a de Learning Routes,` : 'Un/a administrador/a de Learning Routes'} le ha enviado un enlace para elegir una nueva contraseña para su cuenta.`,
    action: 'Elija su nueva contraseña aquí:',
    button: 'Elegir una nueva contraseña',
    expiry: (date) => `Este enlace solo puede usarse una vez y caduca el ${date} (UTC).`,
    ignore: 'Si no ha pedido una nueva contraseña, puede ignorar este mensaje: su contraseña actual sigue siendo válida hasta que se use el enlace.',
  },
};

/** The invitation e-mail in `language`: subject, plain text and HTML. */
export function invitationMail(language: Language, values: InvitationMailValues): { subject: string; text: string; html: string } {
  return linkMail(language, TEXTS[language] ?? TEXTS[Language.EN], values);
}

/** The password reset e-mail in `language` (`invitedBy`: the admin who sent it). */
export function passwordResetMail(language: Language, values: InvitationMailValues): { subject: string; text: string; html: string } {
  return linkMail(language, RESET_TEXTS[language] ?? RESET_TEXTS[Language.EN], values);
}

/** An e-mail that carries a one-time link, from its texts: subject, plain text and HTML. */
function linkMail(language: Language, t: Texts, values: InvitationMailValues): { subject: string; text: string; html: string } {
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(values.expiresAt);
  const paragraphs = [t.greeting(values.name), t.intro(values.invitedBy), t.action];
  const text = [...paragraphs, values.link, t.expiry(date), t.ignore, '— Learning Routes'].join('\n\n') + '\n';
  const html =
    `<!doctype html><html lang="${language}"><body style="font-family:sans-serif;line-height:1.5">` +
    paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('') +
    `<p><a href="${escapeHtml(values.link)}" style="display:inline-block;padding:10px 16px;background:#1d5c96;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(t.button)}</a></p>` +
    `<p style="font-size:90%">${escapeHtml(values.link)}</p>` +
    `<p>${escapeHtml(t.expiry(date))}</p><p>${escapeHtml(t.ignore)}</p><p>— Learning Routes</p></body></html>`;
  return { subject: t.subject, text, html };
}
