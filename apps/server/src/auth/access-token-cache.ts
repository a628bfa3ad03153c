import { type AccessToken, readAccessToken, type TokenCheck } from './tokens.ts';
import type { Viewer } from './viewer.ts';

/**
 * The access tokens this process has verified, until each expires: a phone sends the same token
 * with every batch, and checking its signature again costs more than the rest of the request's
 * set-up. A token is immutable and short-lived (access tokens are not revoked; refresh tokens
 * are), so a verified one stays good until its `exp`. Only tokens with a valid signature are
 * kept, at most `capacity` (the oldest go first); one that fails is checked anew each time.
 */
export class AccessTokenCache {
  readonly #secret: string;
  readonly #capacity: number;
  readonly #verified = new Map<string, AccessToken>();

  constructor(secret: string, capacity = 10_000) {
    this.#secret = secret;
    this.#capacity = capacity;
  }

  async read(token: string, nowMs = Date.now()): Promise<TokenCheck<Viewer>> {
    const known = this.#verified.get(token);
    if (known && nowMs < known.expiresAtMs) return { ok: true, value: known.viewer };
    if (known) this.#verified.delete(token);
    const check = await readAccessToken(token, this.#secret);
    if (!check.ok) return check;
    if (nowMs >= check.value.expiresAtMs) return { ok: false, reason: 'expired' };
    if (this.#verified.size >= this.#capacity) {
      const oldest = this.#verified.keys().next();
      if (!oldest.done) this.#verified.delete(oldest.value);
    }
    this.#verified.set(token, check.value);
    return { ok: true, value: check.value.viewer };
  }

  get size(): number {
    return this.#verified.size;
  }
}
