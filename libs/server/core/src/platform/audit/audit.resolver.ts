import { Args, ArgsType, Ctx, Field, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import { IsDate, IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Allow } from '../../auth/allow';
import { AuditAction, AuditEntry } from '../../audit/audit-entry.entity';
import type { RequestContext } from '../../context/request-context';
import { LookAhead, type Selection } from '../../reads/selection';
import { ConnectionType, PageArgs } from '../../pagination/connection';
import { AuditService } from './audit.service';

@InputType()
export class AuditFilter {
  @Field({ nullable: true, description: 'e.g. LearningRoute' }) @IsOptional() @IsString() @MaxLength(100) entityType?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) entityId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) actorId?: string;
  @Field(() => AuditAction, { nullable: true }) @IsOptional() @IsEnum(AuditAction) action?: AuditAction;
  @Field({ nullable: true }) @IsOptional() @IsDate() from?: Date;
  @Field({ nullable: true }) @IsOptional() @IsDate() to?: Date;
}

@ArgsType()
export class AuditArgs extends PageArgs {
  @Field(() => AuditFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: AuditFilter;
}

@ObjectType()
export class AuditEntryConnection extends ConnectionType(AuditEntry) {}

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly service: AuditService) {}

  @Allow.admin()
  @Query(() => AuditEntryConnection, { description: 'The audit trail, newest first' })
  auditEntries(@Ctx() ctx: RequestContext, @Args() args: AuditArgs, @LookAhead() selection: Selection) {
    return this.service.list(ctx, args, selection);
  }
}
