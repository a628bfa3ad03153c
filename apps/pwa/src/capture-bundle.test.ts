import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DYNAMIC_IMPORT, STATIC_IMPORT, staticGraph } from './testing/import-graph.ts';

/**
 * The capture screens must not pay for the dashboard: no module the capture entry loads
 * statically may reach src/dashboard (or the dashboard's documents). The dashboard is reached
 * only through the dynamic import in app.tsx, which the bundler puts in a chunk of its own.
 */
const SRC = import.meta.dirname;
const ENTRY = join(SRC, 'main.tsx');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const isDashboard = (file: string) =>
  relative(SRC, file).startsWith('dashboard') || file.endsWith('dashboard-documents.ts');

describe('the capture bundle', () => {
  it('reaches the field screens but not the dashboard through static imports', () => {
    const graph = staticGraph(ENTRY);
    const reached = [...graph].map((file) => relative(SRC, file));
    expect(reached).toContain('ui/home-screen.tsx');
    expect(reached).toContain('ui/verification-form.tsx');
    expect(reached.filter((file) => isDashboard(join(SRC, file)))).toEqual([]);
  });

  it('loads the dashboard with a dynamic import from the app shell', () => {
    const app = readFileSync(join(SRC, 'app.tsx'), 'utf8');
    const dynamic = [...app.matchAll(DYNAMIC_IMPORT)].map((match) => match.groups?.specifier);
    expect(dynamic).toEqual(['./dashboard/dashboard-screen.tsx']);
  });

  it('keeps the field screens free of any import of the dashboard, even of types', () => {
    const offenders = sourceFiles(join(SRC, 'ui')).filter((file) =>
      /from\s+['"][^'"]*(?:\/dashboard\/|dashboard-documents)/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders.map((file) => relative(SRC, file))).toEqual([]);
  });

  it('sees a static import of the dashboard when there is one (the check itself works)', () => {
    const fake = 'import { DashboardScreen } from "./dashboard/dashboard-screen.tsx";';
    const specifiers = [...fake.matchAll(STATIC_IMPORT)].map((match) => match.groups?.specifier);
    expect(specifiers).toEqual(['./dashboard/dashboard-screen.tsx']);
    const typeOnly = "import type { Project } from './api/dashboard-documents.ts';";
    expect([...typeOnly.matchAll(STATIC_IMPORT)]).toEqual([]);
  });

  it('reads the imports of a built, minified chunk too (the PWA bench walks dist)', () => {
    const chunk =
      'const __vite__mapDeps=0;\nimport{a as b,c}from"./vendor-x.js";import"./side-y.js";' +
      'const d=()=>import(`./dashboard-screen-z.js`);export{b as e};';
    const statics = [...chunk.matchAll(STATIC_IMPORT)].map((match) => match.groups?.specifier);
    expect(statics).toEqual(['./vendor-x.js', './side-y.js']);
    const dynamic = [...chunk.matchAll(DYNAMIC_IMPORT)].map((match) => match.groups?.specifier);
    expect(dynamic).toEqual(['./dashboard-screen-z.js']);
  });
});
