/**
 * 登录限流 — token buckets in front of the password check, per process (a second line behind
 * the account lockout, which lives in the database):
 * - per client address, failed attempts only: a township office behind one NAT address logs
 *   in many times each morning, a guesser fails;
 * - per username, every attempt: nobody logs in as one user ten times a minute, and a guess
 *   refused here costs no argon2 hash and no write to the user's row.
 * A refused attempt is answered with the seconds to wait; it does not count itself.
 */
export interface BucketLimit {
  /** Attempts allowed at once. */
  capacity: number;
  /** One attempt is given back every this many milliseconds. */
  refillMs: number;
}

export interface LoginLimits {
  perAddress: BucketLimit;
  perUsername: BucketLimit;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perAddress: { capacity: 30, refillMs: 10_000 },
  perUsername: { capacity: 10, refillMs: 6_000 },
};

/** Buckets kept per kind; past it the least recently used is dropped (memory stays bounded). */
const MAX_KEYS = 10_000;

interface Bucket {
  tokens: number;
  updatedMs: number;
}

class TokenBuckets {
  readonly #limit: BucketLimit;
  readonly #buckets = new Map<string, Bucket>();

  constructor(limit: BucketLimit) {
    this.#limit = limit;
  }

  #refilled(key: string, nowMs: number): Bucket {
    const { capacity, refillMs } = this.#limit;
    const bucket = this.#buckets.get(key);
    if (!bucket) return { tokens: capacity, updatedMs: nowMs };
    const elapsed = Math.max(0, nowMs - bucket.updatedMs);
    return {
      tokens: Math.min(capacity, bucket.tokens + elapsed / refillMs),
      updatedMs: nowMs,
    };
  }

  /** Milliseconds until one attempt is available (0: now). */
  waitMs(key: string, nowMs: number): number {
    const { tokens } = this.#refilled(key, nowMs);
    // A hair under one attempt is float noise of the refill, not a wait.
    return tokens >= 1 - 1e-9 ? 0 : (1 - tokens) * this.#limit.refillMs;
  }

  take(key: string, nowMs: number): void {
    const bucket = this.#refilled(key, nowMs);
    bucket.tokens = Math.max(0, bucket.tokens - 1);
    this.#buckets.delete(key);
    this.#buckets.set(key, bucket);
    if (this.#buckets.size > MAX_KEYS) {
      const oldest = this.#buckets.keys().next().value;
      if (oldest !== undefined) this.#buckets.delete(oldest);
    }
  }
}

export class LoginThrottle {
  readonly #addresses: TokenBuckets;
  readonly #usernames: TokenBuckets;

  constructor(limits: LoginLimits = DEFAULT_LOGIN_LIMITS) {
    this.#addresses = new TokenBuckets(limits.perAddress);
    this.#usernames = new TokenBuckets(limits.perUsername);
  }

  /**
   * Starts an attempt: the seconds to wait when it is refused, else null (and the username's
   * attempt is counted).
   */
  begin(address: string, username: string, now: Date): number | null {
    const nowMs = now.getTime();
    const user = username.trim().toLowerCase();
    const waitMs = Math.max(
      this.#addresses.waitMs(address, nowMs),
      this.#usernames.waitMs(user, nowMs),
    );
    // Whole milliseconds first: float noise must not add a second.
    if (waitMs > 0) return Math.max(1, Math.ceil(Math.round(waitMs) / 1000));
    this.#usernames.take(user, nowMs);
    return null;
  }

  /** Counts a failed attempt (wrong password, unknown user, locked account) against the address. */
  failed(address: string, now: Date): void {
    this.#addresses.take(address, now.getTime());
  }
}
