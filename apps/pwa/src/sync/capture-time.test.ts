import { parseCapturedAt } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import { localTimestamp } from './capture-time.ts';

describe('localTimestamp', () => {
  const instant = new Date('2020-11-05T04:15:30.250Z');

  it.each([
    [480, '2020-11-05T12:15:30+08:00'],
    [360, '2020-11-05T10:15:30+06:00'],
    [0, '2020-11-05T04:15:30+00:00'],
    [-210, '2020-11-05T00:45:30-03:30'],
  ])('writes the local time with offset %i minutes as %s', (offset, expected) => {
    expect(localTimestamp(instant, offset)).toBe(expected);
  });

  it('is read back by the domain as the same instant (to the second)', () => {
    const parsed = parseCapturedAt(localTimestamp(instant, 360));
    expect(parsed?.epochMs).toBe(Date.parse('2020-11-05T04:15:30Z'));
    expect(parsed?.date).toBe('2020-11-05');
  });

  it("uses the phone's own offset by default", () => {
    expect(parseCapturedAt(localTimestamp(instant))?.epochMs).toBe(
      Date.parse('2020-11-05T04:15:30Z'),
    );
  });
});
