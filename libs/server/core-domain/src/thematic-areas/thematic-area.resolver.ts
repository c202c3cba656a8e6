import { Arg, Args, Ctx, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Allow, ConnectionType, LookAhead, localizedFieldsResolver, type RequestContext, type Selection } from '@lr/server-core';
import { ThematicArea } from './thematic-area.entity';
import { CreateThematicAreaInput, ThematicAreasArgs, UpdateThematicAreaInput } from './thematic-area.inputs';
import { ThematicAreaService } from './thematic-area.service';

@ObjectType()
export class ThematicAreaConnection extends ConnectionType(ThematicArea) {}

export const ThematicAreaTextResolver = localizedFieldsResolver(ThematicArea, [
  { name: 'name' },
  { name: 'description', nullable: true },
]);

@Resolver(() => ThematicArea)
export class ThematicAreaResolver {
  constructor(private readonly service: ThematicAreaService) {}

  @Allow.read()
  @Query(() => ThematicAreaConnection)
  thematicAreas(@Ctx() ctx: RequestContext, @Args() args: ThematicAreasArgs, @LookAhead() selection: Selection) {
    return this.service.list(ctx, args, selection);
  }

  @Allow.read()
  @Query(() => ThematicArea)
  thematicArea(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow.edit('core')
  @Mutation(() => ThematicArea)
  createThematicArea(@Ctx() ctx: RequestContext, @Arg('input') input: CreateThematicAreaInput) {
    return this.service.create(ctx, input);
  }

  @Allow.edit('core')
  @Mutation(() => ThematicArea)
  updateThematicArea(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateThematicAreaInput) {
    return this.service.update(ctx, input);
  }

  @Allow.edit('core')
  @Mutation(() => ID, { description: 'Returns the id of the deleted area' })
  deleteThematicArea(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.delete(ctx, id, version);
  }
}
