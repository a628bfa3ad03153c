import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchema } from 'graphql';
import { schema } from './schema/index.ts';

// Writes the schema the PWA is typed from; a test checks the committed file matches the code.
const file = join(import.meta.dirname, '..', 'schema.graphql');
writeFileSync(file, `${printSchema(schema)}\n`);
console.log(`wrote ${file}`);
