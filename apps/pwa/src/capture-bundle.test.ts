import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The capture screens must not pay for the dashboard: no module the capture entry loads
 * statically may reach src/dashboard (or the dashboard's documents). The dashboard is reached
 * only through the dynamic import in app.tsx, which the bundler puts in a chunk of its own.
 */
const SRC = import.meta.dirname;
const ENTRY = join(SRC, 'main.tsx');

/** Static imports and re-exports that stay in the output (`import type` is erased). */
const STATIC_IMPORT =
  /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?['"](?<specifier>[^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*['"](?<specifier>[^'"]+)['"]\s*\)/g;

function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(STATIC_IMPORT)]
    .map((match) => match.groups?.specifier ?? '')
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => resolve(dirname(file), specifier));
}

/** Every source file the entry reaches through static imports. */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file) || !/\.(ts|tsx)$/.test(file)) continue;
    if (!existsSync(file)) throw new Error(`${relative(SRC, file)} is imported but missing`);
    seen.add(file);
    queue.push(...staticImports(file));
  }
  return seen;
}

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
});
