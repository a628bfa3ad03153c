import type { EvaluationForm, FieldMetric, Scheme } from '@jixiao/domain';
import {
  heshuo2020FundReport,
  shache2020EmployeeMedical,
  shache2020InstitutionPension,
  shache2020ResidentMedical,
  shache2020ResidentPension,
} from '@jixiao/seed-forms';
import type { DemoRespondentGroup } from './survey-template.ts';

/**
 * 演示项目 — the projects of the demo database: the four 2020 self-evaluation forms of 莎车县
 * and the 2020 report of 和硕县, one project per form. The forms are the seed fixtures
 * themselves (referenced, not copied).
 */
export interface DemoProject {
  /** Stable key, e.g. 'shache-2020-resident-pension'. */
  key: string;
  countyCode: string;
  year: number;
  /** 险种, null for a report that covers every scheme (和硕县). */
  scheme: Scheme | null;
  /** 项目名称, as the form prints it. */
  name: string;
  form: EvaluationForm;
}

function project(key: string, form: EvaluationForm): DemoProject {
  return {
    key,
    countyCode: form.county.code,
    year: form.year,
    scheme: form.scheme,
    name: form.projectName,
    form,
  };
}

export const DEMO_PROJECTS: readonly DemoProject[] = [
  project('shache-2020-resident-pension', shache2020ResidentPension),
  project('shache-2020-institution-pension', shache2020InstitutionPension),
  project('shache-2020-employee-medical', shache2020EmployeeMedical),
  project('shache-2020-resident-medical', shache2020ResidentMedical),
  project('heshuo-2020-social-insurance', heshuo2020FundReport),
];

export interface FieldBinding {
  projectKey: string;
  /** The indicator row (IndicatorRow.id) of the project's form. */
  rowId: string;
  metric: FieldMetric;
  /** Which field records count: of one scheme's roster, of one respondent group. */
  filters: { scheme?: Scheme; respondentGroup?: DemoRespondentGroup };
}

/**
 * 指标与外勤数据的对应 — the indicator rows whose actual comes from field work:
 * 莎车县 resident pension r10 政策知晓率, r11 补助人员满意度; institution pension
 * r01 享受保险基金补助人数, r05 养老金发放准确率, r14 群众满意度.
 */
export const FIELD_BINDINGS: readonly FieldBinding[] = [
  {
    projectKey: 'shache-2020-resident-pension',
    rowId: 'r10',
    metric: 'policyAwarenessRate',
    filters: { respondentGroup: 'residentBeneficiary' },
  },
  {
    projectKey: 'shache-2020-resident-pension',
    rowId: 'r11',
    metric: 'satisfactionRate',
    filters: { respondentGroup: 'residentBeneficiary' },
  },
  {
    projectKey: 'shache-2020-institution-pension',
    rowId: 'r01',
    metric: 'beneficiaryCount',
    filters: { scheme: 'institutionPension' },
  },
  {
    projectKey: 'shache-2020-institution-pension',
    rowId: 'r05',
    metric: 'paymentAccuracy',
    filters: { scheme: 'institutionPension' },
  },
  {
    projectKey: 'shache-2020-institution-pension',
    rowId: 'r14',
    metric: 'satisfactionRate',
    filters: { respondentGroup: 'institutionRetiree' },
  },
];
