import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsEmail, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { IsNewPassword } from '../../auth/password';
import { Role } from '../../auth/roles';
import { User } from '../../auth/user.entity';
import { Language } from '../../i18n/language';
import { PageArgs } from '../../pagination/connection';

@InputType()
export class CreateUserInput {
  @Field() @IsEmail({}, { message: 'must be an e-mail address' }) @MaxLength(320) email: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) displayName: string;
  @Field() @IsNewPassword() password: string;
  @Field(() => Role) @IsEnum(Role) role: Role;
  @Field(() => [String], { nullable: true, description: 'For EDITOR: the modules they write in' })
  @IsOptional() @ArrayMaxSize(20) @IsString({ each: true }) modules?: string[];
}

@InputType()
export class InviteUserInput {
  @Field() @IsEmail({}, { message: 'must be an e-mail address' }) @MaxLength(320) email: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) displayName: string;
  @Field(() => Role) @IsEnum(Role) role: Role;
  @Field(() => [String], { nullable: true, description: 'For EDITOR: the modules they write in' })
  @IsOptional() @ArrayMaxSize(20) @IsString({ each: true }) modules?: string[];
  @Field(() => ID, { nullable: true, description: 'The person the account belongs to' }) @IsOptional() @IsUUID() personId?: string;
  @Field(() => Language, { defaultValue: Language.EN, description: 'The language of the invitation e-mail and later ones' })
  @IsEnum(Language) language: Language;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200) displayName?: string;
  @Field({ nullable: true }) @IsOptional() @IsNewPassword() password?: string;
  @Field(() => Role, { nullable: true }) @IsOptional() @IsEnum(Role) role?: Role;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @IsString({ each: true }) modules?: string[];
  @Field({ nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
}

@InputType()
export class UserFilter {
  @Field({ nullable: true, description: 'Matches name or e-mail' }) @IsOptional() @IsString() @MaxLength(200) search?: string;
  @Field(() => Role, { nullable: true }) @IsOptional() @IsEnum(Role) role?: Role;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => UserFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: UserFilter;
}

@ObjectType({ description: 'A password reset link on its way: e-mailed once the change commits' })
export class PasswordResetSent {
  @Field(() => User) user: User;
  @Field({ description: 'When the link stops working' }) expiresAt: Date;
}
