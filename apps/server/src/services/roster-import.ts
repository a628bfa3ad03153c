import { randomUUID } from 'node:crypto';
import type { Prisma } from '@jixiao/db';
import { audit } from '../audit.ts';
import { requireManage } from '../auth/guards.ts';
import type { Context } from '../context.ts';
import { InvalidInputError } from '../schema/errors.ts';
import { parseRosterCsv, type RosterCsvRow, type RosterDivisions } from './roster-csv.ts';
import { parseRosterXlsx, ROSTER_XLSX_MAX_BYTES } from './roster-xlsx.ts';
import { decodeBase64File } from './uploaded-file.ts';

/**
 * 名册导入 — a county manager replaces or extends a scheme's roster from a CSV or an XLSX
 * workbook (the same columns, the same row checks). All or nothing:
 * when any row is wrong nothing is written and every bad cell is named (the first 200). New
 * people are inserted; changed people (name, township, village, amount, status) are updated
 * with a new version so phones download them in their next roster delta; identical rows are
 * left alone. People absent from the file are not touched.
 */
export interface RosterImportResult {
  inserted: number;
  updated: number;
  unchanged: number;
  rows: number;
}

export type ImportScheme =
  | 'RESIDENT_PENSION'
  | 'INSTITUTION_PENSION'
  | 'EMPLOYEE_PENSION'
  | 'EMPLOYEE_MEDICAL'
  | 'RESIDENT_MEDICAL'
  | 'UNEMPLOYMENT'
  | 'WORK_INJURY'
  | 'MATERNITY';

export const MAX_LISTED_ERRORS = 200;
const BATCH = 1000;

const SCHEME_SHORT: Record<ImportScheme, string> = {
  RESIDENT_PENSION: 'rp',
  INSTITUTION_PENSION: 'ip',
  EMPLOYEE_PENSION: 'ep',
  EMPLOYEE_MEDICAL: 'em',
  RESIDENT_MEDICAL: 'rm',
  UNEMPLOYMENT: 'un',
  WORK_INJURY: 'wi',
  MATERNITY: 'ma',
};

/** Today's date in China (UTC+8), YYYY-MM-DD: the bound of the birth dates. */
export function chinaToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

async function countyDivisions(context: Context, countyCode: string): Promise<RosterDivisions> {
  const divisions = await context.db.prisma.division.findMany({
    where: {
      OR: [
        { level: 'TOWNSHIP', parentCode: countyCode },
        { level: 'VILLAGE', parent: { parentCode: countyCode, level: 'TOWNSHIP' } },
      ],
    },
    select: { code: true, level: true, parentCode: true },
  });
  const townships = new Set<string>();
  const villagesByTownship = new Map<string, Set<string>>();
  for (const division of divisions) {
    if (division.level === 'TOWNSHIP') townships.add(division.code);
    else if (division.parentCode) {
      const villages = villagesByTownship.get(division.parentCode) ?? new Set<string>();
      villages.add(division.code);
      villagesByTownship.set(division.parentCode, villages);
    }
  }
  return { townships, villagesByTownship };
}

function rejected(errors: { field: string; message: string }[]): InvalidInputError {
  const total = errors.length;
  const listed = total > MAX_LISTED_ERRORS ? `，列出前 ${MAX_LISTED_ERRORS} 处` : '';
  return new InvalidInputError(
    `名册有 ${total} 处错误${listed}，未导入任何数据`,
    errors.slice(0, MAX_LISTED_ERRORS),
  );
}

async function updateChanged(tx: Prisma.TransactionClient, rows: [string, RosterCsvRow][]) {
  for (let start = 0; start < rows.length; start += BATCH) {
    const params: unknown[] = [];
    const values = rows.slice(start, start + BATCH).map(([id, row]) => {
      params.push(
        id,
        row.name,
        row.townshipCode,
        row.villageCode,
        row.monthlyAmountDue,
        row.status,
      );
      const n = params.length;
      return `($${n - 5}, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}::numeric, $${n}::"BeneficiaryStatus")`;
    });
    await tx.$executeRawUnsafe(
      `UPDATE "Beneficiary" AS b SET
         "name" = v.name, "townshipCode" = v.township, "villageCode" = v.village,
         "monthlyAmountDue" = v.amount, "status" = v.status, "updatedAt" = now(),
         "version" = nextval(pg_get_serial_sequence('"Beneficiary"', 'version'))
       FROM (VALUES ${values.join(', ')}) AS v(id, name, township, village, amount, status)
       WHERE b.id = v.id`,
      ...params,
    );
  }
}

/** The roster file: CSV text, or an XLSX workbook as base64. */
export type RosterFile = { csv: string } | { xlsxBase64: string };

export async function importRoster(
  context: Context,
  countyCode: string,
  scheme: ImportScheme,
  file: RosterFile,
): Promise<RosterImportResult> {
  requireManage(context, countyCode);
  const divisions = await countyDivisions(context, countyCode);
  const parsed =
    'csv' in file
      ? parseRosterCsv(file.csv, divisions, chinaToday())
      : await parseRosterXlsx(
          decodeBase64File(file.xlsxBase64, 'xlsxBase64', ROSTER_XLSX_MAX_BYTES),
          divisions,
          chinaToday(),
        );
  if (!parsed.ok) throw rejected(parsed.errors);
  const { rows } = parsed;

  return context.db.prisma.$transaction(
    async (tx) => {
      const existing = await tx.beneficiary.findMany({
        where: { countyCode, scheme },
        select: {
          id: true,
          idNumber: true,
          name: true,
          townshipCode: true,
          villageCode: true,
          monthlyAmountDue: true,
          status: true,
        },
      });
      const byIdNumber = new Map(existing.map((person) => [person.idNumber, person]));
      const inserts: Prisma.BeneficiaryCreateManyInput[] = [];
      const changed: [string, RosterCsvRow][] = [];
      let unchanged = 0;
      for (const row of rows) {
        const person = byIdNumber.get(row.idNumber);
        if (!person) {
          inserts.push({
            id: `r-${countyCode}-${SCHEME_SHORT[scheme]}-${randomUUID()}`,
            countyCode,
            townshipCode: row.townshipCode,
            villageCode: row.villageCode,
            scheme,
            idNumber: row.idNumber,
            name: row.name,
            sex: row.sex,
            birthDate: new Date(`${row.birthDate}T00:00:00Z`),
            monthlyAmountDue: row.monthlyAmountDue,
            status: row.status,
          });
        } else if (
          person.name !== row.name ||
          person.townshipCode !== row.townshipCode ||
          person.villageCode !== row.villageCode ||
          person.monthlyAmountDue.toFixed(2) !== row.monthlyAmountDue ||
          person.status !== row.status
        ) {
          changed.push([person.id, row]);
        } else {
          unchanged += 1;
        }
      }
      for (let start = 0; start < inserts.length; start += BATCH) {
        await tx.beneficiary.createMany({ data: inserts.slice(start, start + BATCH) });
      }
      await updateChanged(tx, changed);
      const result = {
        inserted: inserts.length,
        updated: changed.length,
        unchanged,
        rows: rows.length,
      };
      await audit(tx, context, {
        action: 'roster.import',
        entity: 'Beneficiary',
        entityId: `${countyCode}:${scheme}`,
        countyCode,
        details: { scheme, ...result },
      });
      return result;
    },
    { maxWait: 10_000, timeout: 300_000 },
  );
}
