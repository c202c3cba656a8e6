import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * `X-LR-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. The timestamp is in
 * the signed text, so a receiver refuses old replays by checking it is recent.
 */
export function signatureHeader(secret: string, body: string, now = new Date()): string {
  const t = Math.floor(now.getTime() / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

/** What a receiver does (docs/partners.md): true when the signature matches and is at most `toleranceSeconds` old. */
export function verifySignature(secret: string, body: string, header: string, toleranceSeconds = 300, now = new Date()): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts['t']);
  if (!Number.isFinite(t) || Math.abs(now.getTime() / 1000 - t) > toleranceSeconds || !parts['v1']) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'));
  const given = Buffer.from(parts['v1']);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Seconds to wait before attempt `n + 1` after `n` failed ones: 30 s, 2 min, 10 min, 1 h, 6 h… */
export function backoffSeconds(attempts: number): number {
  return [30, 120, 600, 3600, 6 * 3600, 12 * 3600, 24 * 3600][Math.min(attempts - 1, 6)] ?? 30;
}

/** Attempts after which a delivery is given up (it can still be replayed). */
export const MAX_ATTEMPTS = 8;
