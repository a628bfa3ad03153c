import { z } from 'zod';
import { isCalendarDay } from '../calendar-date.ts';
import type { FieldError } from './capture-validation.ts';

/**
 * The fields every captured record (采集记录) carries, and the rules on its capture time
 * (采集时间). Shapes only here; the Chinese messages of shape errors live in
 * capture-messages.ts.
 */

/** A UUID in lowercase canonical form (8-4-4-4-12 hex digits), of any version. */
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** An ISO 8601 date-time with a UTC offset (or Z); seconds and fractions are optional. */
const LOCAL_DATE_TIME = /(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?/;
const UTC_OFFSET = /(?:Z|([+-])(\d{2}):(\d{2}))/;
const TIMESTAMP_PATTERN = new RegExp(`^${LOCAL_DATE_TIME.source}${UTC_OFFSET.source}$`);

/** 记录编号 — generated on the phone, so that a record synced twice is recognised. */
export const recordIdSchema = z.string().regex(UUID_PATTERN);

/** 采集时间 — checked for format here and for plausibility by `capturedAtErrors`. */
export const capturedAtSchema = z.string().max(40).regex(TIMESTAMP_PATTERN);

/** A short identifier: 设备编号, 待遇人员编号, 模板编号, 题目编号. */
export const shortIdSchema = z.string().min(1).max(64);

/** 年度 — the year the record counts towards. */
export const captureYearSchema = z.int().min(2000).max(2100);

/** 备注 — free text, at most 500 characters, or null. */
export const noteSchema = z.string().max(500).nullable();

/** The earliest capture year accepted. */
export const EARLIEST_CAPTURE_YEAR = 2000;

/** How far a capture time may lie ahead of the receiver's clock (phones' clocks drift). */
export const CLOCK_TOLERANCE_MS = 5 * 60 * 1000;

export interface CaptureTime {
  /** The local date of the capture as written, YYYY-MM-DD. */
  date: string;
  /** The instant, in milliseconds since 1970 (UTC). */
  epochMs: number;
}

/** Whether YYYY-MM-DD names a day of the Gregorian calendar. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Reads a capture time, or null when it is not a real date-time with offset. */
export function parseCapturedAt(text: string): CaptureTime | null {
  const match = TIMESTAMP_PATTERN.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, fraction, sign, offsetHour, offsetMinute] =
    match;
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  if (!isCalendarDay(y, mo, d)) return null;
  const h = Number(hour);
  const m = Number(minute);
  const s = Number(second ?? '0');
  if (h > 23 || m > 59 || s > 59) return null;
  const oh = Number(offsetHour ?? '0');
  const om = Number(offsetMinute ?? '0');
  if (om > 59 || oh > 14 || (oh === 14 && om > 0)) return null;
  const ms = fraction === undefined ? 0 : Number(fraction.padEnd(3, '0').slice(0, 3));
  const local = Date.UTC(y, mo - 1, d, h, m, s, ms);
  const offsetMs = (sign === '-' ? -1 : 1) * (oh * 60 + om) * 60 * 1000;
  return { date: `${year}-${month}-${day}`, epochMs: local - offsetMs };
}

/**
 * The plausibility rules of a capture time: a real date-time, not before 2000 and not more
 * than 5 minutes after `now` (the clock of whoever validates). `time` is the capture time as
 * `parseCapturedAt` read it, for a caller that has it already.
 */
export function capturedAtErrors(
  capturedAt: string,
  now: Date,
  time: CaptureTime | null = parseCapturedAt(capturedAt),
): FieldError[] {
  if (time === null) {
    return [{ field: 'capturedAt', message: `采集时间 ${capturedAt} 不是有效的日期时间` }];
  }
  if (Number(time.date.slice(0, 4)) < EARLIEST_CAPTURE_YEAR) {
    return [{ field: 'capturedAt', message: `采集时间不能早于 ${EARLIEST_CAPTURE_YEAR} 年` }];
  }
  if (time.epochMs > now.getTime() + CLOCK_TOLERANCE_MS) {
    return [{ field: 'capturedAt', message: '采集时间晚于当前时间' }];
  }
  return [];
}

const SENTINEL_UUIDS = new Set([
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
]);

/** The nil and max UUIDs are placeholders, never a generated id. */
export function recordIdErrors(id: string): FieldError[] {
  if (!SENTINEL_UUIDS.has(id)) return [];
  return [{ field: 'id', message: '记录编号不能是全 0 或全 f 的占位 UUID' }];
}
