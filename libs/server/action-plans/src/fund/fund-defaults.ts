import { createHash } from 'node:crypto';
import { defineSetting, moneyField, type MoneyInput } from '@lr/server-core';

/**
 * The action fund a new route starts with: USD 12,000 (000 §45) until an admin changes it. It is
 * stored on the route when the route is made, so a later change leaves existing routes' funds be.
 */
export const fundDefaultSetting = defineSetting<{ fund: MoneyInput }>({
  key: 'action-plans.fundDefault',
  module: 'action-plans',
  description: "The action fund a new route starts with; an admin can then change each route's own",
  fields: { fund: moneyField() },
  defaults: { fund: { amount: '12000.00', currency: 'USD' } },
});

// Any fixed namespace will do; it only has to stay the same forever.
const NAMESPACE = Buffer.from('6f1c2a54b3e84f0d9a7c5e21d4b8f013', 'hex');

/**
 * The id of a route's fund, derived from the route's (a name-based UUID, RFC 9562 version 5).
 * A route's fund is stored when the route is made; a route older than that shows today's
 * default under this same id until first use, so the id a client read before the row existed
 * is still the fund's id after.
 */
export function fundIdOf(routeId: string): string {
  const bytes = createHash('sha1').update(NAMESPACE).update(routeId.toLowerCase()).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
