import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { childEnv } from './child-env.ts';
import { ensureDir, LOGS, PWA_DIST, PWA_ROOT, REPO_ROOT } from './paths.ts';

/**
 * The specs drive the built PWA (service worker and all), served by the server from
 * apps/pwa/dist. It is built once per run, and only when missing or older than its sources.
 */

/** What the build is made of: the app, its static files and the domain package it imports. */
const SOURCES = [
  join(PWA_ROOT, 'src'),
  join(PWA_ROOT, 'public'),
  join(PWA_ROOT, 'index.html'),
  join(PWA_ROOT, 'vite.config.ts'),
  join(PWA_ROOT, 'package.json'),
  join(REPO_ROOT, 'packages', 'domain', 'src'),
];

/** The build's outputs that must all be there: the page, the service worker, the manifest. */
const OUTPUTS = ['index.html', 'sw.js', 'manifest.webmanifest'].map((name) => join(PWA_DIST, name));

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/**
 * Whether the service worker precaches the page. A build made with NODE_ENV set to anything
 * but production (vitest sets it to 'test') is a development build whose worker caches
 * nothing, and the app would not open offline.
 */
function precachesPage(): boolean {
  return /url:\s*"index\.html"/.test(readFileSync(join(PWA_DIST, 'sw.js'), 'utf8'));
}

/** Why the PWA must be built, or null when dist is up to date. */
export function staleReason(): string | null {
  if (!OUTPUTS.every((output) => existsSync(output))) return 'apps/pwa/dist is missing';
  if (!precachesPage()) return 'the service worker in apps/pwa/dist precaches nothing';
  const built = Math.min(...OUTPUTS.map((output) => statSync(output).mtimeMs));
  const sources = Math.max(...SOURCES.map(newestMtime));
  return sources > built ? 'apps/pwa/dist is older than its sources' : null;
}

/** Builds the PWA with vite when needed; the build's output goes to artifacts/logs. */
export function ensurePwaBuilt(): void {
  const reason = staleReason();
  if (reason === null) return;
  const logFile = join(ensureDir(LOGS), 'pwa-build.log');
  const log = openSync(logFile, 'w');
  try {
    const vite = join(PWA_ROOT, 'node_modules', '.bin', 'vite');
    const result = spawnSync(vite, ['build'], {
      cwd: PWA_ROOT,
      env: childEnv(),
      stdio: ['ignore', log, log],
      timeout: 300_000,
    });
    if (result.error !== undefined || result.status !== 0) {
      const output = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
      throw new Error(
        `the PWA build failed (${reason}; vite build in apps/pwa, status ${result.status}, ` +
          `${result.error?.message ?? 'no spawn error'}); log: ${logFile}\n${output}`,
      );
    }
  } finally {
    closeSync(log);
  }
  if (!precachesPage()) {
    throw new Error(`the PWA was built but its service worker precaches nothing; log: ${logFile}`);
  }
}
