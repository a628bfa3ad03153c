import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.ts';

const LIMITS = {
  perAddress: { capacity: 3, refillMs: 10_000 },
  perUsername: { capacity: 2, refillMs: 60_000 },
};
const at = (seconds: number) => new Date(Date.UTC(2020, 10, 5, 8, 0, seconds));

describe('LoginThrottle', () => {
  it('counts every attempt per username, case and spaces aside, and says how long to wait', () => {
    const throttle = new LoginThrottle(LIMITS);
    expect(throttle.begin('10.0.0.1', 'shache-worker', at(0))).toBeNull();
    expect(throttle.begin('10.0.0.2', ' Shache-Worker ', at(1))).toBeNull();
    expect(throttle.begin('10.0.0.3', 'shache-worker', at(2))).toBe(58);
    // A refused attempt does not count: one minute after the first, one attempt is back.
    expect(throttle.begin('10.0.0.3', 'shache-worker', at(60))).toBeNull();
    expect(throttle.begin('10.0.0.3', 'heshuo-worker', at(60))).toBeNull();
  });

  it('counts failed attempts only per address', () => {
    const throttle = new LoginThrottle(LIMITS);
    for (const name of ['a', 'b', 'c', 'd', 'e']) {
      expect(throttle.begin('10.0.0.1', name, at(0))).toBeNull();
    }
    for (let i = 0; i < 3; i++) throttle.failed('10.0.0.1', at(0));
    expect(throttle.begin('10.0.0.1', 'f', at(1))).toBe(9);
    expect(throttle.begin('10.0.0.2', 'f', at(1))).toBeNull();
    expect(throttle.begin('10.0.0.1', 'g', at(10))).toBeNull();
  });
});
