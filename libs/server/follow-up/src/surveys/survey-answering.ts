import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  ConflictError,
  Cost,
  hashInvitationToken,
  Language,
  localize,
  lockRow,
  NotFoundError,
  Service,
  ValidationError,
  type RequestContext,
} from '@lr/server-core';
import { checkAnswers, type AnswerInputValue } from './question-rules';
import { dateOf } from './survey-dates';
import { QuestionType, SurveyStatus } from './survey-enums';
import { SurveyInvitation } from './survey-invitation.entity';
import { SurveyQuestion } from './survey-question.entity';
import { SurveyResponse } from './survey-response.entity';
import { SURVEY_TOKEN } from './survey-token';
import { Survey } from './survey.entity';

@ObjectType({ description: 'A choice of a question, in the chosen language' })
export class SurveyFormOption {
  @Field() value: string;
  @Field() label: string;
}

@ObjectType({ description: 'A question as the respondent sees it' })
export class SurveyFormQuestion {
  @Field(() => ID) id: string;
  @Field(() => Int) position: number;
  @Field(() => QuestionType) type: QuestionType;
  @Field() text: string;
  @Field() required: boolean;
  @Cost({ assumedSize: 5 }) @Field(() => [SurveyFormOption], { description: 'For choice questions' }) options: SurveyFormOption[];
}

@ObjectType({ description: 'What a personal survey link opens: the questionnaire in one language, and whether it was answered' })
export class SurveyForm {
  @Field(() => ID) surveyId: string;
  @Field(() => Language) language: Language;
  @Field() title: string;
  @Field(() => String, { nullable: true }) introduction: string | null;
  @Field({ description: 'No answer is ever linked to the respondent' }) anonymous: boolean;
  @Field(() => SurveyStatus, { description: 'Answers are taken only while OPEN' }) status: SurveyStatus;
  @Field({ description: 'YYYY-MM-DD: the last day answers are taken' }) closesOn: string;
  @Field({ description: 'This link was already used to answer' }) answered: boolean;
  @Cost({ assumedSize: 10 }) @Field(() => [SurveyFormQuestion]) questions: SurveyFormQuestion[];
}

@ObjectType({ description: 'The answers were recorded' })
export class SurveyAnswered {
  @Field({ description: 'YYYY-MM-DD' }) answeredOn: string;
  @Field({ description: 'The answers are not linked to the respondent' }) anonymous: boolean;
}

/** Every bad or unknown link gets the same answer, so links cannot be probed. */
const unknownLink = () => new NotFoundError('SurveyInvitation', 'this link');

/**
 * Answering through a personal link, without signing in: the link's token is the only
 * credential (`Allow.public`, counted by the gateway's per-address rate limit for anonymous
 * callers). An anonymous survey's response keeps neither the invitation nor the person, and no
 * audit entry is written for it (see `answer`).
 */
@Service()
export class SurveyAnsweringService {
  private async invitationOf(ctx: RequestContext, token: string, lock: boolean): Promise<SurveyInvitation> {
    if (!SURVEY_TOKEN.test(token)) throw unknownLink();
    const found = await ctx.repo(SurveyInvitation).findOne({ where: { tokenHash: hashInvitationToken(token) } });
    if (!found) throw unknownLink();
    // Two answers through one link at the same moment: the second waits here, then finds it answered.
    return lock ? lockRow(ctx, SurveyInvitation, found.id) : found;
  }

  async form(ctx: RequestContext, token: string, language?: Language | null): Promise<SurveyForm> {
    const invitation = await this.invitationOf(ctx, token, false);
    const survey = await ctx.repo(Survey).findOneByOrFail({ id: invitation.surveyId });
    // A survey still being built is nobody's business yet.
    if (survey.status === SurveyStatus.DRAFT || survey.status === SurveyStatus.SCHEDULED) throw unknownLink();
    const lang = language ?? ctx.language;
    const questions = await ctx.repo(SurveyQuestion).find({ where: { surveyId: survey.id }, order: { position: 'ASC' } });
    return {
      surveyId: survey.id,
      language: lang,
      title: localize(survey.title, lang) ?? '',
      introduction: localize(survey.introduction, lang),
      anonymous: survey.anonymous,
      status: survey.status,
      closesOn: survey.closesOn,
      answered: invitation.answeredOn !== null,
      questions: questions.map((q) => ({
        id: q.id,
        position: q.position,
        type: q.type,
        text: localize(q.text, lang) ?? '',
        required: q.required,
        options: q.options.map((o) => ({ value: o.value, label: localize(o.label, lang) ?? o.value })),
      })),
    };
  }

  /**
   * Records the answers of one invitation, once, while the survey is OPEN (and not past its
   * closing date). Each answer is checked against its question (`answers.N.*`).
   */
  async answer(ctx: RequestContext, token: string, answers: AnswerInputValue[]): Promise<SurveyAnswered> {
    const invitation = await this.invitationOf(ctx, token, true);
    const survey = await ctx.repo(Survey).findOneByOrFail({ id: invitation.surveyId });
    const today = dateOf(new Date());
    if (survey.status === SurveyStatus.DRAFT || survey.status === SurveyStatus.SCHEDULED) throw unknownLink();
    if (survey.status === SurveyStatus.CLOSED || today > survey.closesOn) throw new ConflictError(`The survey closed on ${survey.closesOn}: answers are no longer taken`, { constraint: 'surveyClosed' });
    if (invitation.answeredOn) throw new ConflictError(`This link was already used to answer, on ${invitation.answeredOn}`, { constraint: 'alreadyAnswered' });
    const questions = await ctx.repo(SurveyQuestion).find({ where: { surveyId: survey.id }, order: { position: 'ASC' } });
    const { values, problems } = checkAnswers(questions, answers);
    if (problems.length) throw new ValidationError(problems);

    const response = { surveyId: survey.id, answeredOn: today, answers: values };
    if (survey.anonymous) {
      // Written without the entity listeners, so the audit trail gets no entry that a request id
      // or a time could tie to the invitation marked answered in the same transaction.
      await ctx.repo(SurveyResponse).createQueryBuilder().insert().into(SurveyResponse).values({ ...response, invitationId: null }).callListeners(false).updateEntity(false).execute();
    } else {
      await ctx.repo(SurveyResponse).insert({ ...response, invitationId: invitation.id });
    }
    invitation.answeredOn = today;
    await ctx.repo(SurveyInvitation).save(invitation);
    return { answeredOn: today, anonymous: survey.anonymous };
  }
}
