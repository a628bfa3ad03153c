import { join } from 'node:path';
import { z } from 'zod';

/**
 * The server's configuration, read from the environment and validated here and nowhere else.
 * With nothing set it runs on the embedded PGlite in <repo>/.data/pglite with the demo data.
 */
const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .min(1)
    .default(`pglite:${join(REPO_ROOT, '.data', 'pglite')}`),
  /** Secret for signing tokens (≥ 32 characters). Required with PostgreSQL. */
  JWT_SECRET: z.string().min(32).optional(),
  /** Seeds the demo counties, users and rosters when the database has no users. */
  SEED_DEMO: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The built PWA served at the same origin; empty to serve none. */
  STATIC_DIR: z.string().default(join(REPO_ROOT, 'apps', 'pwa', 'dist')),
  ACCESS_TOKEN_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  REFRESH_TOKEN_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /**
   * Behind a reverse proxy (TLS terminated there): take the client's address from the last
   * X-Forwarded-For entry and HTTPS from X-Forwarded-Proto (then Strict-Transport-Security is
   * sent). Only set it when every request comes through that proxy.
   */
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});

export type Env = z.infer<typeof schema> & { seedDemo: boolean; jwtSecret: string };

/** A fixed secret for the embedded demo only; a PostgreSQL deployment must set JWT_SECRET. */
const DEMO_JWT_SECRET = 'jixiao-embedded-demo-secret-do-not-use-in-production';

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new Error(`invalid environment: ${problems}`);
  }
  const env = parsed.data;
  const embedded = env.DATABASE_URL.startsWith('pglite:');
  if (!embedded && !env.JWT_SECRET) {
    throw new Error(
      'invalid environment: JWT_SECRET (≥ 32 characters) is required with PostgreSQL',
    );
  }
  return {
    ...env,
    seedDemo: env.SEED_DEMO ?? embedded,
    jwtSecret: env.JWT_SECRET ?? DEMO_JWT_SECRET,
  };
}
