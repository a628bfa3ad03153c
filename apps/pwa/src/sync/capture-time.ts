/**
 * 采集时间 — the phone's local time with its UTC offset, e.g. 2020-11-05T10:15:00+06:00
 * (Xinjiang phones run on UTC+8 or UTC+6), to the second.
 */
export function localTimestamp(date: Date, offsetMinutes = -date.getTimezoneOffset()): string {
  const local = new Date(date.getTime() + offsetMinutes * 60 * 1000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  const minutes = String(absolute % 60).padStart(2, '0');
  return `${local.toISOString().slice(0, 19)}${sign}${hours}:${minutes}`;
}
