import { Service, transition, type RequestContext, type TransitionInput } from '@lr/server-core';
import type { TravelStatus, VisaStatus } from './travel-enums';
import { travelStatusMachine, visaStatusMachine } from './travel-machines';
import type { Traveller } from './traveller.entity';

/** Moves a traveller's tickets and visa through their machines (the kit's `transition`). */
@Service()
export class TravelStatusService {
  moveTravel(ctx: RequestContext, input: TransitionInput<TravelStatus>): Promise<Traveller> {
    return transition(ctx, travelStatusMachine, input);
  }

  moveVisa(ctx: RequestContext, input: TransitionInput<VisaStatus>): Promise<Traveller> {
    return transition(ctx, visaStatusMachine, input);
  }
}
