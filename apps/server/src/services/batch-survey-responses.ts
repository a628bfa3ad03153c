import { respondentGroupToDb } from '@jixiao/db';
import {
  type FieldError,
  type SurveyResponseRecord,
  type SurveyTemplate,
  validateSurveyResponse,
} from '@jixiao/domain';
import { canCaptureIn } from '../auth/access-policy.ts';
import type { Viewer } from '../auth/viewer.ts';
import type { Context } from '../context.ts';
import {
  beneficiaryCounties,
  combinedReader,
  storedSurveyResponses,
  villageTownships,
  yearLocks,
} from './batch-lookups.ts';
import { captureInstant } from './capture-time.ts';
import type { SqlRunner } from './sql-values.ts';
import { answerCounts } from './survey-answer-counts.ts';
import { insertSurveyResponses, type SurveyResponseRow } from './survey-response-sql.ts';
import { readTemplateSet, templateRef } from './survey-templates.ts';
import { answerLostRaces, type BatchAnswers, type Candidate } from './sync-batch.ts';
import { readableId, rejected, replayResult, storableFingerprint } from './sync-result.ts';

/**
 * 满意度调查批量入库 — a batch of synced survey responses, set-based: the templates the records
 * name read in one query, every record validated by the domain against its template; one query
 * each for the ids already stored, the villages and roster people the records name and the year
 * locks; the checks against the worker's townships and the divisions in memory; then one
 * statement that inserts the accepted responses, with the counts the satisfaction and
 * policy-awareness rollups add up, and writes one audit event.
 */
interface SurveyResponse extends Candidate<SurveyResponseRecord> {
  template: SurveyTemplate;
}

const countyOf = (record: SurveyResponseRecord) => record.townshipCode.slice(0, 6);

async function validated(context: Context, answers: BatchAnswers): Promise<SurveyResponse[]> {
  const refs = answers.inputs.map(templateRef);
  const templates = await readTemplateSet(context.db.prisma, refs);
  const candidates: SurveyResponse[] = [];
  answers.inputs.forEach((input, index) => {
    const choice = templates.choose(refs[index] ?? templateRef(input));
    if (!choice.ok) {
      answers.answer(rejected(index, readableId(input), choice.errors));
      return;
    }
    const { template } = choice;
    const checked = validateSurveyResponse(input, template, { now: context.now });
    const stored = checked.ok ? storableFingerprint(checked.value) : checked;
    if (!checked.ok || !stored.ok) {
      answers.answer(rejected(index, readableId(input), stored.ok ? [] : stored.errors));
      return;
    }
    candidates.push({ index, record: checked.value, fingerprint: stored.fingerprint, template });
  });
  return candidates;
}

/** The villages, people and year locks the records name, read in one query each. */
async function readPlaces(sql: SqlRunner, responses: readonly SurveyResponse[]) {
  const records = responses.map((response) => response.record);
  const [villages, people, locks] = await Promise.all([
    villageTownships(
      sql,
      records.flatMap((record) => (record.villageCode === null ? [] : [record.villageCode])),
    ),
    beneficiaryCounties(
      sql,
      records.flatMap((record) => (record.beneficiaryId === null ? [] : [record.beneficiaryId])),
    ),
    yearLocks(
      sql,
      records.map((record) => record.year),
    ),
  ]);
  return { villages, people, locks };
}

type Places = Awaited<ReturnType<typeof readPlaces>>;

/** Where the response was taken: a village of its township, a person of its county. */
function placeErrors(record: SurveyResponseRecord, places: Places): FieldError[] {
  const errors: FieldError[] = [];
  const { villageCode, beneficiaryId } = record;
  if (villageCode !== null && places.villages.get(villageCode) !== record.townshipCode) {
    errors.push({
      field: 'villageCode',
      message: `村代码 ${villageCode} 不是该乡镇下的村（社区）`,
    });
  }
  if (beneficiaryId !== null && places.people.get(beneficiaryId) !== countyOf(record)) {
    errors.push({ field: 'beneficiaryId', message: '名册中没有该人员' });
  }
  return errors;
}

function rowOf(context: Context, response: SurveyResponse, late: boolean): SurveyResponseRow {
  const { record, template, fingerprint } = response;
  return {
    id: record.id,
    countyCode: countyOf(record),
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
    deviceId: context.deviceId ?? record.deviceId,
    fingerprint,
    lateForLockedYear: late,
  };
}

export async function ingestSurveyResponses(
  context: Context,
  viewer: Viewer,
  answers: BatchAnswers,
): Promise<void> {
  const firsts = answers.firstOccurrences(await validated(context, answers));
  if (firsts.length === 0) return;
  const { sql } = context.db;
  const capturable = new Set(
    firsts.filter((response) => canCaptureIn(viewer, response.record.townshipCode)),
  );
  const reader = combinedReader(sql);
  const [stored, places] = await Promise.all([
    storedSurveyResponses(
      reader,
      firsts.map((response) => response.record.id),
    ),
    readPlaces(reader, [...capturable]),
  ]);

  const accepted: { response: SurveyResponse; row: SurveyResponseRow }[] = [];
  for (const response of firsts) {
    const { index, record, fingerprint } = response;
    const replay = stored.get(record.id);
    if (replay) {
      answers.answer(replayResult(index, record.id, fingerprint, replay));
      continue;
    }
    const errors = capturable.has(response)
      ? placeErrors(record, places)
      : [{ field: 'townshipCode', message: '该乡镇不是您负责的乡镇' }];
    if (errors.length > 0) {
      answers.answer(rejected(index, record.id, errors));
      continue;
    }
    const late = places.locks.has(countyOf(record), record.year);
    accepted.push({ response, row: rowOf(context, response, late) });
  }
  if (accepted.length === 0) return;

  const inserted = await insertSurveyResponses(
    sql,
    viewer.id,
    context.deviceId,
    accepted.map((item) => item.row),
  );
  const lost: SurveyResponse[] = [];
  for (const { response, row } of accepted) {
    if (!inserted.has(row.id)) {
      lost.push(response);
      continue;
    }
    answers.answer({
      id: row.id,
      index: response.index,
      status: 'ACCEPTED',
      errors: [],
      counted: null,
      lateForLockedYear: row.lateForLockedYear,
    });
  }
  await answerLostRaces(answers, lost, (ids) => storedSurveyResponses(sql, ids));
}
