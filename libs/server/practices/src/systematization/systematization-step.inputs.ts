import { Field, ID, InputType, Int } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, IsUUID } from 'class-validator';
import { IsLocalDate } from '@lr/server-core';
import { StepStatus } from './systematization-step-kind';

/** Fields left out stay as they are; null clears owner or dates. */
@InputType()
export class UpdateSystematizationStepInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field(() => StepStatus, { nullable: true }) @IsOptional() @IsEnum(StepStatus) status?: StepStatus;
  @Field(() => ID, { nullable: true, description: 'A person' }) @IsOptional() @IsUUID() ownerId?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @IsLocalDate() startDate?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @IsLocalDate() dueDate?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; defaults to today when the step becomes DONE' }) @IsOptional() @IsLocalDate() doneDate?: string | null;
}
