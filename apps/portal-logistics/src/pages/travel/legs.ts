/** A leg as lists read it: where and when it lands (local time there). */
interface LegLike {
  direction: string;
  arriveLocal: string;
  toPlace: string;
}

/**
 * The traveller's arrival in the host country: the last inbound leg of the journey (as the
 * arrivals manifest counts it). The API gives legs in departure order, compared as instants.
 */
export function hostArrival<T extends LegLike>(legs: readonly T[] | null | undefined): T | undefined {
  return (legs ?? []).filter((l) => l.direction === 'INBOUND').at(-1);
}
