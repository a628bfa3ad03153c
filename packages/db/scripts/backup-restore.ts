// Backs a database up into one file, or restores such a file into a new database (src/backup.ts):
//   pnpm --filter @jixiao/db backup  <database-url> <file>
//   pnpm --filter @jixiao/db restore <file> <database-url>
// (or, from the repository root, `npm run backup -- …` / `npm run restore -- …`). <database-url>
// is what the server's DATABASE_URL takes: postgres://user@host:5432/db, or pglite:<folder> for
// the embedded database. Relative paths are read from the folder pnpm was started in (INIT_CWD):
// the repository root when run through npm.
import { isAbsolute, resolve } from 'node:path';
import { backupDatabase, restoreDatabase } from '../src/backup.ts';

const base = process.env.INIT_CWD ?? process.cwd();
const path = (file: string) => (isAbsolute(file) ? file : resolve(base, file));
const databaseUrl = (url: string) =>
  url.startsWith('pglite:') && url !== 'pglite:memory' ? `pglite:${path(url.slice(7))}` : url;

/** The URL as it may be shown: without its password. */
function shown(url: string): string {
  if (!/^postgres(ql)?:\/\//.test(url)) return url;
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

const [command, first, second] = process.argv.slice(2);
try {
  if (command === 'backup' && first && second) {
    const result = await backupDatabase(databaseUrl(first), path(second));
    console.log(
      `backed up ${shown(first)} (${result.engine}) to ${result.file}: ${result.bytes} bytes`,
    );
  } else if (command === 'restore' && first && second) {
    await restoreDatabase(path(first), databaseUrl(second));
    console.log(`restored ${path(first)} into ${shown(second)}`);
  } else {
    console.error(
      'usage: backup <database-url> <file>\n       restore <file> <database-url>  (into a new, empty database or folder)',
    );
    process.exit(2);
  }
} catch (error) {
  console.error(`${command} failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
