export { championsModule } from './champions.module';
// Entities other modules may refer to by id and extend with their own field resolvers.
export { Champion } from './champions/champion.entity';
export { ChampionPractice } from './champion-practices/champion-practice.entity';
export { ChampionRole } from './champion-practices/champion-role';
export { ChampionTraining } from './trainings/champion-training.entity';
export { ChampionFeedback } from './feedback/champion-feedback.entity';
export { ChampionRef } from './common/reference-targets';
export { championOfPerson, loadChampion, visibleChampionIds } from './common/champion-reads';
