import { mapBounded } from './map-bounded';

/** A promise settled by hand, to hold work in flight. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('mapBounded', () => {
  it('runs at most `limit` at a time and answers in the items’ order', async () => {
    const gates = [0, 1, 2, 3, 4].map(() => deferred());
    let running = 0;
    let most = 0;
    const result = mapBounded([0, 1, 2, 3, 4], 2, async (i) => {
      running += 1;
      most = Math.max(most, running);
      await gates[i].promise;
      running -= 1;
      return i * 10;
    });
    await tick();
    expect(running).toBe(2);
    // Finished out of order: the answer keeps the items' order.
    for (const i of [1, 0, 4, 3, 2]) {
      gates[i].resolve();
      await tick();
    }
    expect(await result).toEqual([0, 10, 20, 30, 40]);
    expect(most).toBe(2);
  });

  it('answers the first failure and starts nothing after it', async () => {
    const started: number[] = [];
    const result = mapBounded([0, 1, 2, 3], 1, async (i) => {
      started.push(i);
      if (i === 1) throw new Error('route 1 failed');
      return i;
    });
    await expect(result).rejects.toThrow('route 1 failed');
    expect(started).toEqual([0, 1]);
  });

  it('answers an empty list without calling the work', async () => {
    expect(await mapBounded([], 4, async () => 1)).toEqual([]);
  });
});
