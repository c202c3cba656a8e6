import { registerEnumType } from 'type-graphql';

/** What kind of survey: the route's six-month survey (000 §48), scheduled automatically, or another. */
export enum SurveyKind {
  SIX_MONTH = 'SIX_MONTH',
  CUSTOM = 'CUSTOM',
}
registerEnumType(SurveyKind, { name: 'SurveyKind' });

/** The kit's machine `survey.status`: built while DRAFT, answered while OPEN. */
export enum SurveyStatus {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(SurveyStatus, { name: 'SurveyStatus' });

export enum QuestionType {
  /** 1-5 agreement. */
  LIKERT = 'LIKERT',
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
  FREE_TEXT = 'FREE_TEXT',
}
registerEnumType(QuestionType, { name: 'QuestionType' });
