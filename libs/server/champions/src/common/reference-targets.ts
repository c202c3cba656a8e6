import { referenceTarget } from '@lr/server-core';
import { Champion } from '../champions/champion.entity';

/** Champions inputs may name (trainings, practice links, feedback), checked with `ReferenceCheck`. */
export const ChampionRef = referenceTarget(Champion, 'champion');
