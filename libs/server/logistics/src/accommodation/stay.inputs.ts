import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { IsLocalDate, MoneyInput, PageArgs } from '@lr/server-core';

@InputType()
export class AddStayInput {
  @Field(() => ID) @IsUUID() routeId: string;
  @Field(() => ID, { description: "Someone travelling on the route (a selected participant or the route team)" }) @IsUUID() personId: string;
  @Field(() => ID) @IsUUID() roomId: string;
  @Field({ description: 'YYYY-MM-DD: the first night, on or after the route starts' }) @IsLocalDate() checkIn: string;
  @Field({ description: 'YYYY-MM-DD: the morning they leave; the last night (the day before) is on or before the route ends' }) @IsLocalDate() checkOut: string;
  @Field(() => MoneyInput, { nullable: true, description: "Per night; the room's rate when left out" }) @IsOptional() @ValidateNested() nightlyRate?: MoneyInput;
}

@InputType({ description: 'What is left out keeps its value' })
export class UpdateStayInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field(() => ID, { nullable: true, description: "Another room: the stay then takes the new room's rate unless nightlyRate is given" }) @IsOptional() @IsUUID() roomId?: string;
  @Field({ nullable: true }) @IsOptional() @IsLocalDate() checkIn?: string;
  @Field({ nullable: true }) @IsOptional() @IsLocalDate() checkOut?: string;
  @Field(() => MoneyInput, { nullable: true, description: "null takes the room's rate again" }) @IsOptional() @ValidateNested() nightlyRate?: MoneyInput | null;
}

@InputType()
export class StayFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() routeId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() personId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() venueId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() roomId?: string;
  @Field({ nullable: true, description: 'YYYY-MM-DD: stays that cover this night' }) @IsOptional() @IsLocalDate() night?: string;
  @Field({ nullable: true, description: "Matches the person's name, the room's or the venue's, ignoring case and accents" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@ArgsType()
export class StaysArgs extends PageArgs {
  @Field(() => StayFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: StayFilter;
}
