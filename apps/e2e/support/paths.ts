import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where things are: the repository, the apps the specs drive, and the run's artifacts. */
export const E2E_ROOT = join(import.meta.dirname, '..');
export const REPO_ROOT = join(E2E_ROOT, '..', '..');
export const SERVER_ROOT = join(REPO_ROOT, 'apps', 'server');
export const PWA_ROOT = join(REPO_ROOT, 'apps', 'pwa');
export const PWA_DIST = join(PWA_ROOT, 'dist');

/** Git-ignored: server logs, the PWA build log, screenshots, failure captures. */
export const ARTIFACTS = join(E2E_ROOT, 'artifacts');
export const LOGS = join(ARTIFACTS, 'logs');
export const SCREENSHOTS = join(ARTIFACTS, 'screenshots');
export const FAILURES = join(ARTIFACTS, 'failures');

/** The folder, created if missing. */
export function ensureDir(path: string): string {
  mkdirSync(path, { recursive: true });
  return path;
}
