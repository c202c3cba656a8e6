import jwt from 'jsonwebtoken';
import { TokenService } from './token.service';

const SECRET = 'unit-test-secret-that-is-long-enough-42';
const USER = '6f1c2d1e-2b1a-4c3d-9e8f-0123456789ab';

describe('TokenService', () => {
  afterEach(() => jest.restoreAllMocks());

  it('signs a token that verifies to the user id, with the expiry it announces', () => {
    const before = Date.now();
    const { token, expiresAt } = new TokenService(SECRET, 60).sign(USER);
    expect(new TokenService(SECRET, 60).verify(token)).toBe(USER);
    expect(expiresAt.getTime()).toBeGreaterThanOrEqual(before + 60 * 60_000);
    expect(expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 60 * 60_000);
    const claims = jwt.decode(token) as jwt.JwtPayload;
    expect(claims.exp! - claims.iat!).toBe(3600);
    expect(claims.iss).toBe('learning-routes');
  });

  it('refuses a token once its time to live has passed', () => {
    const start = Date.parse('2024-03-01T10:00:00Z');
    const now = jest.spyOn(Date, 'now').mockReturnValue(start);
    const tokens = new TokenService(SECRET, 30);
    const { token } = tokens.sign(USER);
    now.mockReturnValue(start + 29 * 60_000);
    expect(tokens.verify(token)).toBe(USER);
    now.mockReturnValue(start + 30 * 60_000 + 1000);
    expect(tokens.verify(token)).toBeNull();
  });

  it('refuses a token whose exp is in the past', () => {
    const expired = jwt.sign({ sub: USER, exp: Math.floor(Date.now() / 1000) - 60 }, SECRET, { algorithm: 'HS256', issuer: 'learning-routes' });
    expect(new TokenService(SECRET, 60).verify(expired)).toBeNull();
  });

  it('refuses a token signed with another secret', () => {
    const { token } = new TokenService('another-secret-that-is-long-enough-99', 60).sign(USER);
    expect(new TokenService(SECRET, 60).verify(token)).toBeNull();
  });

  it('refuses a token whose payload was changed after signing', () => {
    const { token } = new TokenService(SECRET, 60).sign(USER);
    const [header, , signature] = token.split('.');
    const payload = Buffer.from(JSON.stringify({ sub: 'someone-else', iss: 'learning-routes', exp: 9999999999 })).toString('base64url');
    expect(new TokenService(SECRET, 60).verify(`${header}.${payload}.${signature}`)).toBeNull();
  });

  it('refuses unsigned (alg none) tokens, tokens from another issuer and garbage', () => {
    const unsigned = jwt.sign({ sub: USER, iss: 'learning-routes' }, '', { algorithm: 'none' });
    const otherIssuer = jwt.sign({ sub: USER }, SECRET, { algorithm: 'HS256', issuer: 'someone-else', expiresIn: 60 });
    const noSubject = jwt.sign({ role: 'ADMIN' }, SECRET, { algorithm: 'HS256', issuer: 'learning-routes', expiresIn: 60 });
    const tokens = new TokenService(SECRET, 60);
    expect(tokens.verify(unsigned)).toBeNull();
    expect(tokens.verify(otherIssuer)).toBeNull();
    expect(tokens.verify(noSubject)).toBeNull();
    expect(tokens.verify('not-a-token')).toBeNull();
    expect(tokens.verify('')).toBeNull();
  });
});
