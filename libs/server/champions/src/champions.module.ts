import type { DomainModule } from '@lr/server-core';
import { ChampionPractice } from './champion-practices/champion-practice.entity';
import { ChampionPracticeResolver } from './champion-practices/champion-practice.resolver';
import { PracticeChampionsResolver } from './champion-practices/practice-champions.resolver';
import { ChampionFieldsResolver } from './champions/champion-fields.resolver';
import { Champion } from './champions/champion.entity';
import { ChampionResolver, ChampionTextResolver } from './champions/champion.resolver';
import { ChampionReferenceGuard } from './common/reference-guard.subscriber';
import { seedChampionsDemo } from './demo/champions-demo';
import { ChampionFeedback } from './feedback/champion-feedback.entity';
import { ChampionFeedbackResolver } from './feedback/champion-feedback.resolver';
import { championsMigrations } from './migrations';
import { ReadinessResolver } from './readiness/readiness.resolver';
import { ChampionTraining } from './trainings/champion-training.entity';
import { ChampionTrainingResolver } from './trainings/champion-training.resolver';

/** Champions: people who teach a practice, their training and participants' feedback. */
export const championsModule: DomainModule = {
  name: 'champions',
  description: 'Champions, their practices, training records and feedback',
  entities: [Champion, ChampionPractice, ChampionTraining, ChampionFeedback],
  resolvers: [
    ChampionResolver,
    ChampionTextResolver,
    ChampionFieldsResolver,
    ChampionPracticeResolver,
    PracticeChampionsResolver,
    ChampionTrainingResolver,
    ChampionFeedbackResolver,
    ReadinessResolver,
  ],
  migrations: championsMigrations,
  subscribers: [ChampionReferenceGuard],
  seedDemo: seedChampionsDemo,
};
