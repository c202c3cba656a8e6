import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionType, Cost, isPartner, joinedOr, localizedFieldsResolver, LookAhead, ToOne, type RequestContext, type Selection } from '@lr/server-core';
import { Country, LearningRoute, loadCountry, loadOrganisation, loadRoute, Organisation } from '@lr/server-core-domain';
import { loadPractice, Practice, PracticeStatus } from '@lr/server-practices';
import { FOLLOW_UP } from '../common/access';
import { ScalingStory } from './scaling-story.entity';
import { CreateScalingStoryInput, ScalingStoriesArgs, UpdateScalingStoryInput } from './scaling-story.inputs';
import { ScalingStoryService } from './scaling-story.service';

@ObjectType()
export class ScalingStoryConnection extends ConnectionType(ScalingStory) {}

export const ScalingStoryTextResolver = localizedFieldsResolver(ScalingStory, [{ name: 'title' }, { name: 'result' }]);

@Resolver(() => ScalingStory)
export class ScalingStoryResolver {
  constructor(private readonly service: ScalingStoryService) {}

  @Allow.read()
  @Cost({ assumedSize: 20 })
  @Query(() => ScalingStoryConnection, { description: 'Scaling-up stories, most recently documented first. Participants see those of their own routes' })
  scalingStories(@Ctx() ctx: RequestContext, @Args() args: ScalingStoriesArgs, @LookAhead() selection: Selection) {
    return this.service.list(ctx, args, selection);
  }

  @Allow.read()
  @Query(() => ScalingStory)
  scalingStory(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow.edit(FOLLOW_UP)
  @Mutation(() => ScalingStory)
  createScalingStory(@Ctx() ctx: RequestContext, @Arg('input') input: CreateScalingStoryInput) {
    return this.service.create(ctx, input);
  }

  @Allow.edit(FOLLOW_UP)
  @Mutation(() => ScalingStory)
  updateScalingStory(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateScalingStoryInput) {
    return this.service.update(ctx, input);
  }

  @Allow.edit(FOLLOW_UP)
  @Mutation(() => ID, { description: 'Deletes the story at the version you read' })
  deleteScalingStory(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.delete(ctx, id, version);
  }

  @ToOne('route')
  @FieldResolver(() => LearningRoute, { nullable: true })
  route(@Ctx() ctx: RequestContext, @Root() story: ScalingStory) {
    return joinedOr(story.route, () => (story.routeId ? loadRoute(ctx, story.routeId) : null));
  }

  @ToOne('practice')
  @FieldResolver(() => Practice, { nullable: true, description: 'The practice adapted (for partners: once it is published)' })
  async practice(@Ctx() ctx: RequestContext, @Root() story: ScalingStory) {
    if (!isPartner(ctx.principal)) return joinedOr(story.practice, () => loadPractice(ctx, story.practiceId));
    // Partners read published practices only, here as in the practices module (a whole row: its status decides).
    const practice = await loadPractice(ctx, story.practiceId);
    return practice?.status === PracticeStatus.PUBLISHED ? practice : null;
  }

  @ToOne('adaptedByOrganisation')
  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation that adapted it' })
  adaptedByOrganisation(@Ctx() ctx: RequestContext, @Root() story: ScalingStory) {
    return joinedOr(story.adaptedByOrganisation, () => (story.adaptedByOrganisationId ? loadOrganisation(ctx, story.adaptedByOrganisationId) : null));
  }

  @ToOne('country')
  @FieldResolver(() => Country, { nullable: true, description: 'Where it was adapted' })
  country(@Ctx() ctx: RequestContext, @Root() story: ScalingStory) {
    return joinedOr(story.country, () => loadCountry(ctx, story.countryCode));
  }
}
