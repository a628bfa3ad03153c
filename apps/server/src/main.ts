import { networkInterfaces } from 'node:os';
import { DEMO_PASSWORD, DEMO_USERS } from '@jixiao/demo-data';
import { readEnv } from './env.ts';
import { createLogger } from './logger.ts';
import { startServer } from './start-server.ts';

const env = readEnv();
const logger = createLogger(env.LOG_LEVEL);
const running = await startServer(env, logger);

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((address) => address && address.family === 'IPv4' && !address.internal)
    .map((address) => address?.address ?? '');
}

const addresses = [
  `http://localhost:${running.port}/`,
  ...lanAddresses().map((ip) => `http://${ip}:${running.port}/`),
];
console.log(`\nJixiao 绩效 已启动（数据库：${running.database.engine}）`);
for (const address of addresses) console.log(`  ${address}`);
console.log(`  GraphQL: http://localhost:${running.port}/graphql   健康检查: /healthz`);
if (env.seedDemo) {
  console.log(`\n演示账号（密码均为 ${DEMO_PASSWORD}）：`);
  for (const user of DEMO_USERS) console.log(`  ${user.username.padEnd(16)} ${user.displayName}`);
}

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: finishing in-flight requests');
  const timer = setTimeout(() => {
    logger.error('shutdown took longer than 20 s; exiting');
    process.exit(1);
  }, 20_000);
  await running.stop();
  clearTimeout(timer);
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
