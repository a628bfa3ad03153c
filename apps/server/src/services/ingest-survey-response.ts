import { type Prisma, type PrismaClient, respondentGroupToDb } from '@jixiao/db';
import {
  type FieldError,
  type SurveyResponseRecord,
  type SurveyTemplate,
  validateSurveyResponse,
} from '@jixiao/domain';
import { audit } from '../audit.ts';
import { canCaptureIn } from '../auth/access-policy.ts';
import type { Viewer } from '../auth/viewer.ts';
import type { Context } from '../context.ts';
import { captureInstant } from './capture-time.ts';
import { inRecordTransaction } from './record-transaction.ts';
import type { TemplateCache } from './survey-templates.ts';
import {
  fingerprintOf,
  readableId,
  rejected,
  replayResult,
  type StoredRecord,
  type SyncRecordResult,
} from './sync-result.ts';

/**
 * 满意度调查入库 — one synced survey response: validated by the domain against the template it
 * names, checked against the worker's townships and the divisions, stored with the counts the
 * satisfaction and policy-awareness rollups add up.
 */

/** The counters the rollups use; a null answer (拒答/不清楚) is not a valid answer. */
export function answerCounts(template: SurveyTemplate, record: SurveyResponseRecord) {
  const questions = new Map(template.questions.map((question) => [question.id, question]));
  const counts = {
    satisfactionAnswers: 0,
    satisfiedAnswers: 0,
    awarenessAnswers: 0,
    awareAnswers: 0,
  };
  for (const answer of record.answers) {
    const question = questions.get(answer.questionId);
    if (!question || answer.value === null) continue;
    const satisfied = question.satisfiedValues.includes(answer.value);
    if (question.kind === 'satisfaction') {
      counts.satisfactionAnswers += 1;
      if (satisfied) counts.satisfiedAnswers += 1;
    } else {
      counts.awarenessAnswers += 1;
      if (satisfied) counts.awareAnswers += 1;
    }
  }
  return counts;
}

type TemplateChoice = { ok: true; template: SurveyTemplate } | { ok: false; errors: FieldError[] };

/** The template the record names; when it names none readably, one to report its errors against. */
async function chooseTemplate(input: unknown, templates: TemplateCache): Promise<TemplateChoice> {
  const fields =
    typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const id = typeof fields.templateId === 'string' ? fields.templateId : null;
  const version = fields.templateVersion;
  if (id !== null && Number.isSafeInteger(version) && typeof version === 'number') {
    const template = await templates.get(id, version);
    if (template) return { ok: true, template };
    const message = (await templates.exists(id))
      ? `问卷模板 ${id} 没有第 ${version} 版`
      : `问卷模板 ${id} 不存在`;
    return { ok: false, errors: [{ field: 'templateId', message }] };
  }
  const fallback = await templates.fallback(id);
  if (fallback) return { ok: true, template: fallback };
  return { ok: false, errors: [{ field: 'templateId', message: '没有可用的问卷模板' }] };
}

/** Where the response was taken: the worker's township, a village of it, a person of the county. */
async function placeErrors(
  context: Context,
  viewer: Viewer,
  record: SurveyResponseRecord,
  countyCode: string,
): Promise<FieldError[]> {
  if (!canCaptureIn(viewer, record.townshipCode)) {
    return [{ field: 'townshipCode', message: '该乡镇不是您负责的乡镇' }];
  }
  const { prisma } = context.db;
  const errors: FieldError[] = [];
  if (record.villageCode !== null) {
    const village = await prisma.division.findFirst({
      where: { code: record.villageCode, parentCode: record.townshipCode, level: 'VILLAGE' },
      select: { code: true },
    });
    if (!village) {
      errors.push({
        field: 'villageCode',
        message: `村代码 ${record.villageCode} 不是该乡镇下的村（社区）`,
      });
    }
  }
  if (record.beneficiaryId !== null) {
    const person = await prisma.beneficiary.findFirst({
      where: { id: record.beneficiaryId, countyCode },
      select: { id: true },
    });
    if (!person) errors.push({ field: 'beneficiaryId', message: '名册中没有该人员' });
  }
  return errors;
}

type Reader = Pick<PrismaClient, 'surveyResponse'> | Prisma.TransactionClient;

function findStored(client: Reader, id: string): Promise<StoredRecord | null> {
  return client.surveyResponse.findUnique({
    where: { id },
    select: { fingerprint: true, lateForLockedYear: true },
  });
}

export async function ingestSurveyResponse(
  context: Context,
  viewer: Viewer,
  input: unknown,
  index: number,
  templates: TemplateCache,
): Promise<SyncRecordResult> {
  const choice = await chooseTemplate(input, templates);
  if (!choice.ok) return rejected(index, readableId(input), choice.errors);
  const { template } = choice;
  const checked = validateSurveyResponse(input, template, { now: context.now });
  if (!checked.ok) return rejected(index, readableId(input), checked.errors);
  const record = checked.value;
  const fingerprint = fingerprintOf(record);
  const { prisma } = context.db;

  const stored = await findStored(prisma, record.id);
  if (stored) return replayResult(index, record.id, fingerprint, stored);

  const countyCode = record.townshipCode.slice(0, 6);
  const errors = await placeErrors(context, viewer, record, countyCode);
  if (errors.length > 0) return rejected(index, record.id, errors);
  const deviceId = context.deviceId ?? record.deviceId;

  return inRecordTransaction(prisma, async (tx) => {
    const replay = await findStored(tx, record.id);
    if (replay) return replayResult(index, record.id, fingerprint, replay);
    const lock = await tx.yearLock.findUnique({
      where: { countyCode_year: { countyCode, year: record.year } },
      select: { year: true },
    });
    const late = lock !== null;
    await tx.surveyResponse.create({
      data: {
        id: record.id,
        countyCode,
        townshipCode: record.townshipCode,
        villageCode: record.villageCode,
        year: record.year,
        templateId: record.templateId,
        templateVersion: record.templateVersion,
        respondentGroup: respondentGroupToDb(record.respondentGroup),
        beneficiaryId: record.beneficiaryId,
        language: record.language,
        answers: record.answers.map((answer) => ({
          questionId: answer.questionId,
          value: answer.value,
        })),
        note: record.note,
        ...answerCounts(template, record),
        capturedAt: captureInstant(record.capturedAt),
        deviceId,
        workerId: viewer.id,
        fingerprint,
        lateForLockedYear: late,
      },
    });
    await audit(
      tx,
      { ...context, deviceId },
      {
        action: 'sync.surveyResponse',
        entity: 'SurveyResponse',
        entityId: record.id,
        countyCode,
        details: { status: 'ACCEPTED', counted: !late, lateForLockedYear: late },
      },
    );
    return {
      id: record.id,
      index,
      status: 'ACCEPTED',
      errors: [],
      counted: null,
      lateForLockedYear: late,
    };
  });
}
