import { Field, ID, InputType, Int } from 'type-graphql';
import { IsEnum, IsInt, IsUUID } from 'class-validator';
import { TeamRole } from './team-role';

@InputType()
export class AddTeamMemberInput {
  @Field(() => ID) @IsUUID() routeId: string;
  @Field(() => ID) @IsUUID() personId: string;
  @Field(() => TeamRole) @IsEnum(TeamRole) role: TeamRole;
}

@InputType()
export class UpdateTeamMemberInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field(() => TeamRole) @IsEnum(TeamRole) role: TeamRole;
}
