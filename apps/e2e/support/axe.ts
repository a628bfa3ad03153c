import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { ARTIFACTS, ensureDir } from './paths.ts';

/**
 * axe-core on a screen as it is shown (all of axe's rules, WCAG and best practices). The
 * specs fail on `serious` and `critical` violations; every violation found, of any impact, is
 * kept for artifacts/axe.json with the screen it was found on.
 */

export interface AxeViolation {
  screen: string;
  rule: string;
  impact: string;
  help: string;
  /** CSS selectors of the offending elements (a few). */
  targets: string[];
}

const found: AxeViolation[] = [];
const screens: string[] = [];

/** The impacts a spec fails on. */
export const BLOCKING_IMPACTS: ReadonlySet<string> = new Set(['serious', 'critical']);

/** Runs axe on the page; returns the screen's violations (all impacts). */
export async function axeScan(page: Page, screen: string): Promise<AxeViolation[]> {
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations.map((violation) => ({
    screen,
    rule: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
  }));
  screens.push(screen);
  found.push(...violations);
  return violations;
}

/** The blocking violations, as a readable list for an assertion message ('' when none). */
export function describeBlocking(violations: readonly AxeViolation[]): string {
  return violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact))
    .map(
      (violation) =>
        `[${violation.impact}] ${violation.rule} on ${violation.screen}: ${violation.help}\n` +
        violation.targets.map((target) => `    ${target}`).join('\n'),
    )
    .join('\n');
}

/** Writes every screen scanned and every violation found to artifacts/axe.json. */
export function writeAxeReport(): string {
  const file = join(ensureDir(ARTIFACTS), 'axe.json');
  writeFileSync(file, `${JSON.stringify({ screens, violations: found }, null, 2)}\n`);
  return file;
}
