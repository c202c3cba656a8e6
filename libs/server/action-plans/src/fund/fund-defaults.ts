import { createHash } from 'node:crypto';

/** A route's action fund until an admin changes it: USD 12,000 (000 §45), in cents. */
export const DEFAULT_FUND = { amountMinor: '1200000', currency: 'USD' } as const;

// Any fixed namespace will do; it only has to stay the same forever.
const NAMESPACE = Buffer.from('6f1c2a54b3e84f0d9a7c5e21d4b8f013', 'hex');

/**
 * The id of a route's fund, derived from the route's (a name-based UUID, RFC 9562 version 5).
 * Every route has a fund, but its row is stored only on first use (a change of amount, the
 * vote, an award); until then reads show the default under this same id, so the id a client
 * read before the row existed is still the fund's id after.
 */
export function fundIdOf(routeId: string): string {
  const bytes = createHash('sha1').update(NAMESPACE).update(routeId.toLowerCase()).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
