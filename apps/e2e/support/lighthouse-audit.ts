import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { downloadRoster, logIn } from './field-app.ts';
import { ARTIFACTS, ensureDir, LOGS } from './paths.ts';
import { findFreePort } from './server-process.ts';

/**
 * Lighthouse (performance and accessibility, its default mobile emulation and simulated
 * throttling) on the field worker's capture screen: the home screen the app opens on, after a
 * login and a roster download (the session and the roster are kept in IndexedDB, so Lighthouse
 * is told not to clear the origin's storage; the service worker installed by the login serves
 * the app shell, so this is a returning visit, not a first download). What the page showed at
 * the end is kept as artifacts/lighthouse-final.jpg. Debian's Chromium is started here with a
 * remote-debugging port that Lighthouse and playwright-core both connect to: no
 * chrome-launcher, nothing downloaded.
 */

export interface LighthouseScores {
  /** 0–100; depends on the machine (simulated throttling on a shared CPU). */
  performance: number | null;
  accessibility: number | null;
  url: string;
  /** What was audited, in words. */
  audited: string;
  /** The accessibility audits that failed, by id and title. */
  failedAccessibilityAudits: { id: string; title: string }[];
  /** The performance metrics as Lighthouse displays them (FCP, LCP, TBT, CLS, SI). */
  metrics: Record<string, string>;
  lighthouseVersion: string;
}

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

export const LIGHTHOUSE_REPORT = join(ARTIFACTS, 'lighthouse.json');

const AUDITED =
  'the field worker’s home (capture) screen, logged in with the roster downloaded; a returning ' +
  'visit (the app shell comes from the service worker, as when a worker opens the app each day)';

async function waitForDebugger(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Chromium exited with ${child.exitCode}`);
    const answer = await fetch(`http://127.0.0.1:${port}/json/version`).catch(() => null);
    if (answer?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Chromium's debugging port ${port} did not answer within 30 s`);
}

/** What the audited page showed at the end (artifacts/lighthouse-final.jpg): the proof of what was audited. */
function saveFinalScreenshot(details: unknown): void {
  const data = (details as { data?: unknown } | undefined)?.data;
  if (typeof data !== 'string') return;
  const base64 = data.replace(/^data:image\/\w+;base64,/, '');
  writeFileSync(join(ensureDir(ARTIFACTS), 'lighthouse-final.jpg'), Buffer.from(base64, 'base64'));
}

/** Stops the Chromium started here: politely, then for good after 5 s. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

function score(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : Math.round(value * 100);
}

export interface AuditOptions {
  baseUrl: string;
  username: string;
  password: string;
}

/** Runs the audit and writes artifacts/lighthouse.json. */
export async function auditCaptureScreen(options: AuditOptions): Promise<LighthouseScores> {
  const port = await findFreePort();
  const profile = await mkdtemp(join(tmpdir(), 'jixiao-lighthouse-'));
  const log = openSync(join(ensureDir(LOGS), 'lighthouse-chromium.log'), 'w');
  const child = spawn(
    CHROMIUM_PATH,
    [
      ...CHROMIUM_ARGS,
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      '--lang=zh-CN',
      'about:blank',
    ],
    { stdio: ['ignore', log, log], env: { ...process.env, TZ: 'Asia/Shanghai' } },
  );
  try {
    await waitForDebugger(port, child);
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    try {
      const context = browser.contexts()[0];
      if (context === undefined) throw new Error('Chromium has no default context');
      const page = await context.newPage();
      await page.goto(options.baseUrl);
      await logIn(page, options.username, options.password);
      await downloadRoster(page);
      await page.close();

      const url = `${options.baseUrl}/`;
      const result = await lighthouse(url, {
        port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility'],
        formFactor: 'mobile',
        // The login and the roster live in the origin's IndexedDB.
        disableStorageReset: true,
      });
      if (result === undefined) throw new Error('Lighthouse returned no result');
      const { lhr } = result;
      const accessibilityRefs = lhr.categories.accessibility?.auditRefs ?? [];
      const scores: LighthouseScores = {
        performance: score(lhr.categories.performance?.score),
        accessibility: score(lhr.categories.accessibility?.score),
        url,
        audited: AUDITED,
        failedAccessibilityAudits: accessibilityRefs
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
          .map((audit) => ({ id: audit?.id ?? '', title: audit?.title ?? '' })),
        metrics: Object.fromEntries(
          METRICS.map((id) => [id, lhr.audits[id]?.displayValue ?? '(none)']),
        ),
        lighthouseVersion: lhr.lighthouseVersion,
      };
      saveFinalScreenshot(lhr.audits['final-screenshot']?.details);
      if (lhr.runtimeError !== undefined) {
        throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      }
      ensureDir(ARTIFACTS);
      writeFileSync(
        LIGHTHOUSE_REPORT,
        `${JSON.stringify({ ...scores, fetchTime: lhr.fetchTime, formFactor: 'mobile' }, null, 2)}\n`,
      );
      return scores;
    } finally {
      await browser.close().catch(() => undefined);
    }
  } finally {
    await stop(child);
    closeSync(log);
    await rm(profile, { recursive: true, force: true }).catch(() => undefined);
  }
}
