import { errors, jwtVerify, SignJWT } from 'jose';
import type { Viewer } from './viewer.ts';

/**
 * 下载令牌 — a form download is a plain link (`/exports/<token>`) the browser opens without the
 * API's Authorization header, so the link itself carries the right: a short-lived JWT (HS256,
 * the API's secret, audience "export") naming the project, the form kind and the viewer it was
 * issued to. The download re-checks that viewer's scope on the project's county.
 */
export const EXPORT_TOKEN_MINUTES = 10;

const ISSUER = 'jixiao';
const AUDIENCE = 'export';

export interface ExportGrant {
  projectId: string;
  kind: string;
  viewer: Viewer;
}

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export async function signExportToken(
  grant: ExportGrant,
  secret: string,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = new Date((issuedAt + EXPORT_TOKEN_MINUTES * 60) * 1000);
  const token = await new SignJWT({
    project: grant.projectId,
    kind: grant.kind,
    username: grant.viewer.username,
    role: grant.viewer.role,
    scope: grant.viewer.scopeCode,
    townships: grant.viewer.townshipCodes,
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(grant.viewer.id)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(key(secret));
  return { token, expiresAt };
}

export type ExportTokenCheck =
  | { ok: true; grant: ExportGrant }
  | { ok: false; reason: 'expired' | 'invalid' };

export async function readExportToken(token: string, secret: string): Promise<ExportTokenCheck> {
  try {
    const { payload } = await jwtVerify(token, key(secret), { issuer: ISSUER, audience: AUDIENCE });
    if (typeof payload.project !== 'string' || typeof payload.kind !== 'string' || !payload.sub) {
      return { ok: false, reason: 'invalid' };
    }
    return {
      ok: true,
      grant: {
        projectId: payload.project,
        kind: payload.kind,
        viewer: {
          id: payload.sub,
          username: String(payload.username),
          role: payload.role as Viewer['role'],
          scopeCode: typeof payload.scope === 'string' ? payload.scope : null,
          townshipCodes: Array.isArray(payload.townships) ? payload.townships.map(String) : [],
        },
      },
    };
  } catch (error) {
    return { ok: false, reason: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
  }
}
