import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionType, Cost, localizedFieldsResolver, LookAhead, Reads, type RequestContext, type Selection } from '@lr/server-core';
import { LearningRoute, loadRoute } from '@lr/server-core-domain';
import { FOLLOW_UP } from '../common/access';
import { CommunityOfPractice } from './community-of-practice.entity';
import { CommunitiesOfPracticeArgs, CreateCommunityOfPracticeInput, UpdateCommunityOfPracticeInput } from './community-of-practice.inputs';
import { CommunityOfPracticeService } from './community-of-practice.service';

@ObjectType()
export class CommunityOfPracticeConnection extends ConnectionType(CommunityOfPractice) {}

export const CommunityOfPracticeTextResolver = localizedFieldsResolver(CommunityOfPractice, [{ name: 'description', nullable: true }]);

@Resolver(() => CommunityOfPractice)
export class CommunityOfPracticeResolver {
  constructor(private readonly service: CommunityOfPracticeService) {}

  @Allow.read()
  @Cost({ assumedSize: 20 })
  @Query(() => CommunityOfPracticeConnection, { description: 'Communities of practice that grew from routes, by name. Participants see those of their own routes' })
  communitiesOfPractice(@Ctx() ctx: RequestContext, @Args() args: CommunitiesOfPracticeArgs, @LookAhead() selection: Selection) {
    return this.service.list(ctx, args, selection);
  }

  @Allow.read()
  @Query(() => CommunityOfPractice)
  communityOfPractice(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow.edit(FOLLOW_UP)
  @Mutation(() => CommunityOfPractice)
  createCommunityOfPractice(@Ctx() ctx: RequestContext, @Arg('input') input: CreateCommunityOfPracticeInput) {
    return this.service.create(ctx, input);
  }

  @Allow.edit(FOLLOW_UP)
  @Mutation(() => CommunityOfPractice)
  updateCommunityOfPractice(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateCommunityOfPracticeInput) {
    return this.service.update(ctx, input);
  }

  @Allow.edit(FOLLOW_UP)
  @Mutation(() => ID, { description: 'Deletes the community at the version you read' })
  deleteCommunityOfPractice(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.delete(ctx, id, version);
  }

  @Cost({ assumedSize: 3 })
  @Reads('routeIds')
  @FieldResolver(() => [LearningRoute], { description: 'The routes it grew from' })
  async routes(@Ctx() ctx: RequestContext, @Root() community: CommunityOfPractice) {
    const routes = await Promise.all(community.routeIds.map((id) => loadRoute(ctx, id)));
    return routes.filter((r): r is LearningRoute => r !== null);
  }
}
