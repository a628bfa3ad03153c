import {
  heshuo2020FundReport,
  shache2020EmployeeMedical,
  shache2020InstitutionPension,
  shache2020ResidentMedical,
  shache2020ResidentPension,
} from '@jixiao/seed-forms';
import { describe, expect, it } from 'vitest';
import { DEMO_PROJECTS, FIELD_BINDINGS } from './projects.ts';

describe('demo projects', () => {
  it('are the four 2020 莎车县 self-evaluations and the 和硕县 report, by reference', () => {
    expect(DEMO_PROJECTS.map((p) => [p.key, p.countyCode, p.year, p.scheme])).toEqual([
      ['shache-2020-resident-pension', '653125', 2020, 'residentPension'],
      ['shache-2020-institution-pension', '653125', 2020, 'institutionPension'],
      ['shache-2020-employee-medical', '653125', 2020, 'employeeMedical'],
      ['shache-2020-resident-medical', '653125', 2020, 'residentMedical'],
      ['heshuo-2020-social-insurance', '652828', 2020, null],
    ]);
    const forms = [
      shache2020ResidentPension,
      shache2020InstitutionPension,
      shache2020EmployeeMedical,
      shache2020ResidentMedical,
      heshuo2020FundReport,
    ];
    DEMO_PROJECTS.forEach((p, i) => {
      expect(p.form).toBe(forms[i]);
      expect(p.name).toBe(p.form.projectName);
    });
  });
});

describe('FIELD_BINDINGS', () => {
  it.each([
    ['shache-2020-resident-pension', 'r10', '政策知晓率 (%)'],
    ['shache-2020-resident-pension', 'r11', '补助人员满意度 (%)'],
    ['shache-2020-institution-pension', 'r01', '享受保险基金补助人数(人/月)'],
    ['shache-2020-institution-pension', 'r05', '养老金发放准确率(%)'],
    ['shache-2020-institution-pension', 'r14', '群众满意度(%)'],
  ])('binds %s %s, the row named %s', (projectKey, rowId, name) => {
    expect(FIELD_BINDINGS.some((b) => b.projectKey === projectKey && b.rowId === rowId)).toBe(true);
    const form = DEMO_PROJECTS.find((p) => p.key === projectKey)?.form;
    expect(form?.indicators.find((row) => row.id === rowId)?.name).toBe(name);
  });

  it('binds only rows of known projects, each row once', () => {
    expect(FIELD_BINDINGS).toHaveLength(5);
    const keys = FIELD_BINDINGS.map((b) => `${b.projectKey}/${b.rowId}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const binding of FIELD_BINDINGS) {
      const form = DEMO_PROJECTS.find((p) => p.key === binding.projectKey)?.form;
      expect(form?.indicators.some((row) => row.id === binding.rowId)).toBe(true);
    }
  });

  it('filters survey metrics by respondent group and roster metrics by scheme', () => {
    for (const binding of FIELD_BINDINGS) {
      const survey =
        binding.metric === 'satisfactionRate' || binding.metric === 'policyAwarenessRate';
      expect(binding.filters.respondentGroup !== undefined).toBe(survey);
      expect(binding.filters.scheme !== undefined).toBe(!survey);
    }
  });
});
