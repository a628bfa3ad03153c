import { readFileSync } from 'node:fs';
import { ServerProcess } from '@jixiao/e2e/support/server-process.ts';

/**
 * The real API server (apps/server/src/main.ts, started by the end-to-end tests' ServerProcess)
 * on the soak's PostgreSQL database, with a fixed JWT_SECRET so that the phones' tokens outlive
 * a restart. It is SIGKILLed and started again on the same database and port on demand, and its
 * memory is sampled all along (/proc/<pid>/status): the overall peak is the largest high-water
 * mark (VmHWM) of any of its processes, seeding included; the peak of a window (the sync) is
 * the largest resident size (VmRSS) sampled in it.
 */
export interface SupervisorOptions {
  databaseUrl: string;
  /** Names the log file. */
  name: string;
  logDir: string;
}

/** Any 32+ characters: the soak's server is private to the soak. */
const SOAK_JWT_SECRET = 'soak-secret-soak-secret-soak-secret-0123';
const SAMPLE_EVERY_MS = 100;

/** The process's resident memory now and at its peak (bytes); null where /proc is unreadable. */
function memoryOf(pid: number): { rss: number; hwm: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1]);
    const rss = kib('VmRSS') * 1024;
    const hwm = kib('VmHWM') * 1024;
    return Number.isFinite(rss) ? { rss, hwm: Number.isFinite(hwm) ? hwm : rss } : null;
  } catch {
    return null;
  }
}

const larger = (a: number | null, b: number) => (a === null || b > a ? b : a);

export class ServerSupervisor {
  readonly #server: ServerProcess;
  readonly #sampler: NodeJS.Timeout;
  #peakRss: number | null = null;
  #windowPeakRss: number | null = null;
  #window = false;
  #kills = 0;
  /** Down on purpose (killed and not restarted yet, or stopping). */
  #down = false;

  private constructor(server: ServerProcess) {
    this.#server = server;
    this.#sampler = setInterval(() => this.#sample(), SAMPLE_EVERY_MS);
    this.#sampler.unref();
  }

  /** Starts the server (it migrates and seeds the demo) and waits until /healthz answers. */
  static async start(options: SupervisorOptions): Promise<ServerSupervisor> {
    const server = await ServerProcess.start({
      name: options.name,
      databaseUrl: options.databaseUrl,
      logDir: options.logDir,
      env: {
        JWT_SECRET: SOAK_JWT_SECRET,
        SEED_DEMO: 'true',
        LOG_LEVEL: 'warn',
        STATIC_DIR: '',
      },
    });
    return new ServerSupervisor(server);
  }

  get baseUrl(): string {
    return this.#server.baseUrl;
  }

  get kills(): number {
    return this.#kills;
  }

  /** The server exited without being killed or stopped. */
  get crashed(): boolean {
    return !this.#down && !this.#server.running;
  }

  /** The largest resident memory the server's processes reached (bytes), null if unknown. */
  get peakRssBytes(): number | null {
    this.#sample();
    return this.#peakRss;
  }

  /** Starts the window whose peak `windowPeakRssBytes` gives. */
  openWindow(): void {
    this.#window = true;
    this.#windowPeakRss = null;
  }

  /** The largest resident memory sampled since `openWindow` (bytes). */
  closeWindow(): number | null {
    this.#sample();
    this.#window = false;
    return this.#windowPeakRss;
  }

  describeLog(): string {
    return this.#server.describeLog();
  }

  #sample(): void {
    const pid = this.#server.pid;
    if (pid === null) return;
    const memory = memoryOf(pid);
    if (memory === null) return;
    this.#peakRss = larger(this.#peakRss, memory.hwm);
    if (this.#window) this.#windowPeakRss = larger(this.#windowPeakRss, memory.rss);
  }

  /** SIGKILL, a moment of downtime, then a start on the same database and port. */
  async killAndRestart(downtimeMs: number): Promise<void> {
    this.#sample();
    this.#down = true;
    await this.#server.kill();
    this.#kills += 1;
    await new Promise((resolve) => setTimeout(resolve, downtimeMs));
    await this.#server.restart();
    this.#down = false;
  }

  /** SIGTERM: in-flight calls finish, the database is closed. */
  async stop(): Promise<void> {
    this.#sample();
    this.#down = true;
    clearInterval(this.#sampler);
    await this.#server.stop();
  }
}
