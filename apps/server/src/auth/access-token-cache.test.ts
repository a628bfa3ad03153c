import { describe, expect, it } from 'vitest';
import { AccessTokenCache } from './access-token-cache.ts';
import { signAccessToken } from './tokens.ts';
import type { Viewer } from './viewer.ts';

const SECRET = 'cache-test-secret-cache-test-secret-0123';
const CONFIG = { secret: SECRET, accessMinutes: 15, refreshDays: 30 };

function viewer(username: string): Viewer {
  return {
    id: crypto.randomUUID(),
    username,
    role: 'FIELD_WORKER',
    scopeCode: '653125',
    townshipCodes: ['653125100'],
  };
}

describe('AccessTokenCache', () => {
  it('verifies a token once and answers it from memory until it expires', async () => {
    const cache = new AccessTokenCache(SECRET);
    const worker = viewer('worker');
    const token = await signAccessToken(worker, CONFIG);
    const now = Date.now();
    expect(await cache.read(token, now)).toEqual({ ok: true, value: worker });
    expect(await cache.read(token, now + 60_000)).toEqual({ ok: true, value: worker });
    expect(cache.size).toBe(1);
    expect(await cache.read(token, now + 16 * 60_000)).toEqual({ ok: false, reason: 'expired' });
    expect(cache.size).toBe(0);
  });

  it('keeps no token that fails, and refuses one signed with another secret', async () => {
    const cache = new AccessTokenCache(SECRET);
    const forged = await signAccessToken(viewer('x'), { ...CONFIG, secret: `${SECRET}-other` });
    expect(await cache.read(forged)).toEqual({ ok: false, reason: 'invalid' });
    expect(await cache.read('not-a-token')).toEqual({ ok: false, reason: 'invalid' });
    expect(cache.size).toBe(0);
  });

  it('holds at most its capacity, dropping the oldest', async () => {
    const cache = new AccessTokenCache(SECRET, 2);
    const tokens = await Promise.all(
      ['a', 'b', 'c'].map((name) => signAccessToken(viewer(name), CONFIG)),
    );
    for (const token of tokens) expect((await cache.read(token)).ok).toBe(true);
    expect(cache.size).toBe(2);
  });
});
