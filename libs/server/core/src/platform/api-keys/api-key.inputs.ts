import { ArgsType, Field, InputType, ObjectType } from 'type-graphql';
import { ArrayUnique, IsBoolean, IsDate, IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ApiKey } from '../../auth/api-key.entity';
import { ApiKeyScope } from '../../auth/roles';
import { PageArgs } from '../../pagination/connection';

@InputType()
export class CreateApiKeyInput {
  @Field({ description: 'Who the key is for' }) @IsString() @MinLength(2) @MaxLength(200) name: string;
  @Field(() => [ApiKeyScope], { defaultValue: [ApiKeyScope.READ] })
  @IsEnum(ApiKeyScope, { each: true }) @ArrayUnique() scopes: ApiKeyScope[];
  @Field({ description: 'When the key stops working; at most two years ahead' }) @IsDate() expiresAt: Date;
}

@ObjectType({ description: 'A new key. `key` is shown this once and never again.' })
export class CreatedApiKey {
  @Field() key: string;
  @Field(() => ApiKey) apiKey: ApiKey;
}

@ArgsType()
export class ApiKeysArgs extends PageArgs {
  @Field({ defaultValue: false }) @IsOptional() @IsBoolean() includeRevoked: boolean;
}
