import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateRoster } from '../../pwa/src/offline/roster-fixture.ts';
import { rosterSearchKeys } from '../../pwa/src/offline/roster-keys.ts';
import { searchRoster } from '../../pwa/src/offline/roster-search.ts';
import { dynamicImports, staticGraph } from '../../pwa/src/testing/import-graph.ts';
import { CHROMIUM_PATH } from '../support/chromium.ts';
import { DEMO_PASSWORD, WORKER } from '../support/graphql-api.ts';
import { auditCaptureScreen, LIGHTHOUSE_REPORT } from '../support/lighthouse-audit.ts';
import { PWA_DIST } from '../support/paths.ts';
import { ensurePwaBuilt } from '../support/pwa-build.ts';
import { ServerProcess } from '../support/server-process.ts';

/**
 * PWA figures (`pnpm --filter @jixiao/e2e bench`, part of `npm run bench`):
 *
 * 1. The JS a phone needs before the capture screens work, gzipped: the built entry chunk and
 *    every chunk it imports statically (the static import graph of apps/pwa/dist, read with
 *    the same module as src/capture-bundle.test.ts); the lazy chunks (the dashboard, the
 *    pinyin dictionary used only when a roster is stored) are listed apart.
 * 2. A roster search over 10,000 generated people: the median of many runs per kind of query
 *    (a name, ID digits, pinyin initials).
 * 3. Lighthouse on the capture screen against the built PWA served by the real server
 *    (support/lighthouse-audit.ts); skipped, with a note, when Chromium is missing.
 */

const SEARCH_PEOPLE = 10_000;
const SEARCH_RUNS = 200;
const WARM_UP_RUNS = 20;

interface Chunk {
  file: string;
  bytes: number;
  gzip: number;
}

function measure(file: string): Chunk {
  const content = readFileSync(file);
  return {
    file: basename(file),
    bytes: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The entry script of the built page (index.html's module script). */
function entryChunk(): string {
  const html = readFileSync(join(PWA_DIST, 'index.html'), 'utf8');
  const src = /<script[^>]*type="module"[^>]*src="\/?([^"]+)"/.exec(html)?.[1];
  if (src === undefined) throw new Error('apps/pwa/dist/index.html has no module script');
  return join(PWA_DIST, src);
}

function captureBundle(): void {
  ensurePwaBuilt();
  const graph = [...staticGraph(entryChunk())];
  const capture = graph.map(measure);
  const lazy = [...new Set(graph.flatMap(dynamicImports))]
    .filter((file) => !graph.includes(file))
    .map(measure);
  if (capture.some((chunk) => chunk.file.startsWith('dashboard-screen-'))) {
    throw new Error('the capture screens load the dashboard chunk statically');
  }
  const total = capture.reduce((sum, chunk) => sum + chunk.gzip, 0);
  const raw = capture.reduce((sum, chunk) => sum + chunk.bytes, 0);
  console.log('\nCapture screens: JS loaded before they work (entry + static imports)');
  for (const chunk of capture) {
    console.log(
      `  ${chunk.file.padEnd(36)} ${kb(chunk.bytes).padStart(10)}  gzip ${kb(chunk.gzip)}`,
    );
  }
  console.log(`  ${'total'.padEnd(36)} ${kb(raw).padStart(10)}  gzip ${kb(total)}`);
  console.log('Loaded later (dynamic imports, not counted):');
  for (const chunk of lazy) {
    console.log(
      `  ${chunk.file.padEnd(36)} ${kb(chunk.bytes).padStart(10)}  gzip ${kb(chunk.gzip)}`,
    );
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function rosterSearch(): void {
  const people = generateRoster(SEARCH_PEOPLE).map((person) => ({
    ...person,
    ...rosterSearchKeys(person.name),
  }));
  const someone = people[SEARCH_PEOPLE / 2];
  if (someone === undefined) throw new Error('no people');
  const queries: [kind: string, query: string][] = [
    ['name, part (玉苏)', '玉苏'],
    ['name, whole', someone.name],
    ['ID number, last 4 digits', someone.idNumber.slice(-4)],
    ['ID number, birth date', someone.idNumber.slice(6, 14)],
    ['pinyin initials (amt)', 'amt'],
    ['pinyin initials by name part (ayt)', 'ayt'],
    ['no match (zzzz)', 'zzzz'],
  ];
  console.log(
    `\nRoster search over ${SEARCH_PEOPLE.toLocaleString('en')} people ` +
      `(median of ${SEARCH_RUNS} runs, best 30 results)`,
  );
  for (const [kind, query] of queries) {
    for (let run = 0; run < WARM_UP_RUNS; run++) searchRoster(people, query, 30);
    const times = Array.from({ length: SEARCH_RUNS }, () => {
      const start = performance.now();
      searchRoster(people, query, 30);
      return performance.now() - start;
    });
    const found = searchRoster(people, query, people.length).length;
    console.log(
      `  ${kind.padEnd(36)} ${median(times).toFixed(2).padStart(7)} ms  (${found} matches)`,
    );
  }
}

async function lighthouseScores(): Promise<void> {
  console.log('\nLighthouse on the capture screen (mobile emulation, simulated throttling)');
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`  skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`);
    return;
  }
  const server = await ServerProcess.start({ name: 'pwa-bench' });
  try {
    const scores = await auditCaptureScreen({
      baseUrl: server.baseUrl,
      username: WORKER,
      password: DEMO_PASSWORD,
    });
    console.log(`  audited: ${scores.audited}`);
    console.log(`  performance ${scores.performance}, accessibility ${scores.accessibility}`);
    console.log(
      `  ${Object.entries(scores.metrics)
        .map(([id, value]) => `${id} ${value}`)
        .join(', ')}`,
    );
    console.log(`  written to ${LIGHTHOUSE_REPORT}`);
  } finally {
    await server.dispose();
  }
}

captureBundle();
rosterSearch();
await lighthouseScores();
