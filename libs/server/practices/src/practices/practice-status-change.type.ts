import { ObjectType } from 'type-graphql';
import { StateChangeType } from '@lr/server-core';
import { PracticeStatus } from './practice-status';

/** One move of a practice between statuses, with who made it and why. */
@ObjectType()
export class PracticeStatusChange extends StateChangeType(PracticeStatus, 'PracticeStatusChange') {}
