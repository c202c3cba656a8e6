import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { IsLocalDate, LocalizedTextInput } from '@lr/server-core';

@InputType({ description: "A day of a route's agenda" })
export class AddAgendaDayInput {
  @Field(() => ID) @IsUUID() routeId: string;
  @Field({ description: "YYYY-MM-DD, within the route's dates; one day per date" }) @IsLocalDate() date: string;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'e.g. "Ayacucho: the district committee"' })
  @IsOptional()
  @ValidateNested()
  title?: LocalizedTextInput;
}

@InputType({ description: 'Changes to a day; what is left out keeps its value. Its sessions move with it' })
export class UpdateAgendaDayInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field({ nullable: true, description: "YYYY-MM-DD, within the route's dates" }) @IsOptional() @IsLocalDate() date?: string;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() title?: LocalizedTextInput;
}
