import type { NextFunction, Request, Response } from 'express';

const WINDOW_MS = 60_000;

/** The key a partner sends, if any (X-Api-Key, or a bearer that looks like one). */
function apiKeyOf(req: Request): string | null {
  const header = req.headers['x-api-key'];
  if (typeof header === 'string' && header) return header;
  const bearer = req.headers.authorization?.match(/^Bearer\s+(lr_\S+)$/i)?.[1];
  return bearer ?? null;
}

/**
 * Fixed one-minute windows per API key, kept in this process's memory. Signed-in portal users
 * are not limited here. With several gateway replicas each keeps its own count (a shared
 * store such as Redis would make the limit global).
 */
export function apiKeyRateLimit(perMinute: number, now: () => number = Date.now) {
  const windows = new Map<string, { start: number; count: number }>();
  return (req: Request, res: Response, next: NextFunction) => {
    const key = apiKeyOf(req);
    if (!key) return next();
    const t = now();
    const window = windows.get(key);
    if (!window || t - window.start >= WINDOW_MS) {
      windows.set(key, { start: t, count: 1 });
      if (windows.size > 10_000) for (const [k, w] of windows) if (t - w.start >= WINDOW_MS) windows.delete(k);
      return next();
    }
    window.count += 1;
    if (window.count <= perMinute) return next();
    const retryAfter = Math.ceil((window.start + WINDOW_MS - t) / 1000);
    res.setHeader('retry-after', String(retryAfter));
    res.status(429).json({
      errors: [{ message: `Too many requests for this API key: at most ${perMinute} a minute; retry in ${retryAfter} s`, extensions: { code: 'RATE_LIMITED', retryAfter } }],
    });
  };
}
