import { ConflictError, ReferenceCheck, Service, UnauthenticatedError, findOrFail, paginate, type RequestContext, type Selection } from '@lr/server-core';
import { RouteRef } from '@lr/server-core-domain';
import { Champion } from '../champions/champion.entity';
import { assertVisibleToCaller } from '../common/partner-scope';
import { ChampionRef } from '../common/reference-targets';
import { ChampionFeedback } from './champion-feedback.entity';
import type { AddChampionFeedbackInput, ChampionFeedbackArgs } from './champion-feedback.inputs';

@Service()
export class ChampionFeedbackService {
  /** Newest first. Partners see feedback only on the champions they can see. */
  async list(ctx: RequestContext, args: ChampionFeedbackArgs, selection?: Selection) {
    await findOrFail(ctx, Champion, args.championId);
    await assertVisibleToCaller(ctx, args.championId);
    const q = ctx.repo(ChampionFeedback).createQueryBuilder('f').where('f.champion_id = :championId', { championId: args.championId });
    if (args.routeId) q.andWhere('f.route_id = :routeId', { routeId: args.routeId });
    return paginate(q, args, { expression: 'f.created_at', direction: 'DESC' }, selection);
  }

  /** The author is the signed-in user; a second rating of the same champion in the same route is a CONFLICT. */
  async add(ctx: RequestContext, input: AddChampionFeedbackInput) {
    if (ctx.principal.kind !== 'user') throw new UnauthenticatedError('Sign in to leave feedback');
    const authorUserId = ctx.principal.userId;
    const check = new ReferenceCheck(ctx);
    await check.one(ChampionRef, input.championId, 'input.championId');
    await check.one(RouteRef, input.routeId, 'input.routeId');
    check.assertValid();
    const repo = ctx.repo(ChampionFeedback);
    // The unique index settles a race between two identical submissions; this gives the usual case a clear message.
    if (await repo.existsBy({ championId: input.championId, routeId: input.routeId, authorUserId })) {
      throw new ConflictError('You already left feedback on this champion for this route', { championId: input.championId, routeId: input.routeId });
    }
    return repo.save(
      repo.create({
        championId: input.championId,
        routeId: input.routeId,
        authorUserId,
        rating: input.rating,
        comment: input.comment?.trim() || null,
        sessionLabel: input.sessionLabel?.trim() || null,
      }),
    );
  }
}
