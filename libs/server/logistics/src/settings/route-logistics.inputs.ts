import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';

@InputType()
export class UpdateRouteLogisticsInput {
  @Field(() => ID) routeId: string;
  @Field(() => Int, { description: 'The version you read' }) version: number;
  @Field({ nullable: true, description: 'IANA zone, e.g. America/Lima' }) @IsOptional() @MaxLength(64) timeZone?: string;
  @Field(() => String, { nullable: true, description: 'The host capital; null clears it' }) @IsOptional() @MaxLength(120) capitalCity?: string | null;
}
