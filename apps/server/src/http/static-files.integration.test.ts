import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, openDatabase } from '@jixiao/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { type App, createApp } from './app.ts';

describe('the PWA at the same origin as the API', () => {
  let database: Database;
  let app: App;
  let url: string;

  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'jixiao-static-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>绩效</title>');
    writeFileSync(join(root, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1);');
    database = await openDatabase('pglite:memory');
    app = await createApp({
      database,
      logger: createLogger('silent'),
      tokens: { secret: 's'.repeat(40), accessMinutes: 15, refreshDays: 30 },
      staticDir: root,
    });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('serves index.html, revalidated, at / and at client routes', async () => {
    for (const path of ['/', '/capture/verify']) {
      const response = await fetch(`${url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<title>绩效</title>');
    }
  });

  it('caches hashed assets for a year and revalidates the service worker', async () => {
    const asset = await fetch(`${url}/assets/index-abc123.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const worker = await fetch(`${url}/sw.js`);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
  });

  it('never serves a file outside its folder', async () => {
    const response = await fetch(`${url}/%2e%2e/%2e%2e/package.json`);
    expect(await response.text()).not.toContain('"name"');
  });

  it('still answers the API', async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});
