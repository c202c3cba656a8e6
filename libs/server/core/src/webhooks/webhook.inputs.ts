import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, IsUrl, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../pagination/connection';
import { DeliveryStatus } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';

const URL_RULES = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

@InputType()
export class CreateWebhookEndpointInput {
  @Field() @IsUrl(URL_RULES, { message: 'must be an http(s) URL' }) @MaxLength(2000) url: string;
  @Field(() => [String]) @ArrayMinSize(1) @ArrayMaxSize(50) @IsString({ each: true }) events: string[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(300) description?: string;
}

@InputType()
export class UpdateWebhookEndpointInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field({ nullable: true }) @IsOptional() @IsUrl(URL_RULES, { message: 'must be an http(s) URL' }) @MaxLength(2000) url?: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMinSize(1) @ArrayMaxSize(50) @IsString({ each: true }) events?: string[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(300) description?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
}

@ObjectType({ description: 'An endpoint and its signing secret, shown this once' })
export class WebhookEndpointWithSecret {
  @Field(() => WebhookEndpoint) endpoint: WebhookEndpoint;
  @Field({ description: 'Verify X-LR-Signature with it (docs/partners.md); it is not shown again' }) signingSecret: string;
}

@InputType()
export class WebhookDeliveryFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() endpointId?: string;
  @Field(() => DeliveryStatus, { nullable: true }) @IsOptional() @IsEnum(DeliveryStatus) status?: DeliveryStatus;
}

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs {
  @Field(() => WebhookDeliveryFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: WebhookDeliveryFilter;
}
