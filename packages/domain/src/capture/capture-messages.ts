import type { z } from 'zod';
import type { FieldError } from './capture-validation.ts';
import {
  RESPONDENT_GROUP_CODES,
  RESPONDENT_GROUPS,
  SURVEY_QUESTION_KIND_LABELS,
  SURVEY_QUESTION_KINDS,
} from './survey-template.ts';
import {
  IDENTITY_METHOD_LABELS,
  IDENTITY_METHODS,
  INELIGIBLE_REASON_LABELS,
  INELIGIBLE_REASONS,
} from './verification-record.ts';

/**
 * 字段错误提示 — the one place where shape errors (zod issues) become Chinese messages.
 * Each record kind has a table keyed by field path, with `*` for a list position; `{1}`,
 * `{2}` in a label stand for the first and second list position, counted from 1.
 */
export interface FieldDescription {
  /** The field's name in Chinese, e.g. 死亡日期, 第 {1} 条回答的选项值. */
  label: string;
  /** What the field should hold, e.g. "true 或 false"; used in “…应为 …”. */
  expected: string;
}

export type FieldTable = Readonly<Record<string, FieldDescription>>;

/** "homeVisit（上门）、video（视频）或 counter（窗口）". */
function choices(options: readonly string[], labels: Readonly<Record<string, string>>): string {
  const items = options.map((option) => `${option}（${labels[option] ?? option}）`);
  const last = items.at(-1) ?? '';
  if (items.length <= 1) return last;
  return join(join(items.slice(0, -1).join('、'), '或'), last);
}

const RESPONDENT_GROUP_NAMES = Object.fromEntries(
  RESPONDENT_GROUP_CODES.map((group) => [group, RESPONDENT_GROUPS[group].zh]),
);

const BOOLEAN = 'true 或 false';
const TEXT = '文本';
const TEXT_OR_NULL = '文本或 null';

const COMMON_FIELDS: FieldTable = {
  id: { label: '记录编号', expected: '小写的 UUID（如 1b4e28ba-2fa1-41d2-883f-0016d3cca427）' },
  capturedAt: {
    label: '采集时间',
    expected: '带时区的 ISO 8601 日期时间（如 2020-11-05T10:15:00+06:00）',
  },
  deviceId: { label: '设备编号', expected: TEXT },
  note: { label: '备注', expected: TEXT_OR_NULL },
};

export const VERIFICATION_FIELDS: FieldTable = {
  '': { label: '核实记录', expected: '对象' },
  ...COMMON_FIELDS,
  beneficiaryId: { label: '待遇人员编号', expected: TEXT },
  year: { label: '核实年度', expected: '2000 到 2100 之间的整数' },
  idNumber: { label: '身份证号', expected: '18 位身份证号文本' },
  identityConfirmed: { label: '身份是否确认', expected: BOOLEAN },
  identityMethod: {
    label: '核实方式',
    expected: choices(IDENTITY_METHODS, IDENTITY_METHOD_LABELS),
  },
  alive: { label: '是否在世', expected: BOOLEAN },
  deathDate: { label: '死亡日期', expected: 'YYYY-MM-DD 格式的日期，在世时为 null' },
  eligible: { label: '是否符合领取资格', expected: BOOLEAN },
  ineligibleReason: {
    label: '不符合资格原因',
    expected: choices([...INELIGIBLE_REASONS, 'null'], { ...INELIGIBLE_REASON_LABELS, null: '无' }),
  },
  amountReceivedYuan: {
    label: '领取金额',
    expected: '最多两位小数的非负金额文本（如 150 或 150.50）',
  },
};

export const SURVEY_RESPONSE_FIELDS: FieldTable = {
  '': { label: '满意度调查记录', expected: '对象' },
  ...COMMON_FIELDS,
  templateId: { label: '问卷模板编号', expected: TEXT },
  templateVersion: { label: '问卷模板版本', expected: '不小于 1 的整数' },
  year: { label: '调查年度', expected: '2000 到 2100 之间的整数' },
  townshipCode: { label: '乡镇代码', expected: '9 位数字的乡级行政区划代码' },
  villageCode: { label: '村代码', expected: '12 位数字的村级行政区划代码或 null' },
  respondentGroup: {
    label: '受访人群',
    expected: choices(RESPONDENT_GROUP_CODES, RESPONDENT_GROUP_NAMES),
  },
  beneficiaryId: { label: '关联的待遇人员编号', expected: TEXT_OR_NULL },
  language: { label: '调查语言', expected: 'zh（汉语）或 ug（维吾尔语）' },
  answers: { label: '回答', expected: '列表，每题一条' },
  'answers.*': { label: '第 {1} 条回答', expected: '含 questionId 和 value 的对象' },
  'answers.*.questionId': { label: '第 {1} 条回答的题目编号', expected: TEXT },
  'answers.*.value': {
    label: '第 {1} 条回答的选项值',
    expected: '1 到 5 的整数，拒答或不清楚时为 null',
  },
};

const BILINGUAL = '含 zh 和 ug 的对象';

export const SURVEY_TEMPLATE_FIELDS: FieldTable = {
  '': { label: '问卷模板', expected: '对象' },
  id: { label: '模板编号', expected: TEXT },
  version: { label: '模板版本', expected: '不小于 1 的整数' },
  title: { label: '问卷标题', expected: BILINGUAL },
  'title.zh': { label: '问卷标题的汉文', expected: TEXT },
  'title.ug': { label: '问卷标题的维吾尔文', expected: TEXT },
  respondentGroups: { label: '适用人群', expected: '人群的列表' },
  'respondentGroups.*': {
    label: '第 {1} 个适用人群',
    expected: choices(RESPONDENT_GROUP_CODES, RESPONDENT_GROUP_NAMES),
  },
  questions: { label: '题目', expected: '题目的列表' },
  'questions.*': { label: '第 {1} 题', expected: '对象' },
  'questions.*.id': { label: '第 {1} 题的编号', expected: TEXT },
  'questions.*.kind': {
    label: '第 {1} 题的类型',
    expected: choices(SURVEY_QUESTION_KINDS, SURVEY_QUESTION_KIND_LABELS),
  },
  'questions.*.text': { label: '第 {1} 题的题干', expected: BILINGUAL },
  'questions.*.text.zh': { label: '第 {1} 题题干的汉文', expected: TEXT },
  'questions.*.text.ug': { label: '第 {1} 题题干的维吾尔文', expected: TEXT },
  'questions.*.scale': { label: '第 {1} 题的量表', expected: '5 个选项标签的列表' },
  'questions.*.scale.*': { label: '第 {1} 题的第 {2} 个选项标签', expected: BILINGUAL },
  'questions.*.scale.*.zh': { label: '第 {1} 题第 {2} 个选项标签的汉文', expected: TEXT },
  'questions.*.scale.*.ug': { label: '第 {1} 题第 {2} 个选项标签的维吾尔文', expected: TEXT },
  'questions.*.satisfiedValues': { label: '第 {1} 题的满意选项', expected: '选项值的列表' },
  'questions.*.satisfiedValues.*': {
    label: '第 {1} 题的第 {2} 个满意选项',
    expected: '1 到 5 的整数',
  },
};

/** The dotted path of a field: ['answers', 2, 'value'] → 'answers.2.value'. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((segment) => String(segment)).join('.');
}

function describe(path: readonly PropertyKey[], table: FieldTable): FieldDescription {
  const key = path.map((segment) => (typeof segment === 'number' ? '*' : String(segment)));
  const found = table[key.join('.')];
  if (found === undefined) return { label: `字段 ${fieldPath(path)}`, expected: '有效的值' };
  const positions = path.filter((segment) => typeof segment === 'number');
  const label = found.label.replace(/\{(\d)\}/g, (placeholder, n: string) => {
    const position = positions[Number(n) - 1];
    return position === undefined ? placeholder : String(position + 1);
  });
  return { label, expected: found.expected };
}

/** Joins Chinese and Latin text with a space between them, as the product writes it. */
function join(left: string, right: string): string {
  const latin = /[0-9A-Za-z]/;
  return latin.test(left.at(-1) ?? '') || latin.test(right[0] ?? '')
    ? `${left} ${right}`
    : `${left}${right}`;
}

function shouldBe(description: FieldDescription): string {
  return join(`${description.label}应为`, description.expected);
}

/** Whether the input lacks the field at `path` altogether (rather than holding a wrong value). */
function isMissing(input: unknown, path: readonly PropertyKey[]): boolean {
  let current: unknown = input;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return false;
    if (!Object.hasOwn(current, segment)) return true;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return false;
}

/** At most 64 characters of a text the sender chose (a field name), for a message. */
function shown(text: string): string {
  return text.length > 64 ? `${text.slice(0, 64)}…` : text;
}

function issueErrors(issue: z.core.$ZodIssue, input: unknown, table: FieldTable): FieldError[] {
  const field = fieldPath(issue.path);
  const description = describe(issue.path, table);
  const label = description.label;
  const inspectsValue = issue.code !== 'unrecognized_keys' && issue.code !== 'custom';
  if (inspectsValue && issue.path.length > 0 && isMissing(input, issue.path)) {
    return [{ field, message: `缺少字段 ${field}（${label}）` }];
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        field: fieldPath([...issue.path, key]),
        message: `不允许的字段 ${shown(key)}`,
      }));
    case 'too_small':
      if (issue.origin === 'string') {
        const message =
          Number(issue.minimum) <= 1
            ? `${label}不能为空`
            : `${label}至少应有 ${issue.minimum} 个字符`;
        return [{ field, message }];
      }
      if (issue.origin === 'array') {
        const message = issue.exact
          ? `${label}应恰好有 ${issue.minimum} 项`
          : `${label}至少应有 ${issue.minimum} 项`;
        return [{ field, message }];
      }
      return [{ field, message: shouldBe(description) }];
    case 'too_big':
      if (issue.origin === 'string') {
        return [{ field, message: `${label}不能超过 ${issue.maximum} 个字符` }];
      }
      if (issue.origin === 'array') {
        const message = issue.exact
          ? `${label}应恰好有 ${issue.maximum} 项`
          : `${label}不能超过 ${issue.maximum} 项`;
        return [{ field, message }];
      }
      return [{ field, message: shouldBe(description) }];
    case 'custom':
      return [{ field, message: issue.message }];
    default:
      // invalid_value, invalid_format, invalid_union and the codes this product's schemas
      // do not produce: say what the field should hold.
      return [{ field, message: shouldBe(description) }];
  }
}

/**
 * Turns zod issues into field errors with Chinese messages. `input` is what was validated,
 * to tell a missing field from a wrong value.
 */
export function issuesToFieldErrors(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  table: FieldTable,
): FieldError[] {
  return issues.flatMap((issue) => issueErrors(issue, input, table));
}
