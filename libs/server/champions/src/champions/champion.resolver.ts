import { Arg, Args, Ctx, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Allow, ConnectionType, LookAhead, localizedFieldsResolver, type RequestContext, type Selection } from '@lr/server-core';
import { Champion } from './champion.entity';
import { ChampionsArgs, CreateChampionInput, UpdateChampionInput } from './champion.inputs';
import { ChampionService } from './champion.service';

@ObjectType()
export class ChampionConnection extends ConnectionType(Champion) {}

export const ChampionTextResolver = localizedFieldsResolver(Champion, [{ name: 'bio', nullable: true }]);

@Resolver(() => Champion)
export class ChampionResolver {
  constructor(private readonly service: ChampionService) {}

  @Allow.read()
  @Query(() => ChampionConnection, { description: "Partners' API keys see only champions of published practices" })
  champions(@Ctx() ctx: RequestContext, @Args() args: ChampionsArgs, @LookAhead() selection: Selection) {
    return this.service.list(ctx, args, selection);
  }

  @Allow.read()
  @Query(() => Champion)
  champion(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow.edit('champions')
  @Mutation(() => Champion, { description: 'Refused with CONFLICT when the person already is a champion' })
  createChampion(@Ctx() ctx: RequestContext, @Arg('input') input: CreateChampionInput) {
    return this.service.create(ctx, input);
  }

  @Allow.edit('champions')
  @Mutation(() => Champion)
  updateChampion(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateChampionInput) {
    return this.service.update(ctx, input);
  }

  @Allow.edit('champions')
  @Mutation(() => ID, { description: 'Deletes the champion with their practice links, trainings and feedback; returns its id' })
  deleteChampion(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.delete(ctx, id, version);
  }
}
