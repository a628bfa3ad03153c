import type { Viewer } from '../api/auth-documents.ts';

/**
 * The year a record is captured for: the county's evaluation year as the server last said it
 * (kept with the session, so it holds offline), else the calendar year.
 */
export function captureYearOf(viewer: Viewer | null | undefined, now = new Date()): number {
  return viewer?.evaluationYear ?? now.getFullYear();
}
