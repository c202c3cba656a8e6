import { ObjectType } from 'type-graphql';
import { StateChangeType } from '@lr/server-core';
import { RoutePhase } from './route-phase';

/** One move of a route between phases, with who made it and why. */
@ObjectType()
export class RoutePhaseChange extends StateChangeType(RoutePhase, 'RoutePhaseChange') {}
