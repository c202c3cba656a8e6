import type { DataSource } from 'typeorm';

/** How stale `api_key.last_used_at` may get: one write per key and minute, not one per request. */
const WRITE_EVERY_MS = 60_000;

const lastWrites = new WeakMap<DataSource, Map<string, number>>();

/**
 * Notes that a partner key was used, for the admins' key list. Written outside the request's
 * transaction (a refused or failing request still used the key) and at most once a minute per
 * key and process, so a busy partner costs one statement a minute rather than one a request.
 * Not audited: it is usage, not a change anyone made.
 */
export async function recordKeyUse(dataSource: DataSource, keyId: string, now: Date): Promise<void> {
  let writes = lastWrites.get(dataSource);
  if (!writes) lastWrites.set(dataSource, (writes = new Map()));
  const last = writes.get(keyId);
  if (last !== undefined && now.getTime() - last < WRITE_EVERY_MS) return;
  writes.set(keyId, now.getTime());
  await dataSource.query(`UPDATE api_key SET last_used_at = $2 WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $2)`, [keyId, now]);
}
