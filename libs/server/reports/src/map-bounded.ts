/**
 * `work` on every item, at most `limit` at a time, results in the items' order. A programme's
 * report reads its routes this way: one after another was slow for a programme of many routes,
 * all at once would take every connection of the pool (each route already reads six modules
 * concurrently) from the requests beside it.
 */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  // After a failure the others finish what they hold but take nothing new: the answer is the error.
  let failed = false;
  const worker = async () => {
    while (next < items.length && !failed) {
      const index = next++;
      try {
        results[index] = await work(items[index]);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
