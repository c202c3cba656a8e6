import { Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { Allow, Cost, localize, type Language, type RequestContext } from '@lr/server-core';
import { SurveyStatus } from './survey-enums';
import { SurveyInvitation } from './survey-invitation.entity';
import { surveyToken } from './survey-token';
import { Survey } from './survey.entity';

@ObjectType({ description: 'An open survey the signed-in person is invited to, with their own personal link' })
export class MySurvey {
  @Field(() => ID) surveyId: string;
  @Field(() => String, { nullable: true }) routeId: string | null;
  @Field({ description: "In the caller's language, falling back to English, then to any version" }) title: string;
  @Field({ description: 'YYYY-MM-DD: no answer after it' }) closesOn: string;
  @Field({ description: 'They answered already (each link answers once)' }) answered: boolean;
  @Field({ description: 'The portal path of their personal link, `/survey?token=…&lang=xx`; the same link their e-mail carries' })
  answerPath: string;
}

/**
 * The signed-in person's open surveys, for the portal's home: a participant signed in need not
 * dig out the e-mail to answer. The token is computed again (see `surveyToken`), never read from
 * the database, and only for the caller's own invitations.
 */
@Resolver()
export class MySurveysResolver {
  @Allow.user()
  @Cost({ assumedSize: 3 })
  @Query(() => [MySurvey], { description: 'The OPEN surveys the signed-in person was invited to, closing first (empty for users who are no person)' })
  async mySurveys(@Ctx() ctx: RequestContext): Promise<MySurvey[]> {
    const personId = ctx.principal.kind === 'user' ? ctx.principal.personId : null;
    if (!personId) return [];
    const invitations = await ctx
      .repo(SurveyInvitation)
      .createQueryBuilder('i')
      .innerJoinAndSelect('i.survey', 's')
      .where('i.personId = :personId', { personId })
      .andWhere('s.status = :open', { open: SurveyStatus.OPEN })
      .andWhere('i.invitedAt IS NOT NULL')
      .orderBy('s.closesOn', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
    const language: Language = ctx.language;
    return invitations.map((invitation) => {
      const survey = invitation.survey as Survey;
      return {
        surveyId: survey.id,
        routeId: survey.routeId,
        title: localize(survey.title, language) ?? '',
        closesOn: survey.closesOn,
        answered: invitation.answeredOn !== null,
        answerPath: `/survey?token=${surveyToken(ctx, invitation.id)}&lang=${language}`,
      };
    });
  }
}
