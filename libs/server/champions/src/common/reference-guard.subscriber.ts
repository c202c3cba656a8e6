import { EventSubscriber, type EntityManager, type EntitySubscriberInterface, type ObjectLiteral, type RemoveEvent } from 'typeorm';
import { ConflictError } from '@lr/server-core';
import { LearningRoute, Person, ThematicArea } from '@lr/server-core-domain';
import { Practice } from '@lr/server-practices';

/** What refers to a record of another module, and how to say so. */
const GUARDS: { target: Function; label: string; uses: string[] }[] = [
  {
    target: Person,
    label: 'person',
    uses: ['SELECT count(*)::int AS n FROM champion WHERE person_id = $1', 'SELECT count(*)::int AS n FROM champion_training WHERE trainer_person_id = $1'],
  },
  { target: Practice, label: 'practice', uses: ['SELECT count(*)::int AS n FROM champion_practice WHERE practice_id = $1'] },
  { target: ThematicArea, label: 'thematic area', uses: ['SELECT count(*)::int AS n FROM champion WHERE $1 = ANY(thematic_area_ids)'] },
  { target: LearningRoute, label: 'learning route', uses: ['SELECT count(*)::int AS n FROM champion_feedback WHERE route_id = $1'] },
];

async function uses(manager: EntityManager, queries: string[], id: string): Promise<number> {
  let total = 0;
  for (const sql of queries) total += ((await manager.query(sql, [id])) as { n: number }[])[0].n;
  return total;
}

/**
 * Champions refer to people, practices, thematic areas and routes by id, without foreign keys
 * (modules stay splittable). This keeps those ids valid: deleting a record champions still use
 * is refused with CONFLICT, as a RESTRICT foreign key would. It runs inside the deleting
 * transaction, after the owning service locked the row, so a concurrent link cannot slip in.
 */
@EventSubscriber()
export class ChampionReferenceGuard implements EntitySubscriberInterface {
  async beforeRemove(event: RemoveEvent<ObjectLiteral>): Promise<void> {
    const guard = GUARDS.find((g) => g.target === event.metadata.target);
    const id = (event.entity?.['id'] ?? event.entityId) as string | undefined;
    if (!guard || !id) return;
    const count = await uses(event.manager, guard.uses, id);
    if (count > 0) {
      throw new ConflictError(`This ${guard.label} is still used by ${count} champion record(s); remove those first`, { entity: event.metadata.name, id });
    }
  }
}
