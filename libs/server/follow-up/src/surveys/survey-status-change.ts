import { ObjectType } from 'type-graphql';
import { StateChangeType } from '@lr/server-core';
import { SurveyStatus } from './survey-enums';

/** One move of a survey, as its history lists it. */
@ObjectType()
export class SurveyStatusChange extends StateChangeType(SurveyStatus, 'SurveyStatusChange') {}
