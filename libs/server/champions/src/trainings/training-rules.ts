import type { FieldProblem } from '@lr/server-core';

export interface TrainingShape {
  date: string;
  completed: boolean;
  trainerName: string | null;
  trainerPersonId: string | null;
}

/**
 * What a training record must satisfy whatever the input: one way of naming the trainer, and
 * no completed training dated after `today` (a planned one may be).
 */
export function trainingProblems(training: TrainingShape, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (training.trainerName && training.trainerPersonId) {
    problems.push({ path: 'input.trainerPersonId', message: 'name the trainer by trainerName or trainerPersonId, not both' });
  }
  if (training.completed && training.date > today) {
    problems.push({ path: 'input.date', message: 'a completed training cannot be dated in the future' });
  }
  return problems;
}
