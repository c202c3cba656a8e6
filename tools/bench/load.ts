import autocannon from 'autocannon';

/** One request as autocannon sends it. */
export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Answers that were not 2xx, and requests that failed outright. */
  failures: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Sends `requests` (cycled through, per connection) to `url` for `seconds`, as fast as the
 * server answers, or at `rate` requests a second in all. Latencies are each response's own time.
 */
export async function load(url: string, requests: BenchRequest[], options: { connections: number; seconds: number; rate?: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  const instance = autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    overallRate: options.rate,
    requests,
    // Without a callback autocannon returns an instance that is also a promise of the result;
    // its typings only show the promise.
  }) as unknown as autocannon.Instance & PromiseLike<autocannon.Result>;
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    if (statusCode < 200 || statusCode >= 300) failures += 1;
  });
  instance.on('reqError', () => {
    failures += 1;
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: latencies.length / options.seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    failures: failures + result.timeouts,
  };
}
