import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { type Database, openDatabase, parseDatabaseUrl, seedDemo } from '@jixiao/db';
import type { Logger } from 'pino';
import type { LoginLimits } from './auth/login-throttle.ts';
import { hashPassword } from './auth/passwords.ts';
import type { Env } from './env.ts';
import { type App, createApp } from './http/app.ts';

export interface RunningServer {
  app: App;
  database: Database;
  port: number;
  /** Graceful: finishes in-flight requests, then closes the database. */
  stop(): Promise<void>;
}

const SEED_MARKER = 'seed.demo';

/** Seeds the demo once per database; a start interrupted while seeding resumes where it stopped. */
async function ensureDemoData(
  database: Database,
  logger: Logger,
  rosterLimit?: number,
): Promise<void> {
  const done = await database.prisma.auditEvent.findFirst({ where: { action: SEED_MARKER } });
  if (done) return;
  logger.info('seeding the demo counties');
  const report = await seedDemo(database, {
    hashPassword,
    ...(rosterLimit ? { rosterLimit } : {}),
  });
  await database.prisma.auditEvent.create({
    data: { action: SEED_MARKER, entity: 'Database', details: { ...report } },
  });
  logger.info(report, 'demo data seeded');
}

export async function startServer(
  env: Env,
  logger: Logger,
  options: { rosterLimit?: number; loginLimits?: LoginLimits } = {},
): Promise<RunningServer> {
  const target = parseDatabaseUrl(env.DATABASE_URL);
  if (target.engine === 'pglite' && target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  const database = await openDatabase(env.DATABASE_URL);
  if (env.seedDemo) await ensureDemoData(database, logger, options.rosterLimit);
  const staticDir = env.STATIC_DIR && existsSync(env.STATIC_DIR) ? env.STATIC_DIR : null;
  if (env.STATIC_DIR && !staticDir) {
    logger.warn({ staticDir: env.STATIC_DIR }, 'the PWA is not built; serving the API only');
  }
  const app = await createApp({
    database,
    logger,
    staticDir,
    trustProxy: env.TRUST_PROXY,
    ...(options.loginLimits ? { loginLimits: options.loginLimits } : {}),
    tokens: {
      secret: env.jwtSecret,
      accessMinutes: env.ACCESS_TOKEN_MINUTES,
      refreshDays: env.REFRESH_TOKEN_DAYS,
    },
  });
  await new Promise<void>((resolve) => app.server.listen(env.PORT, env.HOST, resolve));
  const { port } = app.server.address() as AddressInfo;
  return {
    app,
    database,
    port,
    async stop() {
      await app.close();
      await database.close();
    },
  };
}
