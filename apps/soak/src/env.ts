import { join } from 'node:path';
import { z } from 'zod';

/**
 * The soak's settings, read from the environment and validated here and nowhere else. Unset,
 * `pnpm soak` runs the full soak of the issue: 50 field workers × 1,000 records, the server
 * killed three times. (TEST_DATABASE_URL, read by @jixiao/db/testing, names the PostgreSQL
 * server the soak's throw-away database is created in.)
 */
export const SOAK_ROOT = join(import.meta.dirname, '..');

const count = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const schema = z.object({
  SOAK_WORKERS: count(50, 1, 500),
  SOAK_RECORDS_PER_WORKER: count(1_000, 1, 100_000),
  /** SIGKILLs of the server at random moments of the run (the issue asks for at least 2). */
  SOAK_KILLS: count(3, 0, 50),
  /** Records per sync call: the PWA sends 100, the server takes at most 200. */
  SOAK_BATCH_SIZE: count(100, 1, 200),
  /** Percent of sync calls the client aborts in flight. */
  SOAK_ABORT_PERCENT: count(5, 0, 100),
  SOAK_SEED: count(20_201_105, 0, 2 ** 31),
  /** Keeps the soak's database afterwards (its name is printed). */
  SOAK_KEEP_DATABASE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});

export type SoakEnv = z.infer<typeof schema>;

export function readSoakEnv(source: NodeJS.ProcessEnv = process.env): SoakEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new Error(`invalid environment: ${problems}`);
  }
  return parsed.data;
}
