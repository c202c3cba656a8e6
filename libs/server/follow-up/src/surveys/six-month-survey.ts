import { reactOn, StateChange, type RequestContext } from '@lr/server-core';
import { routePhaseMachine, RoutePhase, type LearningRoute } from '@lr/server-core-domain';
import { addDays, addMonths, dateOf } from './survey-dates';
import { QuestionType, SurveyKind, SurveyStatus } from './survey-enums';
import { SurveyQuestion } from './survey-question.entity';
import { scheduleWindow } from './survey-schedule';
import { surveyStatusMachine } from './survey-status-machine';
import { addInvitations, routeParticipants } from './survey.service';
import { Survey } from './survey.entity';

/** The six-month survey opens this long after the route's last day (000 §48)… */
export const SIX_MONTHS = 6;
/** …and takes answers for four weeks. */
export const SIX_MONTH_SURVEY_DAYS = 28;

const likert = (en: string, fr: string, es: string) => ({ type: QuestionType.LIKERT, text: { en, fr, es }, required: true });

/** The standard questions: satisfaction and usefulness (Likert 1-5), then what changed and what to improve (free text). */
export const SIX_MONTH_QUESTIONS = [
  likert('Overall, I am satisfied with the learning route.', 'Dans l’ensemble, je suis satisfait·e de la route d’apprentissage.', 'En general, estoy satisfecho/a con la ruta de aprendizaje.'),
  likert('What I learned on the route has been useful in my work.', 'Ce que j’ai appris pendant la route m’a été utile dans mon travail.', 'Lo que aprendí en la ruta me ha sido útil en mi trabajo.'),
  likert('My team has put into practice part of our action plan.', 'Mon équipe a mis en œuvre une partie de notre plan d’action.', 'Mi equipo ha puesto en práctica parte de nuestro plan de acción.'),
  likert('I would recommend a learning route to a colleague.', 'Je recommanderais une route d’apprentissage à un·e collègue.', 'Recomendaría una ruta de aprendizaje a un/a colega.'),
  {
    type: QuestionType.FREE_TEXT,
    text: { en: 'What has changed in your work or organisation since the route?', fr: 'Qu’est-ce qui a changé dans votre travail ou votre organisation depuis la route ?', es: '¿Qué ha cambiado en su trabajo u organización desde la ruta?' },
    required: false,
  },
  {
    type: QuestionType.FREE_TEXT,
    text: { en: 'What should we improve in future routes?', fr: 'Que devrions-nous améliorer dans les prochaines routes ?', es: '¿Qué deberíamos mejorar en las próximas rutas?' },
    required: false,
  },
];

/**
 * Schedules the route's six-month survey when the route enters FOLLOW_UP — the moment the route
 * is over and its plans are final, and the first one when the end date and the participants are
 * settled (a job on the end date would miss routes whose dates change, and a route may reach
 * FOLLOW_UP after its end date). Only if the route has none yet (stepping back and forth makes
 * no second one; the unique index makes sure). Anonymous, opening six months after the end date
 * (or today, if that is past) for four weeks, with the standard questions and the route's SELECTED participants as roster;
 * SCHEDULED when there is a roster, else left in DRAFT for an editor to complete. It is written
 * here rather than through `transition`: whoever moves the route (an editor of core) need not
 * edit follow-up; the history entry says why it was scheduled.
 */
export async function scheduleSixMonthSurvey(ctx: RequestContext, route: LearningRoute): Promise<Survey | null> {
  if (!route.endDate) return null;
  const repo = ctx.repo(Survey);
  if (await repo.existsBy({ routeId: route.id, kind: SurveyKind.SIX_MONTH })) return null;
  // A route that reaches FOLLOW_UP more than six months after its end still gets its four weeks, from today.
  const planned = addMonths(route.endDate, SIX_MONTHS);
  const today = dateOf(new Date());
  const opensOn = planned < today ? today : planned;
  const survey = await repo.save(
    repo.create({
      programmeId: route.programmeId,
      routeId: route.id,
      kind: SurveyKind.SIX_MONTH,
      status: SurveyStatus.DRAFT,
      title: { en: 'Six months after the learning route', fr: 'Six mois après la route d’apprentissage', es: 'Seis meses después de la ruta de aprendizaje' },
      introduction: {
        en: 'Six months ago you took part in a learning route. Tell us how it has served you: it takes five minutes, and your answers are anonymous.',
        fr: 'Il y a six mois, vous avez participé à une route d’apprentissage. Dites-nous ce qu’elle vous a apporté : cela prend cinq minutes, et vos réponses sont anonymes.',
        es: 'Hace seis meses participó en una ruta de aprendizaje. Cuéntenos cómo le ha servido: toma cinco minutos y sus respuestas son anónimas.',
      },
      anonymous: true,
      opensOn,
      closesOn: addDays(opensOn, SIX_MONTH_SURVEY_DAYS),
      reminderDays: [7, 14],
    }),
  );
  const questions = ctx.repo(SurveyQuestion);
  await questions.save(SIX_MONTH_QUESTIONS.map((q, i) => questions.create({ ...q, surveyId: survey.id, position: i + 1, options: [] })));
  const roster = await routeParticipants(ctx, route.id);
  await addInvitations(ctx, survey.id, roster);
  if (!roster.length) return survey;
  survey.status = SurveyStatus.SCHEDULED;
  const scheduled = await repo.save(survey);
  const history = ctx.repo(StateChange);
  await history.insert(
    history.create({ machine: surveyStatusMachine.name, recordId: survey.id, fromState: SurveyStatus.DRAFT, toState: SurveyStatus.SCHEDULED, reason: 'Scheduled automatically when the route entered FOLLOW_UP', changedBy: 'system' }),
  );
  await scheduleWindow(ctx, scheduled);
  return scheduled;
}

export const sixMonthSurveyReaction = reactOn(routePhaseMachine, { to: RoutePhase.FOLLOW_UP, run: (ctx, route) => scheduleSixMonthSurvey(ctx, route).then(() => undefined) });
