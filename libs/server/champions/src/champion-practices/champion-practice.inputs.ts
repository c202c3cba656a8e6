import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { ChampionRole } from './champion-role';

@InputType({ description: 'Links a champion to a practice, or changes their role in it' })
export class LinkChampionPracticeInput {
  @Field(() => ID) @IsUUID() championId: string;
  @Field(() => ID) @IsUUID() practiceId: string;
  @Field(() => ChampionRole) @IsEnum(ChampionRole) role: ChampionRole;
}
