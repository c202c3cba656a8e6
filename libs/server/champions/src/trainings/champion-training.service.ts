import { ReferenceCheck, Service, loadForUpdate, today, type RequestContext } from '@lr/server-core';
import { PersonRef } from '@lr/server-core-domain';
import { ChampionRef } from '../common/reference-targets';
import { ChampionTraining } from './champion-training.entity';
import type { AddChampionTrainingInput, UpdateChampionTrainingInput } from './champion-training.inputs';
import { trainingProblems } from './training-rules';

async function checkTraining(training: ChampionTraining, check: ReferenceCheck) {
  await check.one(PersonRef, training.trainerPersonId, 'input.trainerPersonId');
  for (const problem of trainingProblems(training, today())) check.add(problem.path, problem.message);
  check.assertValid();
}

@Service()
export class ChampionTrainingService {
  async add(ctx: RequestContext, input: AddChampionTrainingInput) {
    const check = new ReferenceCheck(ctx);
    await check.one(ChampionRef, input.championId, 'input.championId');
    const repo = ctx.repo(ChampionTraining);
    const training = repo.create({
      championId: input.championId,
      topic: input.topic.trim(),
      date: input.date,
      trainerName: input.trainerName?.trim() || null,
      trainerPersonId: input.trainerPersonId ?? null,
      completed: input.completed ?? false,
      notes: input.notes?.trim() || null,
    });
    await checkTraining(training, check);
    return repo.save(training);
  }

  async update(ctx: RequestContext, input: UpdateChampionTrainingInput) {
    const training = await loadForUpdate(ctx, ChampionTraining, input.id, input.version);
    if (input.topic !== undefined) training.topic = input.topic.trim();
    if (input.date !== undefined) training.date = input.date;
    if (input.trainerName !== undefined) training.trainerName = input.trainerName?.trim() || null;
    if (input.trainerPersonId !== undefined) training.trainerPersonId = input.trainerPersonId;
    if (input.completed !== undefined) training.completed = input.completed;
    if (input.notes !== undefined) training.notes = input.notes?.trim() || null;
    await checkTraining(training, new ReferenceCheck(ctx));
    return ctx.repo(ChampionTraining).save(training);
  }

  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const training = await loadForUpdate(ctx, ChampionTraining, id, version);
    await ctx.repo(ChampionTraining).remove(training);
    return id;
  }
}
