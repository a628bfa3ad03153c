import { builder } from '../builder.ts';
import { importRoster, type RosterImportResult } from '../services/roster-import.ts';
import { SchemeEnum } from './enums.ts';
import { InvalidInputError } from './errors.ts';

/**
 * 名册导入 — a county manager uploads a scheme's roster as CSV (UTF-8, header row; columns
 * 身份证号/idNumber, 姓名/name, 乡镇代码/townshipCode, 村代码/villageCode, 月应发金额/monthlyAmountDue,
 * 状态/status). All or nothing: one bad cell and nothing is written.
 */
const RosterImportRef = builder.objectRef<RosterImportResult>('RosterImport').implement({
  description: 'What a roster import wrote',
  fields: (t) => ({
    inserted: t.exposeInt('inserted', { description: 'New people added' }),
    updated: t.exposeInt('updated', { description: 'People whose data changed (new version)' }),
    unchanged: t.exposeInt('unchanged', { description: 'Rows identical to the stored person' }),
    rows: t.exposeInt('rows', { description: 'Data rows in the file' }),
  }),
});

builder.mutationField('importRoster', (t) =>
  t.field({
    type: RosterImportRef,
    authScopes: { roles: ['COUNTY_MANAGER'] },
    errors: { types: [InvalidInputError] },
    description:
      'Imports a scheme’s roster of the manager’s county from CSV (at most 5 MB, 100,000 rows). ' +
      'Inserts new people and updates changed ones; when any row is wrong nothing is written and ' +
      'the error names each bad cell as `row <n>.<column>` (n = CSV line, 1 = the header).',
    args: {
      countyCode: t.arg.string({ required: true }),
      scheme: t.arg({ type: SchemeEnum, required: true }),
      csv: t.arg.string({ required: true }),
    },
    resolve: (_root, { countyCode, scheme, csv }, context) =>
      importRoster(context, countyCode, scheme, csv),
  }),
);
