import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { WORKER, WORKER_PASSWORD } from '../testing/fake-graphql-server.ts';
import { createTestContext } from '../testing/test-context.ts';
import { AuthRequiredError } from './api-errors.ts';
import { ME_QUERY } from './auth-documents.ts';

describe('SessionManager', () => {
  it('logs in, stores tokens and viewer, and sends the device id', async () => {
    const context = await createTestContext({ loggedIn: false });
    const outcome = await context.session.login(WORKER.username, WORKER_PASSWORD);
    expect(outcome).toEqual({ ok: true, viewer: WORKER });
    const session = await context.session.session();
    expect(session.tokens?.accessToken).toMatch(/^access-/);
    expect(session.viewer).toEqual(WORKER);
    const [call] = context.server.callsOf('Login');
    expect(call?.headers.get('x-device-id')).toBe(session.deviceId);
    expect(call?.headers.get('authorization')).toBeNull();
  });

  it('says why a login failed', async () => {
    const context = await createTestContext({ loggedIn: false });
    expect(await context.session.login(WORKER.username, 'wrong')).toEqual({
      ok: false,
      reason: 'invalidCredentials',
      message: '用户名或密码不正确',
    });
    expect(await context.session.login('locked', 'any')).toMatchObject({
      ok: false,
      reason: 'locked',
      lockedUntil: '2026-11-20T12:30:00+08:00',
    });
    context.server.offline = true;
    expect(await context.session.login(WORKER.username, WORKER_PASSWORD)).toMatchObject({
      ok: false,
      reason: 'network',
    });
  });

  it('keeps the device id across logins and logouts', async () => {
    const context = await createTestContext();
    await context.session.logout();
    const session = await context.session.session();
    expect(session).toMatchObject({ tokens: null, viewer: null, deviceId: context.deviceId });
    await expect(context.session.query(ME_QUERY, {})).rejects.toBeInstanceOf(AuthRequiredError);
  });

  it('answers queries with the stored token', async () => {
    const context = await createTestContext();
    expect(await context.session.query(ME_QUERY, {})).toEqual({ me: WORKER });
  });
});
