import { cascadeDelete, restrictDelete, type DomainModule } from '@lr/server-core';
import { LearningRoute, Organisation, Person, Programme, ThematicArea } from '@lr/server-core-domain';
import { AssessmentScore } from './assessments/assessment-score.entity';
import { Assessment } from './assessments/assessment.entity';
import { AssessmentResolver, AssessmentScoreResolver } from './assessments/assessment.resolver';
import { AssessmentService } from './assessments/assessment.service';
import { PracticeRankingResolver } from './assessments/practice-ranking.resolver';
import { PracticeRankingService } from './assessments/practice-ranking.service';
import { RouteCase } from './cases/route-case.entity';
import { PracticeRoutesResolver, RouteCasesResolver } from './cases/route-case.resolver';
import { RouteCaseService } from './cases/route-case.service';
import { AssessmentCriterion } from './criteria/assessment-criterion.entity';
import { AssessmentCriterionResolver, AssessmentCriterionTextResolver } from './criteria/assessment-criterion.resolver';
import { AssessmentCriterionService } from './criteria/assessment-criterion.service';
import { ProgrammeCriteriaChoice } from './criteria/programme-criteria-choice.entity';
import { seedPracticesDemo } from './demo/practices-demo';
import { mountPracticesHttp } from './http/practices-http';
import { MatchReasonResolver, RecommendationResolver } from './matching/recommendation.resolver';
import { RecommendationService } from './matching/recommendation.service';
import { MaterialFileCleanup } from './materials/material-file-cleanup.subscriber';
import { PracticeMaterial } from './materials/practice-material.entity';
import { PracticeMaterialResolver } from './materials/practice-material.resolver';
import { PracticeMaterialService } from './materials/practice-material.service';
import { practicesMigrations } from './migrations';
import { practiceSearch } from './practices/practice-search';
import { PRACTICES } from './practices/practice-access';
import { Practice } from './practices/practice.entity';
import { PracticeResolver, PracticeTextResolver } from './practices/practice.resolver';
import { PracticeService } from './practices/practice.service';
import { PRACTICE_PUBLISHED, practiceStatusMachine } from './practices/status-machine';
import { SystematizationStep } from './systematization/systematization-step.entity';
import { SystematizationStepResolver } from './systematization/systematization-step.resolver';
import { SystematizationStepService } from './systematization/systematization-step.service';

/** Best practices, their assessment and systematization, and matching them to routes. */
export const practicesModule: DomainModule = {
  name: PRACTICES,
  description: 'Best practices, assessments, systematization, materials and matching',
  entities: [Practice, RouteCase, AssessmentCriterion, ProgrammeCriteriaChoice, Assessment, AssessmentScore, SystematizationStep, PracticeMaterial],
  resolvers: [
    PracticeResolver,
    PracticeTextResolver,
    PracticeRoutesResolver,
    RouteCasesResolver,
    AssessmentCriterionResolver,
    AssessmentCriterionTextResolver,
    AssessmentResolver,
    AssessmentScoreResolver,
    PracticeRankingResolver,
    SystematizationStepResolver,
    PracticeMaterialResolver,
    RecommendationResolver,
    MatchReasonResolver,
  ],
  services: [
    PracticeService,
    AssessmentService,
    PracticeRankingService,
    RouteCaseService,
    AssessmentCriterionService,
    RecommendationService,
    PracticeMaterialService,
    SystematizationStepService,
  ],
  references: [
    // The core's rows practices point at: deleting them is refused while practices use them.
    restrictDelete(RouteCase, 'routeId', LearningRoute),
    restrictDelete(Practice, 'thematicAreaIds', ThematicArea),
    restrictDelete(Practice, 'leadingOrganisationIds', Organisation, ['practice led', 'practices led']),
    restrictDelete(SystematizationStep, 'ownerId', Person, ['systematization step owned', 'systematization steps owned']),
    restrictDelete(AssessmentCriterion, 'programmeId', Programme, ['assessment criterion', 'assessment criteria']),
    restrictDelete(ProgrammeCriteriaChoice, 'programmeId', Programme, ['choice of assessment criteria', 'choices of assessment criteria']),
    restrictDelete(Assessment, 'programmeId', Programme),
    // A practice's own rows go with it, each removal audited.
    cascadeDelete(Assessment, 'practiceId', Practice),
    cascadeDelete(AssessmentScore, 'assessmentId', Assessment),
    cascadeDelete(SystematizationStep, 'practiceId', Practice),
    cascadeDelete(PracticeMaterial, 'practiceId', Practice),
    cascadeDelete(RouteCase, 'practiceId', Practice),
  ],
  stateMachines: [practiceStatusMachine],
  events: [PRACTICE_PUBLISHED],
  subscribers: [MaterialFileCleanup],
  migrations: practicesMigrations,
  search: [practiceSearch],
  http: mountPracticesHttp,
  seedDemo: seedPracticesDemo,
};
