import { Field, Int, ObjectType } from 'type-graphql';

/** One budget of a partner key in its current window (requests a minute, query points an hour). */
@ObjectType()
export class LimitWindowUsage {
  @Field(() => Int, { description: 'Spent in the current window' }) spent: number;
  @Field(() => Int, { description: 'The most the window allows' }) limit: number;
  @Field(() => Int, { description: 'Seconds until the window frees what was spent; 0 when nothing is spent' }) resetSeconds: number;
}

@ObjectType({ description: "What a partner key has spent of its budgets, as this gateway's limiter counts it" })
export class ApiKeyUsage {
  @Field(() => LimitWindowUsage, { description: 'Requests in the current minute' }) requests: LimitWindowUsage;
  @Field(() => LimitWindowUsage, { description: 'Query cost points in the current hour' }) points: LimitWindowUsage;
}
