import { requireManage } from '../auth/guards.ts';
import { builder } from '../builder.ts';
import { importRoster, type RosterImportResult } from '../services/roster-import.ts';
import { SchemeEnum } from './enums.ts';
import { InvalidInputError } from './errors.ts';

/**
 * 名册导入 — a county manager uploads a scheme's roster as CSV (UTF-8, header row; columns
 * 身份证号/idNumber, 姓名/name, 乡镇代码/townshipCode, 村代码/villageCode, 月应发金额/monthlyAmountDue,
 * 状态/status) or as an XLSX workbook with the same columns on its first sheet (base64). All or
 * nothing: one bad cell and nothing is written.
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
      'Imports a scheme’s roster of the manager’s county from CSV (`csv`, at most 5 MB) or from ' +
      'an XLSX workbook (`xlsxBase64`, its first sheet, at most 8 MB); one of the two, at most ' +
      '100,000 rows. Inserts new people and updates changed ones; when any row is wrong nothing ' +
      'is written and the error names each bad cell as `row <n>.<column>` (n = CSV line or ' +
      'sheet row, 1 = the header).',
    args: {
      countyCode: t.arg.string({ required: true }),
      scheme: t.arg({ type: SchemeEnum, required: true }),
      csv: t.arg.string({ description: 'The roster as CSV text' }),
      xlsxBase64: t.arg.string({ description: 'The roster as an XLSX workbook, base64' }),
    },
    resolve: (_root, { countyCode, scheme, csv, xlsxBase64 }, context) => {
      requireManage(context, countyCode);
      const given = [csv, xlsxBase64].filter((value) => value !== null && value !== undefined);
      if (given.length !== 1) {
        const message = '请只提供 csv 或 xlsxBase64 其中之一';
        throw new InvalidInputError(message, [{ field: 'csv', message }]);
      }
      return importRoster(
        context,
        countyCode,
        scheme,
        typeof csv === 'string' ? { csv } : { xlsxBase64: xlsxBase64 ?? '' },
      );
    },
  }),
);
