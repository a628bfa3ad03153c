import { audit } from '../audit.ts';
import type { Context } from '../context.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { readRefreshToken, signAccessToken, signRefreshToken } from './tokens.ts';
import type { Viewer } from './viewer.ts';

/** After this many wrong passwords in a row an account is locked for LOCK_MINUTES. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  viewer: Viewer;
}

export type LoginResult =
  | { ok: true; session: Session }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked'; lockedUntil: Date };

// A valid hash to compare against when the user does not exist, so that timing does not tell
// which usernames exist.
let dummyHash: Promise<string> | null = null;

async function viewerOf(context: Context, userId: string): Promise<Viewer | null> {
  const user = await context.db.prisma.user.findUnique({
    where: { id: userId },
    include: { townships: true },
  });
  if (!user) return null;
  return {
    id: user.id,
    username: user.username,
    role: user.role,
    scopeCode: user.scopeCode,
    townshipCodes: user.townships.map((township) => township.townshipCode).sort(),
  };
}

async function openSession(context: Context, viewer: Viewer): Promise<Session> {
  const refresh = await signRefreshToken(viewer.id, context.tokens);
  await context.db.prisma.refreshToken.create({
    data: { id: refresh.id, userId: viewer.id, expiresAt: refresh.expiresAt },
  });
  return {
    accessToken: await signAccessToken(viewer, context.tokens),
    accessTokenExpiresAt: new Date(context.now.getTime() + context.tokens.accessMinutes * 60_000),
    refreshToken: refresh.token,
    viewer,
  };
}

export async function login(
  context: Context,
  username: string,
  password: string,
): Promise<LoginResult> {
  const user = await context.db.prisma.user.findUnique({ where: { username } });
  if (!user) {
    dummyHash ??= hashPassword('not-a-real-password');
    await verifyPassword(await dummyHash, password);
    return { ok: false, reason: 'invalid' };
  }
  if (user.lockedUntil && user.lockedUntil > context.now) {
    return { ok: false, reason: 'locked', lockedUntil: user.lockedUntil };
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    const failedLogins = user.failedLogins + 1;
    const lockedUntil =
      failedLogins >= MAX_FAILED_LOGINS
        ? new Date(context.now.getTime() + LOCK_MINUTES * 60_000)
        : null;
    await context.db.prisma.user.update({
      where: { id: user.id },
      data: { failedLogins: lockedUntil ? 0 : failedLogins, lockedUntil },
    });
    await audit(context.db.prisma, context, {
      action: lockedUntil ? 'login.locked' : 'login.failed',
      entity: 'User',
      entityId: user.id,
    });
    return lockedUntil
      ? { ok: false, reason: 'locked', lockedUntil }
      : { ok: false, reason: 'invalid' };
  }
  await context.db.prisma.user.update({
    where: { id: user.id },
    data: { failedLogins: 0, lockedUntil: null },
  });
  const viewer = await viewerOf(context, user.id);
  if (!viewer) return { ok: false, reason: 'invalid' };
  await audit(context.db.prisma, context, { action: 'login', entity: 'User', entityId: user.id });
  return { ok: true, session: await openSession(context, viewer) };
}

/**
 * A refresh token revoked this long ago and sent again is a replay, not a retry: a phone whose
 * refresh answer was lost, or two tabs refreshing at once, send it again within seconds.
 */
export const REFRESH_REUSE_GRACE_SECONDS = 30;

/**
 * A revoked refresh token sent again after the grace period was copied: whoever holds it may
 * hold the newer ones too, so every session of the user is revoked (they log in again).
 */
async function revokeOnReuse(context: Context, id: string, userId: string): Promise<void> {
  const { prisma } = context.db;
  const stored = await prisma.refreshToken.findUnique({ where: { id } });
  if (!stored || stored.userId !== userId || !stored.revokedAt) return;
  if (stored.expiresAt <= context.now) return;
  const graceEnd = stored.revokedAt.getTime() + REFRESH_REUSE_GRACE_SECONDS * 1000;
  if (context.now.getTime() < graceEnd) return;
  const revoked = await prisma.refreshToken.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: context.now },
  });
  await audit(prisma, context, {
    action: 'refresh.reused',
    entity: 'User',
    entityId: userId,
    details: { revokedSessions: revoked.count },
  });
}

/**
 * Rotates a refresh token: the old one is revoked, a new session is opened. A token that was
 * already revoked opens nothing, and past the grace period revokes the user's other sessions.
 */
export async function refresh(context: Context, token: string): Promise<Session | null> {
  const check = await readRefreshToken(token, context.tokens.secret);
  if (!check.ok) return null;
  const revoked = await context.db.prisma.refreshToken.updateMany({
    where: {
      id: check.value.id,
      userId: check.value.userId,
      revokedAt: null,
      expiresAt: { gt: context.now },
    },
    data: { revokedAt: context.now },
  });
  if (revoked.count !== 1) {
    await revokeOnReuse(context, check.value.id, check.value.userId);
    return null;
  }
  const viewer = await viewerOf(context, check.value.userId);
  return viewer ? openSession(context, viewer) : null;
}

export async function logout(context: Context, token: string): Promise<boolean> {
  const check = await readRefreshToken(token, context.tokens.secret);
  if (!check.ok) return false;
  const revoked = await context.db.prisma.refreshToken.updateMany({
    where: { id: check.value.id, revokedAt: null },
    data: { revokedAt: context.now },
  });
  return revoked.count === 1;
}
