import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * 模块引用图 — which modules an entry loads through static imports, read from the files
 * themselves: the app's TypeScript sources (src/capture-bundle.test.ts: the capture screens
 * never reach the dashboard) and the built, minified chunks in dist (the PWA bench: the JS a
 * phone downloads before the capture screens work). Dynamic `import()` is a separate chunk,
 * loaded later, and is not followed.
 */

/**
 * Static imports and re-exports that stay in the output (`import type` is erased), written
 * `import { a } from './x'` in a source or `import{a as b}from"./x.js"` in a chunk.
 */
export const STATIC_IMPORT =
  /(?:^|;)\s*(?:import|export)(?!\s*\()(?!\s*type\b)\s*(?:[^'";]*?\s*from\s*)?['"](?<specifier>[^'"]+)['"]/gm;

/** `import('./x')`, with any quote (the bundler writes template literals). */
export const DYNAMIC_IMPORT = /\bimport\(\s*['"`](?<specifier>[^'"`]+)['"`]\s*\)/g;

/** The relative specifiers of `source` that `pattern` finds, resolved against `file`'s folder. */
function relativeSpecifiers(file: string, source: string, pattern: RegExp): string[] {
  return [...source.matchAll(pattern)]
    .map((match) => match.groups?.specifier ?? '')
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => resolve(dirname(file), specifier));
}

export function staticImports(file: string): string[] {
  return relativeSpecifiers(file, readFileSync(file, 'utf8'), STATIC_IMPORT);
}

export function dynamicImports(file: string): string[] {
  return relativeSpecifiers(file, readFileSync(file, 'utf8'), DYNAMIC_IMPORT);
}

/** The modules followed: scripts (a stylesheet or an asset import is left out). */
const SCRIPT = /\.(?:ts|tsx|js|mjs)$/;

/** Every module `entry` reaches through static imports, the entry included. */
export function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file) || !SCRIPT.test(file)) continue;
    if (!existsSync(file)) throw new Error(`${file} is imported but missing`);
    seen.add(file);
    queue.push(...staticImports(file));
  }
  return seen;
}
