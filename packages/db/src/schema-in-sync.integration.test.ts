import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('prisma/schema.prisma', () => {
  it('has no change that a migration does not carry', async () => {
    const root = join(import.meta.dirname, '..');
    const { stdout } = await run(
      join(root, 'node_modules', '.bin', 'tsx'),
      ['scripts/migrate-dev.ts', '--check'],
      { cwd: root },
    );
    expect(stdout).toContain('The schema matches the migrations');
  }, 60_000);
});
