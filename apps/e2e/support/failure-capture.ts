import type { Page } from 'playwright-core';
import { ensureDir, FAILURES } from './paths.ts';
import type { ServerProcess } from './server-process.ts';

/**
 * After a failed test: a full-page screenshot of the phone and the tail of the server's log,
 * printed (only on failure) with where to find them.
 */
export async function captureFailure(
  name: string,
  page: Page | undefined,
  server: ServerProcess | undefined,
): Promise<void> {
  const file = `${ensureDir(FAILURES)}/${name.replace(/[^\w\u4e00-\u9fff-]+/g, '-')}.png`;
  const shot = await page
    ?.screenshot({ path: file, fullPage: true })
    .then(() => file)
    .catch((error: unknown) => `(no screenshot: ${String(error)})`);
  console.error(`[e2e] failed: ${name}\nscreenshot: ${shot}\n${server?.describeLog() ?? ''}`);
}
