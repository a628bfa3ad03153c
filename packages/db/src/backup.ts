import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { parseDatabaseUrl } from './database.ts';

/**
 * 备份与恢复 — a whole database to one file and back, for either engine:
 * - PostgreSQL: `pg_dump --format=custom` (-Fc) of the database, taken while the servers run
 *   (pg_dump reads one consistent snapshot); restored with `pg_restore` into an empty database,
 *   in one transaction, without owners and grants (the restoring role owns everything). The
 *   client tools come from PATH (Debian: postgresql-client) and must be at least the server's
 *   major version.
 * - The embedded database (`pglite:<folder>`): the data folder as a gzipped tarball (PGlite's
 *   `dumpDataDir`), taken while no server has the folder open — PGlite is one process; restored
 *   by unpacking the tarball into a new folder (PGlite's `loadDataDir`).
 * A restore leaves the schema as it was backed up; the server applies newer migrations when it
 * starts on it.
 */
export interface BackupResult {
  engine: 'postgresql' | 'pglite';
  file: string;
  bytes: number;
}

/**
 * Runs a PostgreSQL client tool on the database `url` names; rejects with its error output when
 * it fails. A password in the URL reaches the tool as PGPASSWORD, not on its command line (which
 * `ps` shows).
 */
function runTool(command: string, args: readonly string[], url: string): Promise<void> {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  const env = password ? { ...process.env, PGPASSWORD: password } : process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args, `--dbname=${parsed.toString()}`], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString('utf8');
    });
    child.once('error', (error) =>
      reject(
        new Error(
          `${command} could not be started (${error.message}); install PostgreSQL's client tools ` +
            '(Debian: apt-get install -y postgresql-client)',
        ),
      ),
    );
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} failed (exit ${code}): ${errors.trim()}`));
    });
  });
}

async function tablesIn(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ tables: number }>(
      `SELECT count(*)::int AS tables FROM pg_catalog.pg_tables
       WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
    );
    return result.rows[0]?.tables ?? 0;
  } finally {
    await client.end();
  }
}

/** PGlite keeps postmaster.pid in the folder while it is open (and after a crash). */
function assertClosed(dataDir: string): void {
  if (!existsSync(join(dataDir, 'postmaster.pid'))) return;
  throw new Error(
    `the embedded database in ${dataDir} is open (or was not closed cleanly): stop the server ` +
      'first (Ctrl-C or SIGTERM); after a crash, start the server once and stop it again',
  );
}

/** Writes a backup of the database `url` names into `file`. */
export async function backupDatabase(url: string, file: string): Promise<BackupResult> {
  const target = parseDatabaseUrl(url);
  await mkdir(dirname(file), { recursive: true });
  if (target.engine === 'postgresql') {
    await runTool(
      'pg_dump',
      ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`],
      target.url,
    );
  } else {
    if (target.dataDir === null) throw new Error('pglite:memory has nothing to back up');
    if (!existsSync(join(target.dataDir, 'PG_VERSION'))) {
      throw new Error(`${target.dataDir} holds no embedded database`);
    }
    assertClosed(target.dataDir);
    const db = new PGlite(target.dataDir);
    try {
      await db.waitReady;
      const tarball = await db.dumpDataDir('gzip');
      await writeFile(file, Buffer.from(await tarball.arrayBuffer()));
    } finally {
      await db.close();
    }
  }
  return { engine: target.engine, file, bytes: (await stat(file)).size };
}

/**
 * Restores a backup into the database `url` names, which must be empty: a PostgreSQL database
 * without tables (create it first: `createdb`), or a folder that is missing or empty.
 */
export async function restoreDatabase(file: string, url: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`no backup file ${file}`);
  const target = parseDatabaseUrl(url);
  if (target.engine === 'postgresql') {
    const tables = await tablesIn(target.url);
    if (tables > 0) {
      throw new Error(
        `the database holds ${tables} tables: restore into a new, empty database (createdb)`,
      );
    }
    await runTool(
      'pg_restore',
      ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', file],
      target.url,
    );
    return;
  }
  if (target.dataDir === null) throw new Error('restore into a folder: pglite:<folder>');
  if (existsSync(target.dataDir) && (await readdir(target.dataDir)).length > 0) {
    throw new Error(`${target.dataDir} is not empty: restore into a new folder`);
  }
  await mkdir(target.dataDir, { recursive: true });
  const tarball = new Blob([await readFile(file)]);
  const db = new PGlite(target.dataDir, { loadDataDir: tarball });
  try {
    await db.waitReady;
    await db.query('SELECT 1');
  } finally {
    await db.close();
  }
}
