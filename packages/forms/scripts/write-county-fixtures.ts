import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_FORMS } from '@jixiao/seed-forms';
import { countyTypedWorkbook } from './county-typed-workbook.ts';

// Writes fixtures/<seed form id>.xlsx: each seed form typed as a county would (see
// county-typed-workbook.ts). Run with `./node_modules/.bin/tsx scripts/write-county-fixtures.ts`.
const folder = join(import.meta.dirname, '..', 'fixtures');
for (const form of SEED_FORMS) {
  const file = join(folder, `${form.id}.xlsx`);
  writeFileSync(file, await countyTypedWorkbook(form));
  console.log(`wrote ${file}`);
}
