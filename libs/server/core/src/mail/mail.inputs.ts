import { ArgsType, Field, InputType } from 'type-graphql';
import { IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../pagination/connection';
import { MailStatus } from './mail-message.entity';

@InputType()
export class MailMessageFilter {
  @Field(() => MailStatus, { nullable: true }) @IsOptional() @IsEnum(MailStatus) status?: MailStatus;
  @Field({ nullable: true, description: "e.g. 'invitation'" }) @IsOptional() @IsString() @MaxLength(50) kind?: string;
  @Field({ nullable: true, description: 'Matches the recipient (address or name) or the subject, ignoring case and accents' })
  @IsOptional() @IsString() @MaxLength(200) search?: string;
}

@ArgsType()
export class MailMessagesArgs extends PageArgs {
  @Field(() => MailMessageFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: MailMessageFilter;
}
