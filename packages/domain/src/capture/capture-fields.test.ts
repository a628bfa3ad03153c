import { describe, expect, it } from 'vitest';
import { capturedAtErrors, isCalendarDate, parseCapturedAt } from './capture-fields.ts';

describe('parseCapturedAt', () => {
  it.each([
    ['2020-11-05T10:15:00+06:00', '2020-11-05', '2020-11-05T04:15:00.000Z'],
    ['2020-11-05T10:15:00Z', '2020-11-05', '2020-11-05T10:15:00.000Z'],
    ['2020-11-05T10:15+08:00', '2020-11-05', '2020-11-05T02:15:00.000Z'],
    ['2020-11-05T10:15:00.123456-03:30', '2020-11-05', '2020-11-05T13:45:00.123Z'],
    ['2020-11-05T01:00:00+06:00', '2020-11-05', '2020-11-04T19:00:00.000Z'],
    ['2020-02-29T23:59:59+14:00', '2020-02-29', '2020-02-29T09:59:59.000Z'],
  ])('%s is on %s at %s', (text, date, instant) => {
    const time = parseCapturedAt(text);
    expect(time?.date).toBe(date);
    expect(time && new Date(time.epochMs).toISOString()).toBe(instant);
  });

  it.each([
    '2020-11-05T10:15:00',
    '2020-11-05 10:15:00+06:00',
    '2020-11-05',
    '2021-02-29T10:15:00+06:00',
    '2020-13-01T10:15:00+06:00',
    '2020-11-05T24:00:00+06:00',
    '2020-11-05T10:60:00+06:00',
    '2020-11-05T10:15:60+06:00',
    '2020-11-05T10:15:00+15:00',
    '2020-11-05T10:15:00+14:30',
    '2020-11-05T10:15:00+0600',
    '2020-11-05t10:15:00z',
  ])('%s is not a capture time', (text) => {
    expect(parseCapturedAt(text)).toBeNull();
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2020-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2019-02-29', false],
    ['2020-04-31', false],
    ['2020-12-31', true],
    ['2020-00-10', false],
    ['2020-1-10', false],
  ])('%s → %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });
});

describe('capturedAtErrors', () => {
  const now = new Date('2020-11-05T05:15:00Z');

  it.each([
    ['2020-11-05T11:20:00+06:00', []],
    ['2020-11-05T11:20:01+06:00', ['采集时间晚于当前时间']],
    ['1999-12-31T23:59:59+06:00', ['采集时间不能早于 2000 年']],
    ['2020-02-30T10:00:00+06:00', ['采集时间 2020-02-30T10:00:00+06:00 不是有效的日期时间']],
  ])('%s', (text, messages) => {
    expect(capturedAtErrors(text, now)).toEqual(
      messages.map((message) => ({ field: 'capturedAt', message })),
    );
  });
});
