import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Allow, Reads, ToOne, joinedOr, type RequestContext } from '@lr/server-core';
import { Person, loadPerson } from '@lr/server-core-domain';
import { ChampionTraining } from './champion-training.entity';
import { AddChampionTrainingInput, UpdateChampionTrainingInput } from './champion-training.inputs';
import { ChampionTrainingService } from './champion-training.service';

@Resolver(() => ChampionTraining)
export class ChampionTrainingResolver {
  constructor(private readonly service: ChampionTrainingService) {}

  @Allow.edit('champions')
  @Mutation(() => ChampionTraining)
  addChampionTraining(@Ctx() ctx: RequestContext, @Arg('input') input: AddChampionTrainingInput) {
    return this.service.add(ctx, input);
  }

  @Allow.edit('champions')
  @Mutation(() => ChampionTraining)
  updateChampionTraining(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateChampionTrainingInput) {
    return this.service.update(ctx, input);
  }

  @Allow.edit('champions')
  @Mutation(() => ID, { description: 'Returns the id of the deleted training' })
  deleteChampionTraining(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.delete(ctx, id, version);
  }

  @Reads('trainerName', 'trainerPersonId')
  @FieldResolver(() => String, { nullable: true, description: "The trainer's name, from trainerName or the person on record" })
  async trainer(@Ctx() ctx: RequestContext, @Root() training: ChampionTraining) {
    if (!training.trainerPersonId) return training.trainerName;
    const person = await loadPerson(ctx, training.trainerPersonId);
    return person ? `${person.givenName} ${person.familyName}` : null;
  }

  @ToOne('trainerPerson')
  @FieldResolver(() => Person, { nullable: true })
  trainerPerson(@Ctx() ctx: RequestContext, @Root() training: ChampionTraining) {
    return joinedOr(training.trainerPerson, () => (training.trainerPersonId ? loadPerson(ctx, training.trainerPersonId) : null));
  }
}
