import type { PrismaClient } from '@jixiao/db';
import { type FieldError, type SurveyTemplate, validateSurveyTemplate } from '@jixiao/domain';
import { isStorableKey } from './storable-text.ts';

/** 问卷模板 as stored: the definition JSON, checked by the domain's template validator. */
export interface StoredSurveyTemplate {
  template: SurveyTemplate;
  active: boolean;
}

type Reader = Pick<PrismaClient, 'surveyTemplate'>;

interface TemplateRow {
  id: string;
  version: number;
  definition: unknown;
  active: boolean;
}

function parse(row: TemplateRow): StoredSurveyTemplate {
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

/** The template a raw survey response names, as far as it can be read (and looked up). */
export interface TemplateRef {
  id: string | null;
  version: number | null;
}

export function templateRef(input: unknown): TemplateRef {
  const fields =
    typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const version = fields.templateVersion;
  return {
    id:
      typeof fields.templateId === 'string' && isStorableKey(fields.templateId)
        ? fields.templateId
        : null,
    version: typeof version === 'number' && Number.isSafeInteger(version) ? version : null,
  };
}

export type TemplateChoice =
  | { ok: true; template: SurveyTemplate }
  | { ok: false; errors: FieldError[] };

/** The templates a sync batch names, read in one query. */
export interface TemplateSet {
  /**
   * The template a record names; when it names none readably, the latest active version of the
   * id it gives, else the latest active template of all (to report the record's errors against).
   */
  choose(ref: TemplateRef): TemplateChoice;
}

export async function readTemplateSet(
  prisma: Reader,
  refs: readonly TemplateRef[],
): Promise<TemplateSet> {
  const ids = [...new Set(refs.flatMap((ref) => (ref.id === null ? [] : [ref.id])))];
  const needsFallback = refs.some((ref) => ref.id === null || ref.version === null);
  const rows: TemplateRow[] =
    ids.length === 0 && !needsFallback
      ? []
      : await prisma.surveyTemplate.findMany({
          where: needsFallback
            ? { OR: [{ id: { in: ids } }, { active: true }] }
            : { id: { in: ids } },
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }, { version: 'desc' }],
          select: { id: true, version: true, definition: true, active: true },
        });
  const parsed = new Map<TemplateRow, SurveyTemplate>();
  const chosen = (row: TemplateRow): TemplateChoice => {
    let template = parsed.get(row);
    if (!template) {
      template = parse(row).template;
      parsed.set(row, template);
    }
    return { ok: true, template };
  };
  return {
    choose({ id, version }) {
      if (id !== null && version !== null) {
        const row = rows.find((item) => item.id === id && item.version === version);
        if (row) return chosen(row);
        const message = rows.some((item) => item.id === id)
          ? `问卷模板 ${id} 没有第 ${version} 版`
          : `问卷模板 ${id} 不存在`;
        return { ok: false, errors: [{ field: 'templateId', message }] };
      }
      const latestOfId = rows
        .filter((item) => item.id === id && item.active)
        .sort((a, b) => b.version - a.version)[0];
      const fallback = latestOfId ?? rows.find((item) => item.active);
      if (fallback) return chosen(fallback);
      return { ok: false, errors: [{ field: 'templateId', message: '没有可用的问卷模板' }] };
    },
  };
}
