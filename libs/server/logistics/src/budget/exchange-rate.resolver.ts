import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, Cost, type RequestContext } from '@lr/server-core';
import { LOGISTICS } from '../common/access';
import { AllowInternal } from './budget-access';
import { ExchangeRate } from './exchange-rate.entity';
import { ExchangeRateService } from './exchange-rate.service';

@Resolver(() => ExchangeRate)
export class ExchangeRateResolver {
  constructor(private readonly service: ExchangeRateService) {}

  @AllowInternal()
  @Cost({ assumedSize: 10 })
  @Query(() => [ExchangeRate], { description: "The programme's planning rates, by currency. Not for partners or participants" })
  exchangeRates(@Ctx() ctx: RequestContext, @Arg('programmeId', () => ID) programmeId: string) {
    return this.service.list(ctx, programmeId);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => ExchangeRate, { description: 'Sets the planning rate of a currency: programme currency units per unit of it, a decimal string such as "0.79"' })
  setExchangeRate(@Ctx() ctx: RequestContext, @Arg('programmeId', () => ID) programmeId: string, @Arg('currency') currency: string, @Arg('rate') rate: string) {
    return this.service.set(ctx, programmeId, currency, rate);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => Boolean, { description: 'Removes the planning rate of a currency; false when there was none' })
  removeExchangeRate(@Ctx() ctx: RequestContext, @Arg('programmeId', () => ID) programmeId: string, @Arg('currency') currency: string) {
    return this.service.remove(ctx, programmeId, currency);
  }
}
