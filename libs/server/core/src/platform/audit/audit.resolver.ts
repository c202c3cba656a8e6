import { Args, ArgsType, Ctx, Field, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import { IsDate, IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Allow } from '../../auth/allow';
import { AuditAction, AuditEntry } from '../../audit/audit-entry.entity';
import type { RequestContext } from '../../context/request-context';
import { ConnectionType, PageArgs, paginate } from '../../pagination/connection';

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
  @Allow.admin()
  @Query(() => AuditEntryConnection, { description: 'The audit trail, newest first' })
  auditEntries(@Ctx() ctx: RequestContext, @Args() args: AuditArgs) {
    const q = ctx.repo(AuditEntry).createQueryBuilder('a');
    const f = args.filter ?? {};
    if (f.entityType) q.andWhere('a.entity_type = :entityType', { entityType: f.entityType });
    if (f.entityId) q.andWhere('a.entity_id = :entityId', { entityId: f.entityId });
    if (f.actorId) q.andWhere('a.actor_id::text = :actorId', { actorId: f.actorId });
    if (f.action) q.andWhere('a.action = :action', { action: f.action });
    if (f.from) q.andWhere('a.at >= :from', { from: f.from });
    if (f.to) q.andWhere('a.at < :to', { to: f.to });
    return paginate(q, args, { expression: 'a.at', direction: 'DESC' });
  }
}
