import { validateSurveyTemplate } from '@jixiao/domain';
import { ApiError } from '../api/api-errors.ts';
import { DIVISION_QUERY } from '../api/division-documents.ts';
import type { SessionManager } from '../api/session-manager.ts';
import { SURVEY_TEMPLATE_QUERY, templateFromServer } from '../api/survey-template-documents.ts';
import type { DivisionRow, LocalDatabase } from './local-database.ts';

/**
 * 基础数据下载 — what the forms need besides the roster: the names of the worker's
 * townships and their villages, and the survey templates.
 */

type Querying = Pick<SessionManager, 'query'>;

/** Stores each township and its villages; a code the server does not know is skipped. */
export async function downloadTownships(
  db: LocalDatabase,
  session: Querying,
  townshipCodes: readonly string[],
): Promise<void> {
  const rows: DivisionRow[] = [];
  for (const code of townshipCodes) {
    const { division } = await session.query(DIVISION_QUERY, { code });
    if (division === null) continue;
    rows.push({
      code: division.code,
      name: division.name,
      level: division.level,
      parentCode: null,
    });
    for (const child of division.children) {
      rows.push({ code: child.code, name: child.name, level: child.level, parentCode: code });
    }
  }
  await db.transaction('rw', db.divisions, async () => {
    for (const code of townshipCodes) await db.divisions.where('parentCode').equals(code).delete();
    await db.divisions.bulkPut(rows);
  });
}

/** Stores the current version of a template after checking it with the domain's rules. */
export async function downloadTemplate(
  db: LocalDatabase,
  session: Querying,
  id: string,
  now: Date = new Date(),
): Promise<void> {
  const { surveyTemplate } = await session.query(SURVEY_TEMPLATE_QUERY, { id, version: null });
  if (surveyTemplate === null) throw new ApiError(`服务器上没有问卷模板 ${id}`);
  const checked = validateSurveyTemplate(templateFromServer(surveyTemplate));
  if (!checked.ok) {
    const reasons = checked.errors.map((error) => error.message).join('；');
    throw new ApiError(`问卷模板 ${id} 无效：${reasons}`);
  }
  const template = checked.value;
  await db.templates.put({
    id: template.id,
    version: template.version,
    template,
    downloadedAt: now.toISOString(),
  });
}
