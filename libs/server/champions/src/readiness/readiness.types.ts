import { Cost } from '@lr/server-core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LearningRoute } from '@lr/server-core-domain';
import { Practice } from '@lr/server-practices';
import { Champion } from '../champions/champion.entity';

@ObjectType({ description: "A route case's champions and which of them still need training" })
export class PracticeReadiness {
  @Field(() => Practice) practice: Practice;
  @Cost({ assumedSize: 10 })
  @Field(() => [Champion], { description: 'Every champion of the practice' }) champions: Champion[];
  @Cost({ assumedSize: 10 })
  @Field(() => [Champion], { description: 'Champions with no completed training' }) needTraining: Champion[];
  @Field(() => Int) championCount: number;
  @Field(() => Int) trainedCount: number;
  @Field(() => Int) needTrainingCount: number;
}

@ObjectType({ description: "Whether the champions of a route's cases are ready to teach; totals count each champion once" })
export class ChampionReadiness {
  @Field(() => ID) routeId: string;
  @Field(() => LearningRoute) route: LearningRoute;
  @Cost({ assumedSize: 10 })
  @Field(() => [PracticeReadiness], { description: 'One entry per case of the route, in the order they were attached' }) practices: PracticeReadiness[];
  @Cost({ assumedSize: 10 })
  @Field(() => [Champion], { description: 'Champions of the route with no completed training' }) needTraining: Champion[];
  @Field(() => Int) championCount: number;
  @Field(() => Int) trainedCount: number;
  @Field(() => Int) needTrainingCount: number;
}
