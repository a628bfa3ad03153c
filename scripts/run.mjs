#!/usr/bin/env node
// The two commands of the README (`npm start`, `npm test`) land here. On a fresh clone with
// only Node and npm this script does all the set-up: it fetches the pinned pnpm from the npm
// registry into .tooling/ (unless that exact version is already on PATH), installs the
// workspace from the lockfile, and then hands over to turbo.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = manifest.packageManager.replace(/^pnpm@/, '');

const commands = {
  start: [
    ['exec', 'turbo', 'run', 'build', '--filter=@jixiao/pwa', '--output-logs=errors-only'],
    ['exec', 'turbo', 'run', 'start', '--filter=@jixiao/server', '--log-prefix=none'],
  ],
  bench: [
    ['--filter', '@jixiao/server', 'run', 'bench'],
    ['--filter', '@jixiao/e2e', 'run', 'bench'],
  ],
  soak: [['--filter', '@jixiao/soak', 'run', 'soak']],
  // `npm run backup -- <database-url> <file>`, `npm run restore -- <file> <database-url>`.
  backup: [['--filter', '@jixiao/db', 'run', 'backup']],
  restore: [['--filter', '@jixiao/db', 'run', 'restore']],
  report: [['exec', 'turbo', 'run', 'start', '--filter=@jixiao/seed-report', '--log-prefix=none']],
  test: [
    [
      'exec',
      'turbo',
      'run',
      'lint',
      'typecheck',
      'test',
      '--output-logs=new-only',
      '--concurrency=2',
      '--continue',
    ],
    ['exec', 'node', 'scripts/test-summary.mjs'],
  ],
};

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function versionOf(command, args) {
  const result = spawnSync(command, [...args, '--version'], { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** Returns [command, leadingArgs] that run the pinned pnpm. */
function findPnpm() {
  if (versionOf('pnpm', []) === pnpmVersion) return ['pnpm', []];
  const local = join(root, '.tooling', 'pnpm', 'node_modules', 'pnpm', 'bin', 'pnpm.cjs');
  if (existsSync(local) && versionOf(process.execPath, [local]) === pnpmVersion) {
    return [process.execPath, [local]];
  }
  console.log(`[jixiao] installing pnpm ${pnpmVersion} into .tooling/pnpm`);
  const status = run('npm', [
    'install',
    '--prefix',
    join(root, '.tooling', 'pnpm'),
    '--no-save',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    `pnpm@${pnpmVersion}`,
  ]);
  if (status !== 0 || !existsSync(local)) {
    console.error('[jixiao] could not install pnpm from the npm registry');
    process.exit(status || 1);
  }
  return [process.execPath, [local]];
}

/** Resolves true when something accepts TCP connections at host:port within a second. */
function canConnect(host, port) {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 1000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * The integration tests run against a real PostgreSQL too. TEST_DATABASE_URL names it (default:
 * the server these machines run on 127.0.0.1:5432); a local Debian cluster that is down is
 * started; otherwise the run stops here and says what to do.
 */
async function ensurePostgres() {
  const url = new URL(
    process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  );
  const port = Number(url.port || 5432);
  if (await canConnect(url.hostname, port)) return;
  if (existsSync('/etc/postgresql')) {
    for (const version of readdirSync('/etc/postgresql')) {
      console.log(`[jixiao] starting the local PostgreSQL ${version} cluster`);
      spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], {
        stdio: 'inherit',
      });
    }
    if (await canConnect(url.hostname, port)) return;
  }
  console.error(
    `[jixiao] the tests need PostgreSQL and none answers at ${url.hostname}:${port}.\n` +
      '  Install and start one (Debian: apt-get install -y postgresql, then\n' +
      '  pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start), or set\n' +
      '  TEST_DATABASE_URL=postgres://user@host:port/db to a server where that user may CREATE DATABASE.',
  );
  process.exit(1);
}

/**
 * The end-to-end specs drive Debian's Chromium (npm's browser downloads cannot reach their
 * servers here). Installed with apt when missing and this runs as root; otherwise say how.
 */
function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log('[jixiao] installing Chromium and a CJK font from Debian for the browser tests');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-wqy-microhei'], {
      stdio: 'inherit',
      env,
    });
    if (existsSync(path)) return;
  }
  console.error(
    `[jixiao] the browser tests need Chromium at ${path}: install it (Debian: apt-get install -y\n` +
      '  chromium fonts-wqy-microhei) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}

const task = process.argv[2];
const steps = commands[task];
if (!steps) {
  console.error(`usage: node scripts/run.mjs ${Object.keys(commands).join('|')}`);
  process.exit(2);
}

if (task === 'test' || task === 'bench' || task === 'soak') await ensurePostgres();
if (task === 'test' || task === 'bench') ensureChromium();
const [pnpm, pnpmArgs] = findPnpm();
// npm passes its own configuration down as npm_config_* variables; pnpm must not see them.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')),
);
// turbo looks pnpm up on PATH.
env.PATH = [join(root, '.tooling', 'pnpm', 'node_modules', '.bin'), env.PATH].join(delimiter);
env.TURBO_TELEMETRY_DISABLED = '1';
env.DO_NOT_TRACK = '1';

let status = run(pnpm, [...pnpmArgs, 'install', '--frozen-lockfile', '--prefer-offline'], { env });
if (status !== 0) process.exit(status);
// backup and restore take their database and file from the command line.
const extraArgs = task === 'backup' || task === 'restore' ? process.argv.slice(3) : [];
// Every step runs, so the closing summary is printed even when a task failed.
let failed = 0;
for (const step of steps) {
  status = run(pnpm, [...pnpmArgs, ...step, ...extraArgs], { env });
  if (status !== 0 && failed === 0) failed = status;
}
process.exit(failed);
