import type { DomainModule } from '@lr/server-core';
import { AssessmentScore } from './assessments/assessment-score.entity';
import { Assessment } from './assessments/assessment.entity';
import { AssessmentResolver, AssessmentScoreResolver } from './assessments/assessment.resolver';
import { PracticeRankingResolver } from './assessments/practice-ranking.resolver';
import { RouteCase } from './cases/route-case.entity';
import { PracticeRoutesResolver, RouteCasesResolver } from './cases/route-case.resolver';
import { AssessmentCriterion } from './criteria/assessment-criterion.entity';
import { AssessmentCriterionResolver, AssessmentCriterionTextResolver } from './criteria/assessment-criterion.resolver';
import { ProgrammeCriteriaChoice } from './criteria/programme-criteria-choice.entity';
import { seedPracticesDemo } from './demo/practices-demo';
import { mountPracticesHttp } from './http/practices-http';
import { MatchReasonResolver, RecommendationResolver } from './matching/recommendation.resolver';
import { PracticeMaterial } from './materials/practice-material.entity';
import { PracticeMaterialResolver } from './materials/practice-material.resolver';
import { practicesMigrations } from './migrations';
import { PRACTICES } from './practices/practice-access';
import { PracticeStatusChange } from './practices/practice-status-change.entity';
import { Practice } from './practices/practice.entity';
import { PracticeResolver, PracticeTextResolver } from './practices/practice.resolver';
import { SystematizationStep } from './systematization/systematization-step.entity';
import { SystematizationStepResolver } from './systematization/systematization-step.resolver';

/** Best practices, their assessment and systematization, and matching them to routes. */
export const practicesModule: DomainModule = {
  name: PRACTICES,
  description: 'Best practices, assessments, systematization, materials and matching',
  entities: [
    Practice,
    PracticeStatusChange,
    RouteCase,
    AssessmentCriterion,
    ProgrammeCriteriaChoice,
    Assessment,
    AssessmentScore,
    SystematizationStep,
    PracticeMaterial,
  ],
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
  migrations: practicesMigrations,
  http: mountPracticesHttp,
  seedDemo: seedPracticesDemo,
};
