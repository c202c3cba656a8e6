import { createHash, randomBytes } from 'node:crypto';
import type { RequestContext } from '@lr/server-core';
import { Participant, SelectionStatus } from '@lr/server-delegations';
import { SIX_MONTH_QUESTIONS } from '../surveys/six-month-survey';
import { QuestionType, SurveyKind, SurveyStatus } from '../surveys/survey-enums';
import { surveyStatusMachine } from '../surveys/survey-status-machine';
import { SurveyInvitation } from '../surveys/survey-invitation.entity';
import { SurveyQuestion, type QuestionOption } from '../surveys/survey-question.entity';
import { SurveyResponse, type AnswerValue } from '../surveys/survey-response.entity';
import { Survey } from '../surveys/survey.entity';
import { recordMove } from './demo-actor';

const option = (value: string, en: string, fr: string, es: string): QuestionOption => ({ value, label: { en, fr, es } });

/**
 * The questionnaire: the surveys area's standard six-month questions (four Likert statements,
 * then what changed and what to improve), and two the route's team added — how far the plan is
 * implemented (single choice) and which practices were adapted (multiple choice).
 */
const QUESTIONS: { type: QuestionType; text: { en: string; fr: string; es: string }; options?: QuestionOption[]; required: boolean }[] = [
  ...SIX_MONTH_QUESTIONS,
  {
    type: QuestionType.SINGLE_CHOICE,
    text: { en: 'How far is your team’s action plan implemented?', fr: 'Où en est la mise en œuvre du plan d’action de votre équipe ?', es: '¿Cuánto se ha implementado el plan de acción de su equipo?' },
    options: [
      option('not_started', 'Not started', 'Pas commencé', 'Sin empezar'),
      option('under_way', 'Under way', 'En cours', 'En marcha'),
      option('mostly_done', 'Mostly done', 'En grande partie réalisé', 'Casi terminado'),
      option('done', 'Done', 'Réalisé', 'Terminado'),
    ],
    required: true,
  },
  {
    type: QuestionType.MULTIPLE_CHOICE,
    text: { en: 'Which of the route’s practices have you adapted?', fr: 'Quelles pratiques de la route avez-vous adaptées ?', es: '¿Qué prácticas de la ruta ha adaptado?' },
    options: [
      option('district_articulation', 'District multi-sectoral articulation', 'Articulation multisectorielle au district', 'Articulación multisectorial distrital'),
      option('results_budgeting', 'Results-based budgeting for nutrition', 'Budget axé sur les résultats pour la nutrition', 'Presupuesto por resultados para la nutrición'),
      option('growth_monitoring', 'Community growth monitoring', 'Suivi communautaire de la croissance', 'Vigilancia comunitaria del crecimiento'),
      option('none', 'None yet', 'Aucune pour l’instant', 'Ninguna todavía'),
    ],
    required: true,
  },
];

interface AnswerSeed {
  on: string;
  /** Scores for the four statements: satisfied, useful, put into practice, would recommend. */
  scores: [number, number, number, number];
  changed?: string;
  improve?: string;
  plan: string;
  adapted: string[];
}

/** Ten answers (invented). */
const ANSWERS: AnswerSeed[] = [
  { on: '2014-12-16', scores: [5, 5, 4, 5], changed: 'Our district committee now meets with health and agriculture together.', improve: 'More time with the district teams, less in the capital.', plan: 'under_way', adapted: ['district_articulation'] },
  { on: '2014-12-17', scores: [5, 4, 4, 5], plan: 'mostly_done', adapted: ['results_budgeting'] },
  { on: '2014-12-17', scores: [4, 4, 3, 4], improve: 'Más tiempo para preparar el plan antes de volver.', plan: 'under_way', adapted: ['district_articulation', 'growth_monitoring'] },
  { on: '2014-12-19', scores: [4, 4, 3, 4], changed: 'We follow the nutrition budget line in two regions.', plan: 'under_way', adapted: ['results_budgeting'] },
  { on: '2014-12-22', scores: [5, 5, 4, 5], improve: 'Invite the finance ministry too.', plan: 'mostly_done', adapted: ['district_articulation', 'results_budgeting'] },
  { on: '2014-12-23', scores: [3, 3, 2, 4], improve: 'Our plan waits for the new council: help with the handover.', plan: 'not_started', adapted: ['none'] },
  { on: '2014-12-23', scores: [4, 3, 3, 4], plan: 'under_way', adapted: ['growth_monitoring'] },
  { on: '2015-01-05', scores: [5, 5, 5, 5], changed: 'La commune a adopté un plan multisectoriel.', improve: 'Plus de traduction simultanée pendant les visites.', plan: 'done', adapted: ['district_articulation'] },
  { on: '2015-01-06', scores: [4, 4, 4, 4], plan: 'under_way', adapted: ['results_budgeting'] },
  { on: '2015-01-12', scores: [3, 2, 2, 3], plan: 'not_started', adapted: ['none'] },
];

/** One response's answers, by question position in QUESTIONS. */
function answersOf(a: AnswerSeed, questionAt: (position: number) => string): AnswerValue[] {
  const answers: AnswerValue[] = a.scores.map((score, i) => ({ questionId: questionAt(i + 1), score }));
  if (a.changed) answers.push({ questionId: questionAt(5), text: a.changed });
  if (a.improve) answers.push({ questionId: questionAt(6), text: a.improve });
  answers.push({ questionId: questionAt(7), choices: [a.plan] }, { questionId: questionAt(8), choices: a.adapted });
  return answers;
}

/**
 * A stored link hash for a closed survey's invitation. Real links are derived from the gateway's
 * TOKEN_SECRET (surveys' `newInvitationKey`), which seeding has not; a closed survey's links
 * open nothing anyway, so a random hash stands in.
 */
const closedLinkHash = () => createHash('sha256').update(randomBytes(32)).digest('hex');

/**
 * The Peru route's six-month survey (000 §48), anonymous, six months after the route ended
 * (16 June 2014): open 16 December 2014 to 15 January 2015, its SELECTED participants invited,
 * those who had not answered by day 14 reminded, ten answers, then closed. Written directly: the
 * surveys area's services work in the present (a window that opens today or later, answers
 * through a live personal link), and this survey happened in 2014. A six-month survey the route
 * already has is left as it is; without participants (no delegations demo) there is nobody to ask.
 */
export async function seedSixMonthSurvey(ctx: RequestContext, route: { id: string; programmeId: string }): Promise<Survey | 'exists' | 'no-roster'> {
  const surveys = ctx.repo(Survey);
  if (await surveys.existsBy({ routeId: route.id, kind: SurveyKind.SIX_MONTH })) return 'exists';
  // The roster: the route's SELECTED participants, in the order they were added; the first ten answered.
  const roster = await ctx.repo(Participant).find({ where: { routeId: route.id, status: SelectionStatus.SELECTED }, order: { createdAt: 'ASC' } });
  if (!roster.length) return 'no-roster';
  const survey = await surveys.save(
    surveys.create({
      programmeId: route.programmeId,
      routeId: route.id,
      kind: SurveyKind.SIX_MONTH,
      status: SurveyStatus.CLOSED,
      title: { en: 'Six months after the Peru learning route', fr: 'Six mois après la route d’apprentissage au Pérou', es: 'Seis meses después de la ruta de aprendizaje en Perú' },
      introduction: {
        en: 'Six months ago you took part in the learning route in Peru. Tell us how it has served you: it takes five minutes, and your answers are anonymous.',
        fr: 'Il y a six mois, vous avez participé à la route d’apprentissage au Pérou. Dites-nous ce qu’elle vous a apporté : cela prend cinq minutes, et vos réponses sont anonymes.',
        es: 'Hace seis meses participó en la ruta de aprendizaje en Perú. Cuéntenos cómo le ha servido: toma cinco minutos y sus respuestas son anónimas.',
      },
      anonymous: true,
      opensOn: '2014-12-16',
      closesOn: '2015-01-15',
      reminderDays: [7, 14],
    }),
  );
  for (const [from, to, on] of [
    [SurveyStatus.DRAFT, SurveyStatus.SCHEDULED, '2014-11-20'],
    [SurveyStatus.SCHEDULED, SurveyStatus.OPEN, '2014-12-16'],
    [SurveyStatus.OPEN, SurveyStatus.CLOSED, '2015-01-16'],
  ]) {
    await recordMove(ctx, { machine: surveyStatusMachine.name, recordId: survey.id, from, to, on });
  }

  const questions = ctx.repo(SurveyQuestion);
  const asked: SurveyQuestion[] = [];
  for (const [i, q] of QUESTIONS.entries()) {
    asked.push(await questions.save(questions.create({ surveyId: survey.id, position: i + 1, type: q.type, text: q.text, options: q.options ?? [], required: q.required })));
  }

  const answers = ANSWERS.slice(0, roster.length);
  const invitations = ctx.repo(SurveyInvitation);
  for (const [i, participant] of roster.entries()) {
    const answer = answers[i];
    await invitations.save(
      invitations.create({
        surveyId: survey.id,
        personId: participant.personId,
        tokenHash: closedLinkHash(),
        invitedAt: new Date('2014-12-16T08:00:00Z'),
        // Reminded on day 14 (30 December) when they had not answered by then.
        lastRemindedAt: answer && answer.on < '2014-12-30' ? null : new Date('2014-12-30T08:00:00Z'),
        answeredOn: answer?.on ?? null,
      }),
    );
  }
  // Anonymous: the responses carry no invitation, and are written in another order than the roster's.
  const responses = ctx.repo(SurveyResponse);
  const questionAt = (position: number) => asked[position - 1].id;
  for (const a of [...answers].reverse()) {
    await responses.insert(responses.create({ surveyId: survey.id, invitationId: null, answeredOn: a.on, answers: answersOf(a, questionAt) }));
  }
  return survey;
}
