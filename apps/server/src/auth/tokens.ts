import { createSecretKey, type KeyObject, randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { Viewer } from './viewer.ts';

/**
 * Access tokens are short-lived JWTs (HS256) that carry the viewer; refresh tokens are JWTs whose
 * id (jti) is stored, so that a refresh can be revoked and is rotated at each use.
 */
const ISSUER = 'jixiao';

export interface TokenConfig {
  secret: string;
  accessMinutes: number;
  refreshDays: number;
}

const keys = new Map<string, KeyObject>();

/** The HMAC key of a secret, made once (jose imports raw bytes anew at every use). */
function key(secret: string): KeyObject {
  let made = keys.get(secret);
  if (!made) {
    made = createSecretKey(Buffer.from(secret, 'utf8'));
    keys.set(secret, made);
  }
  return made;
}

export async function signAccessToken(viewer: Viewer, config: TokenConfig): Promise<string> {
  return new SignJWT({
    username: viewer.username,
    role: viewer.role,
    scope: viewer.scopeCode,
    townships: viewer.townshipCodes,
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(viewer.id)
    .setIssuer(ISSUER)
    .setAudience('access')
    .setIssuedAt()
    .setExpirationTime(`${config.accessMinutes}m`)
    .sign(key(config.secret));
}

export async function signRefreshToken(
  userId: string,
  config: TokenConfig,
): Promise<{ token: string; id: string; expiresAt: Date }> {
  const id = randomUUID();
  const expiresAt = new Date(Date.now() + config.refreshDays * 24 * 3600 * 1000);
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setJti(id)
    .setIssuer(ISSUER)
    .setAudience('refresh')
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(key(config.secret));
  return { token, id, expiresAt };
}

export type TokenCheck<T> = { ok: true; value: T } | { ok: false; reason: 'expired' | 'invalid' };

/** A verified access token: its viewer, and when it expires (ms since 1970). */
export interface AccessToken {
  viewer: Viewer;
  expiresAtMs: number;
}

export async function readAccessToken(
  token: string,
  secret: string,
): Promise<TokenCheck<AccessToken>> {
  try {
    const { payload } = await jwtVerify(token, key(secret), { issuer: ISSUER, audience: 'access' });
    const townships = Array.isArray(payload.townships) ? payload.townships.map(String) : [];
    return {
      ok: true,
      value: {
        viewer: {
          id: String(payload.sub),
          username: String(payload.username),
          role: payload.role as Viewer['role'],
          scopeCode: typeof payload.scope === 'string' ? payload.scope : null,
          townshipCodes: townships,
        },
        expiresAtMs: Number(payload.exp) * 1000,
      },
    };
  } catch (error) {
    return { ok: false, reason: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
  }
}

export async function readRefreshToken(
  token: string,
  secret: string,
): Promise<TokenCheck<{ userId: string; id: string }>> {
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      issuer: ISSUER,
      audience: 'refresh',
    });
    if (!payload.sub || !payload.jti) return { ok: false, reason: 'invalid' };
    return { ok: true, value: { userId: payload.sub, id: payload.jti } };
  } catch (error) {
    return { ok: false, reason: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
  }
}
