import { createHash } from 'node:crypto';
import { ValidationError } from '../errors';
import type { SearchAfter, SearchHit, SearchKind } from './search-source';

/** Where a page of the search ended: the last hit's rank, kind and id, for the search it belongs to. */
export interface SearchPosition {
  rank: number;
  kind: string;
  id: string;
}

/** The merged list's order: rank first (best first), then kind, then id, both byte by byte. */
export function compareHits(a: SearchPosition, b: SearchPosition): number {
  if (a.rank !== b.rank) return b.rank - a.rank;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * What comes after `position` for the source of `kind`: below its rank; at its rank, every hit
 * of a kind sorting after the position's, none of one sorting before, and for its own kind
 * those with a later id.
 */
export function afterFor(kind: SearchKind, position: SearchPosition): SearchAfter {
  const tiesAfter = kind === position.kind ? position.id : kind > position.kind ? '' : null;
  return { rank: position.rank, tiesAfter };
}

/** Names the search (its words and kinds) a cursor belongs to, so another search's is refused. */
export function searchFingerprint(order: string): string {
  return createHash('sha1').update(order).digest('base64url').slice(0, 8);
}

export function encodeSearchCursor(search: string, hit: SearchHit): string {
  return Buffer.from(JSON.stringify({ s: search, r: hit.rank, k: hit.kind, id: hit.id })).toString('base64url');
}

/** The position a cursor of this search names; BAD_USER_INPUT on `after` for anything else. */
export function decodeSearchCursor(cursor: string, search: string): SearchPosition {
  const invalid = () => ValidationError.field('after', 'is not a cursor this API gave out for this list and order');
  let content: { s?: unknown; r?: unknown; k?: unknown; id?: unknown };
  try {
    content = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as typeof content;
  } catch {
    throw invalid();
  }
  if (!content || typeof content !== 'object' || content.s !== search) throw invalid();
  const { r, k, id } = content;
  if (typeof r !== 'number' || !Number.isFinite(r) || typeof k !== 'string' || k.length > 40 || typeof id !== 'string' || id.length > 100 || id.includes('\u0000')) throw invalid();
  return { rank: r, kind: k, id };
}
