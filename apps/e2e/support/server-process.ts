import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv } from './child-env.ts';
import { ensureDir, LOGS, PWA_DIST, SERVER_ROOT } from './paths.ts';

/**
 * The real API server (apps/server/src/main.ts) as a child process on a free port, on an
 * embedded PGlite folder of its own (or the database `databaseUrl` names), with the demo data
 * seeded. It can be stopped gracefully (SIGTERM), killed (SIGKILL) and started again on the same
 * database and port: the port is part of the PWA's origin, so the phone's service worker and
 * IndexedDB stay with it. The soak (apps/soak) drives it too, on PostgreSQL.
 *
 * Its stdout and stderr go to <logDir>/<name>.log (default artifacts/logs), never to the test
 * output.
 */

const HEALTH_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;

/** A TCP port nobody listens on right now (the kernel's pick). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface ServerOptions {
  /** Names the log file: artifacts/logs/<name>.log. */
  name: string;
  /** The PGlite folder; a new temporary one when omitted (removed by `dispose`). */
  dataDir?: string;
  /** Another database instead of a PGlite folder, e.g. postgres://… (not removed by `dispose`). */
  databaseUrl?: string;
  /** More environment for the server (JWT_SECRET, LOG_LEVEL, …), over the defaults. */
  env?: Record<string, string>;
  /** Where the log file goes (default artifacts/logs). */
  logDir?: string;
}

function tail(path: string, lines = 40): string {
  if (!existsSync(path)) return '(no log)';
  return readFileSync(path, 'utf8').split('\n').slice(-lines).join('\n');
}

export class ServerProcess {
  readonly port: number;
  /** The PGlite folder, null when the server runs on `databaseUrl`. */
  readonly dataDir: string | null;
  readonly logFile: string;
  readonly #databaseUrl: string;
  readonly #env: Record<string, string>;
  readonly #ownsDataDir: boolean;
  #child: ChildProcess | null = null;
  #exited: Promise<void> = Promise.resolve();
  #starts = 0;

  private constructor(
    port: number,
    logFile: string,
    database: { dataDir: string | null; url: string; owned: boolean },
    env: Record<string, string>,
  ) {
    this.port = port;
    this.dataDir = database.dataDir;
    this.logFile = logFile;
    this.#databaseUrl = database.url;
    this.#ownsDataDir = database.owned;
    this.#env = env;
  }

  /** Starts a server on a fresh database and waits until /healthz answers. */
  static async start(options: ServerOptions): Promise<ServerProcess> {
    const port = await findFreePort();
    const dataDir =
      options.databaseUrl === undefined
        ? (options.dataDir ?? (await mkdtemp(join(tmpdir(), 'jixiao-e2e-'))))
        : null;
    const database = {
      dataDir,
      url: options.databaseUrl ?? `pglite:${dataDir}`,
      owned: dataDir !== null && options.dataDir === undefined,
    };
    const logFile = join(ensureDir(options.logDir ?? LOGS), `${options.name}.log`);
    appendFileSync(logFile, `\n===== ${new Date().toISOString()} new run on port ${port}\n`);
    const server = new ServerProcess(port, logFile, database, options.env ?? {});
    await server.#launch();
    return server;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.#child !== null;
  }

  /** The running server's process id (to read its memory), null while it is down. */
  get pid(): number | null {
    return this.#child?.pid ?? null;
  }

  /** Says where the server's output is, for a failure message. */
  describeLog(): string {
    return `server log: ${this.logFile}\n--- last lines ---\n${tail(this.logFile)}`;
  }

  async #launch(): Promise<void> {
    if (this.#child !== null) throw new Error('the server is already running');
    this.#starts += 1;
    appendFileSync(this.logFile, `===== start #${this.#starts} at ${new Date().toISOString()}\n`);
    const log = openSync(this.logFile, 'a');
    let child: ChildProcess;
    try {
      // node itself (not the tsx binary, which runs node as a child): a SIGKILL must hit the
      // server, not a wrapper that would leave it running.
      child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        cwd: SERVER_ROOT,
        env: childEnv({
          PORT: String(this.port),
          HOST: '127.0.0.1',
          DATABASE_URL: this.#databaseUrl,
          SEED_DEMO: 'true',
          STATIC_DIR: PWA_DIST,
          LOG_LEVEL: process.env.E2E_SERVER_LOG_LEVEL ?? 'info',
          ...this.#env,
        }),
        stdio: ['ignore', log, log],
      });
    } finally {
      closeSync(log);
    }
    this.#child = child;
    this.#exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        appendFileSync(this.logFile, `===== exited: code ${code} signal ${signal}\n`);
        if (this.#child === child) this.#child = null;
        resolve();
      });
    });
    await this.#waitForHealth(child);
  }

  async #waitForHealth(child: ChildProcess): Promise<void> {
    const deadline = Date.now() + HEALTH_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`the server exited while starting\n${this.describeLog()}`);
      }
      try {
        const response = await fetch(`${this.baseUrl}/healthz`, {
          signal: AbortSignal.timeout(2_000),
        });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`the server did not answer /healthz in time\n${this.describeLog()}`);
  }

  /** SIGTERM: the server finishes its in-flight requests and closes the database. */
  async stop(): Promise<void> {
    const child = this.#child;
    if (child === null) return;
    child.kill('SIGTERM');
    const stopped = await Promise.race([
      this.#exited.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), STOP_TIMEOUT_MS)),
    ]);
    if (!stopped) {
      appendFileSync(this.logFile, '===== did not stop after SIGTERM; killing\n');
      await this.kill();
    }
  }

  /** SIGKILL: the process dies at once, whatever it was doing. */
  async kill(): Promise<void> {
    const child = this.#child;
    if (child === null) return;
    child.kill('SIGKILL');
    await this.#exited;
  }

  /** Starts the server again on the same data folder and port. */
  async restart(): Promise<void> {
    await this.#launch();
  }

  /** Stops the server and removes the data folder it created. */
  async dispose(): Promise<void> {
    await this.stop();
    if (this.#ownsDataDir && this.dataDir !== null) {
      await rm(this.dataDir, { recursive: true, force: true });
    }
  }
}
