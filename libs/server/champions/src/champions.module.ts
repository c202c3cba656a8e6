import { cascadeDelete, restrictDelete, type DomainModule } from '@lr/server-core';
import { LearningRoute, Person, ThematicArea } from '@lr/server-core-domain';
import { Practice } from '@lr/server-practices';
import { ChampionPractice } from './champion-practices/champion-practice.entity';
import { ChampionPracticeResolver } from './champion-practices/champion-practice.resolver';
import { ChampionPracticeService } from './champion-practices/champion-practice.service';
import { PracticeChampionsResolver } from './champion-practices/practice-champions.resolver';
import { ChampionFieldsResolver } from './champions/champion-fields.resolver';
import { Champion } from './champions/champion.entity';
import { ChampionResolver, ChampionTextResolver } from './champions/champion.resolver';
import { ChampionService } from './champions/champion.service';
import { seedChampionsDemo } from './demo/champions-demo';
import { ChampionFeedback } from './feedback/champion-feedback.entity';
import { ChampionFeedbackResolver } from './feedback/champion-feedback.resolver';
import { ChampionFeedbackService } from './feedback/champion-feedback.service';
import { championsMigrations } from './migrations';
import { ReadinessResolver } from './readiness/readiness.resolver';
import { ReadinessService } from './readiness/readiness.service';
import { ChampionTraining } from './trainings/champion-training.entity';
import { ChampionTrainingResolver } from './trainings/champion-training.resolver';
import { ChampionTrainingService } from './trainings/champion-training.service';
import { championSearch } from './champions/champion-search';
import { mountChampionsHttp } from './http/champions-http';

/** Champions: people who teach a practice, their training and participants' feedback. */
export const championsModule: DomainModule = {
  name: 'champions',
  description: 'Champions, their practices, training records and feedback',
  entities: [Champion, ChampionPractice, ChampionTraining, ChampionFeedback],
  services: [ChampionService, ChampionPracticeService, ChampionTrainingService, ChampionFeedbackService, ReadinessService],
  references: [
    // Other modules' records champions point at: deleting one still in use is refused. Foreign
    // keys back up the core ones; practices (a sibling module) are guarded by the rule alone.
    restrictDelete(Champion, 'personId', Person),
    restrictDelete(ChampionTraining, 'trainerPersonId', Person, ['champion training (as trainer)', 'champion trainings (as trainer)']),
    restrictDelete(ChampionPractice, 'practiceId', Practice, ['champion link', 'champion links']),
    restrictDelete(Champion, 'thematicAreaIds', ThematicArea),
    restrictDelete(ChampionFeedback, 'routeId', LearningRoute, ['champion feedback', 'champion feedback entries']),
    // A champion's own records go with them, each removal audited.
    cascadeDelete(ChampionPractice, 'championId', Champion),
    cascadeDelete(ChampionTraining, 'championId', Champion),
    cascadeDelete(ChampionFeedback, 'championId', Champion),
  ],
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
  search: [championSearch],
  seedDemo: seedChampionsDemo,
  http: mountChampionsHttp,
};
