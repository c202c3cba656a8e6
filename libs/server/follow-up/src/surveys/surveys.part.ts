import { restrictDelete, type ModulePart } from '@lr/server-core';
import { LearningRoute, Person, Programme } from '@lr/server-core-domain';
import { MySurveysResolver } from './my-surveys';
import { sixMonthSurveyReaction } from './six-month-survey';
import { SurveyAnsweringService } from './survey-answering';
import { SurveyInvitation } from './survey-invitation.entity';
import { surveyJobs } from './survey-jobs';
import { SurveyPublicResolver } from './survey-public.resolver';
import { SurveyQuestion } from './survey-question.entity';
import { SurveyRemindersNowResolver } from './survey-reminders-now.resolver';
import { SurveyRemindersNowService } from './survey-reminders-now';
import { SurveyResponse } from './survey-response.entity';
import { SurveyResultsResolver } from './survey-results.resolver';
import { SurveyResultsService } from './survey-results';
import { surveyStatusMachine } from './survey-status-machine';
import { Survey } from './survey.entity';
import { SurveyInvitationResolver, SurveyQuestionResolver, SurveyQuestionTextResolver, SurveyResolver, SurveyTextResolver } from './survey.resolver';
import { SurveyService } from './survey.service';
import { mountSurveysCsv } from './surveys-csv';
import { mountSurveysHttp } from './surveys-http';

/** What the surveys area adds to the follow-up module. */
export const surveysPart: ModulePart = {
  entities: [Survey, SurveyQuestion, SurveyInvitation, SurveyResponse],
  resolvers: [SurveyResolver, SurveyTextResolver, SurveyQuestionResolver, SurveyQuestionTextResolver, SurveyInvitationResolver, SurveyPublicResolver, SurveyResultsResolver, MySurveysResolver, SurveyRemindersNowResolver],
  services: [SurveyService, SurveyAnsweringService, SurveyResultsService, SurveyRemindersNowService],
  references: [
    // A route, programme or person surveyed is not deleted under its surveys (the foreign keys restrict it too).
    restrictDelete(Survey, 'routeId', LearningRoute),
    restrictDelete(Survey, 'programmeId', Programme),
    restrictDelete(SurveyInvitation, 'personId', Person, ['survey invitation', 'survey invitations']),
  ],
  stateMachines: [surveyStatusMachine],
  reactions: [sixMonthSurveyReaction],
  jobs: surveyJobs,
  http: (http) => {
    mountSurveysHttp(http);
    // The list as CSV (issue 14).
    mountSurveysCsv(http);
  },
};
