import { rmSync } from 'node:fs';
import { FAILURES, LOGS, SCREENSHOTS } from './paths.ts';
import { ensurePwaBuilt } from './pwa-build.ts';

/**
 * Once per run, before any spec: the artifacts of the last run are cleared (so that every
 * screenshot and log there is this run's), and the PWA the server serves is built if needed.
 */
export default function setup(): void {
  for (const folder of [FAILURES, LOGS, SCREENSHOTS])
    rmSync(folder, { recursive: true, force: true });
  ensurePwaBuilt();
}
