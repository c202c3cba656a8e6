import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Allow, ToOne, joinedOr, type RequestContext } from '@lr/server-core';
import { Person, loadPerson } from '@lr/server-core-domain';
import { PRACTICES } from '../practices/practice-access';
import { SystematizationStep } from './systematization-step.entity';
import { UpdateSystematizationStepInput } from './systematization-step.inputs';
import { SystematizationStepService } from './systematization-step.service';

@Resolver(() => SystematizationStep)
export class SystematizationStepResolver {
  constructor(private readonly service: SystematizationStepService) {}

  @Allow.edit(PRACTICES)
  @Mutation(() => SystematizationStep, { description: 'Sets the status, owner or dates of one systematization step' })
  updateSystematizationStep(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateSystematizationStepInput) {
    return this.service.update(ctx, input);
  }

  @ToOne('owner')
  @FieldResolver(() => Person, { nullable: true })
  owner(@Ctx() ctx: RequestContext, @Root() step: SystematizationStep) {
    return joinedOr(step.owner, () => (step.ownerId ? loadPerson(ctx, step.ownerId) : null));
  }
}
