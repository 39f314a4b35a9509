import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';

const ISSUER = 'jiebang';

export interface TokenClaims {
  /** User id. */
  sub: string;
}

export function signToken(userId: string, secret: string, ttlSeconds: number): { token: string; expiresAt: Date } {
  const token = jwt.sign({}, secret, { subject: userId, expiresIn: ttlSeconds, issuer: ISSUER, algorithm: 'HS256' });
  return { token, expiresAt: new Date(Date.now() + ttlSeconds * 1000) };
}

const keys = new Map<string, KeyObject>();

/**
 * Given a string, jsonwebtoken first tries it as a PEM public key and builds the secret key only after that
 * throws: about a millisecond of every request. The key object is built once per secret instead.
 */
function secretKey(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = createSecretKey(Buffer.from(secret))));
  return key;
}

/** Returns the user id of a valid token, or null for a missing, expired, forged or malformed one. */
export function verifyToken(token: string, secret: string): string | null {
  try {
    const claims = jwt.verify(token, secretKey(secret), { issuer: ISSUER, algorithms: ['HS256'] });
    return typeof claims === 'object' && typeof claims.sub === 'string' ? claims.sub : null;
  } catch {
    return null;
  }
}
