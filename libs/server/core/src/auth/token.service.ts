import jwt from 'jsonwebtoken';

export interface TokenClaims {
  sub: string;
}

/** Signs and checks the bearer tokens `login` hands out (HS256, with an expiry). */
export class TokenService {
  constructor(
    private readonly secret: string,
    private readonly ttlMinutes: number,
  ) {}

  sign(userId: string): { token: string; expiresAt: Date } {
    const expiresAt = new Date(Date.now() + this.ttlMinutes * 60_000);
    const token = jwt.sign({ sub: userId }, this.secret, {
      algorithm: 'HS256',
      expiresIn: this.ttlMinutes * 60,
      issuer: 'learning-routes',
    });
    return { token, expiresAt };
  }

  /** The user id, or null when the token is malformed, forged or expired. */
  verify(token: string): string | null {
    try {
      const claims = jwt.verify(token, this.secret, { algorithms: ['HS256'], issuer: 'learning-routes' });
      return typeof claims === 'object' && typeof claims.sub === 'string' ? claims.sub : null;
    } catch {
      return null;
    }
  }
}
