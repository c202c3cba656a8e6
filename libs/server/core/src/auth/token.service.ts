import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';

export interface TokenClaims {
  sub: string;
}

/** Signs and checks the bearer tokens `login` hands out (HS256, with an expiry). */
export class TokenService {
  /**
   * The secret as a key object, made once. Given a string, jsonwebtoken first tries to read it
   * as a public key on every call and throws before falling back to a secret key: that failed
   * parse cost more than the signature check itself.
   */
  private readonly key: KeyObject;

  constructor(
    secret: string,
    private readonly ttlMinutes: number,
  ) {
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  sign(userId: string): { token: string; expiresAt: Date } {
    const expiresAt = new Date(Date.now() + this.ttlMinutes * 60_000);
    const token = jwt.sign({ sub: userId }, this.key, {
      algorithm: 'HS256',
      expiresIn: this.ttlMinutes * 60,
      issuer: 'learning-routes',
    });
    return { token, expiresAt };
  }

  /** The user id, or null when the token is malformed, forged or expired. */
  verify(token: string): string | null {
    return this.session(token)?.userId ?? null;
  }

  /** Whose session it is and when it was signed (whole seconds), or null when the token is not good. */
  session(token: string): { userId: string; signedAt: Date } | null {
    try {
      const claims = jwt.verify(token, this.key, { algorithms: ['HS256'], issuer: 'learning-routes' });
      if (typeof claims !== 'object' || typeof claims.sub !== 'string' || typeof claims.iat !== 'number') return null;
      return { userId: claims.sub, signedAt: new Date(claims.iat * 1000) };
    } catch {
      return null;
    }
  }
}
