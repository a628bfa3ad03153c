import type { PrismaClient } from '@jixiao/db';
import { type SurveyTemplate, validateSurveyTemplate } from '@jixiao/domain';

/** 问卷模板 as stored: the definition JSON, checked by the domain's template validator. */
export interface StoredSurveyTemplate {
  template: SurveyTemplate;
  active: boolean;
}

type Reader = Pick<PrismaClient, 'surveyTemplate'>;

function parse(row: { id: string; version: number; definition: unknown; active: boolean }) {
  const checked = validateSurveyTemplate(row.definition);
  if (!checked.ok) {
    throw new Error(
      `survey template ${row.id} v${row.version} is stored with an invalid definition`,
    );
  }
  return { template: checked.value, active: row.active };
}

/** One version of a template, or (without a version) the latest active one; null when none. */
export async function findSurveyTemplate(
  prisma: Reader,
  id: string,
  version?: number | null,
): Promise<StoredSurveyTemplate | null> {
  const row =
    version === undefined || version === null
      ? await prisma.surveyTemplate.findFirst({
          where: { id, active: true },
          orderBy: { version: 'desc' },
        })
      : await prisma.surveyTemplate.findUnique({ where: { id_version: { id, version } } });
  return row ? parse(row) : null;
}

/** The latest active version of any template (what a malformed record is checked against). */
export async function anyActiveSurveyTemplate(prisma: Reader): Promise<SurveyTemplate | null> {
  const row = await prisma.surveyTemplate.findFirst({
    where: { active: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }, { version: 'desc' }],
  });
  return row ? parse(row).template : null;
}

/** Templates by id and version, read once per batch. */
export interface TemplateCache {
  get(id: string, version: number): Promise<SurveyTemplate | null>;
  /** Whether any version of the template exists (to word the error). */
  exists(id: string): Promise<boolean>;
  /** What a record naming no readable template is checked against. */
  fallback(id: string | null): Promise<SurveyTemplate | null>;
}

export function templateCache(prisma: PrismaClient): TemplateCache {
  const versions = new Map<string, Promise<SurveyTemplate | null>>();
  return {
    get(id, version) {
      const key = JSON.stringify([id, version]);
      let found = versions.get(key);
      if (!found) {
        found = findSurveyTemplate(prisma, id, version).then((stored) => stored?.template ?? null);
        versions.set(key, found);
        // A failed read is not remembered: the next record of the batch reads again.
        found.catch(() => versions.delete(key));
      }
      return found;
    },
    async exists(id) {
      return (await prisma.surveyTemplate.count({ where: { id } })) > 0;
    },
    async fallback(id) {
      const latest = id === null ? null : await findSurveyTemplate(prisma, id);
      return latest?.template ?? (await anyActiveSurveyTemplate(prisma));
    },
  };
}
