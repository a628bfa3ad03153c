import { parseCapturedAt } from '@jixiao/domain';

/** The instant of a validated capture time (millisecond precision, as the database keeps it). */
export function captureInstant(capturedAt: string): Date {
  const time = parseCapturedAt(capturedAt);
  if (time === null) throw new Error('capture time was not validated');
  return new Date(time.epochMs);
}
