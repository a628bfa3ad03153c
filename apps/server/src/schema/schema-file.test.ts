import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from './index.ts';

describe('apps/server/schema.graphql', () => {
  it('is the schema the code builds (run `pnpm --filter @jixiao/server print-schema`)', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', '..', 'schema.graphql'), 'utf8');
    expect(committed).toBe(`${printSchema(schema)}\n`);
  });
});
