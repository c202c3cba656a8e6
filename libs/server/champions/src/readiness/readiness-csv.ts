import type { Response } from 'express';
import { assertAllowed, localize, requiredParam, streamCsv, type CsvColumn, type ModuleHttp, type RequestContext } from '@lr/server-core';
import { peopleByIds, type Person } from '@lr/server-core-domain';
import type { Champion } from '../champions/champion.entity';
import { ReadinessService } from './readiness.service';
import type { PracticeReadiness } from './readiness.types';

/** One champion of one case of the route (a champion of two cases is on two rows, as on the page). */
interface ReadinessRow {
  entry: PracticeReadiness;
  champion: Champion;
  person: Person | undefined;
  trained: boolean;
}

function columns(ctx: RequestContext): CsvColumn<ReadinessRow>[] {
  return [
    { header: 'practice_id', value: (r) => r.entry.practice.id },
    { header: 'practice', value: (r) => localize(r.entry.practice.title, ctx.language) },
    { header: 'champion_id', value: (r) => r.champion.id },
    { header: 'given_name', value: (r) => r.person?.givenName },
    { header: 'family_name', value: (r) => r.person?.familyName },
    { header: 'trained', value: (r) => r.trained },
  ];
}

/**
 * `GET /champions/readiness.csv?routeId=…`: the champions of the route's cases, case by case
 * (in the order they were attached) and by family name, with whether each has completed a
 * training — as `championReadiness` gives it (signed-in users only, not partners' keys; the
 * readiness service is the one query).
 */
export async function exportReadinessCsv(ctx: RequestContext, query: Record<string, unknown>, res: Response): Promise<void> {
  assertAllowed(ctx, ['USER'], 'readiness.csv');
  const routeId = requiredParam(query, 'routeId', 'uuid');
  const readiness = await new ReadinessService().forRoute(ctx, routeId);
  const champions = readiness.practices.flatMap((entry) => entry.champions);
  const people = new Map((await peopleByIds(ctx, [...new Set(champions.map((c) => c.personId))])).map((p) => [p.id, p]));
  const rows = readiness.practices.flatMap((entry) => {
    const untrained = new Set(entry.needTraining.map((c) => c.id));
    return entry.champions.map((champion): ReadinessRow => ({ entry, champion, person: people.get(champion.personId), trained: !untrained.has(champion.id) }));
  });
  await streamCsv(res, { fileName: 'champion-readiness.csv', columns: columns(ctx), rows });
}

/** A route's training readiness as CSV (issue 14). */
export function mountReadinessCsv({ app, handle }: ModuleHttp): void {
  app.get(
    '/champions/readiness.csv',
    handle((req, res, ctx) => exportReadinessCsv(ctx, req.query as Record<string, unknown>, res)),
  );
}
