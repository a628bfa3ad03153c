import type { EvaluationForm, IndicatorRow } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import {
  heshuo2020FundReport,
  SEED_FORMS,
  shache2019ResidentPensionMonitoring,
  shache2019ResidentPensionTargets,
  shache2020EmployeeMedical,
  shache2020InstitutionPension,
  shache2020MedicalReport,
  shache2020ResidentMedical,
  shache2020ResidentPension,
} from './index.ts';

const DECIMAL = /^\d+(\.\d+)?$/;

function rowNamed(form: EvaluationForm, name: string): IndicatorRow {
  const rows = form.indicators.filter((row) => row.name === name);
  expect(rows, `${form.id}: one row named ${name}`).toHaveLength(1);
  return rows[0] as IndicatorRow;
}

function rowById(form: EvaluationForm, id: string): IndicatorRow {
  const row = form.indicators.find((r) => r.id === id);
  if (!row) throw new Error(`${form.id}: no row ${id}`);
  return row;
}

function figureValue(form: EvaluationForm, id: string): string | undefined {
  return form.figures?.find((figure) => figure.id === id)?.value;
}

/** Every string anywhere in the form, with its path. */
function strings(value: unknown, path: string): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
  }
  return [];
}

describe('SEED_FORMS', () => {
  it('lists the eight forms in order', () => {
    expect(SEED_FORMS.map((form) => form.id)).toEqual([
      'shache-2020-resident-pension-self-evaluation',
      'shache-2020-institution-pension-self-evaluation',
      'shache-2020-employee-medical-self-evaluation',
      'shache-2020-resident-medical-self-evaluation',
      'shache-2019-resident-pension-declaration',
      'shache-2019-resident-pension-monitoring',
      'shache-2020-medical-report',
      'heshuo-2020-fund-report',
    ]);
  });

  it('has unique form ids', () => {
    const ids = SEED_FORMS.map((form) => form.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('cites one of the two seed files', () => {
    for (const form of SEED_FORMS) {
      expect(['004_748413815362b37f.txt', '000_7cdf38f65f12c940.txt']).toContain(form.source.file);
      expect(form.source.section.length).toBeGreaterThan(0);
    }
  });

  it('keeps the county codes of the two counties', () => {
    for (const form of SEED_FORMS) {
      const expected = form.source.file.startsWith('004_')
        ? { name: '莎车县', code: '653125' }
        : { name: '和硕县', code: '652828' };
      expect(form.county, form.id).toEqual(expected);
    }
  });
});

describe.each(SEED_FORMS.map((form) => [form.id, form] as const))('%s', (_id, form) => {
  it('numbers its rows r01, r02, … in table order', () => {
    const expected = form.indicators.map((_, i) => `r${String(i + 1).padStart(2, '0')}`);
    expect(form.indicators.map((row) => row.id)).toEqual(expected);
  });

  it('has unique row ids', () => {
    const ids = form.indicators.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('points every partOf at an earlier row that is not itself a part', () => {
    form.indicators.forEach((row, index) => {
      if (row.partOf === undefined) return;
      const parentIndex = form.indicators.findIndex((r) => r.id === row.partOf);
      expect(parentIndex, `${row.id} partOf ${row.partOf}`).toBeGreaterThanOrEqual(0);
      expect(parentIndex, `${row.id} partOf ${row.partOf}`).toBeLessThan(index);
      expect(form.indicators[parentIndex]?.partOf, `${row.partOf} is a part`).toBeUndefined();
    });
  });

  it('has unique figure ids, and every relation names existing figures', () => {
    const ids = (form.figures ?? []).map((figure) => figure.id);
    expect(new Set(ids).size).toBe(ids.length);
    const known = new Set(ids);
    for (const relation of form.relations ?? []) {
      const referenced =
        relation.kind === 'sum'
          ? [relation.total, ...relation.parts]
          : relation.kind === 'difference'
            ? [relation.difference, relation.minuend, relation.subtrahend]
            : [relation.numerator, relation.denominator];
      for (const id of referenced) expect(known.has(id), `relation names ${id}`).toBe(true);
      if (relation.kind === 'sum') expect(relation.parts.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('writes amounts and figure values as decimal strings', () => {
    const amounts = form.funds
      ? [form.funds.total, ...form.funds.sources.map((line) => line.amounts)]
      : [];
    for (const line of amounts) {
      for (const value of [line.budget, line.arrived, line.executed]) {
        if (value != null) expect(value).toMatch(DECIMAL);
      }
    }
    for (const figure of form.figures ?? []) expect(figure.value, figure.id).toMatch(DECIMAL);
  });

  it('keeps no leading or trailing whitespace and no empty text', () => {
    for (const [path, text] of strings(form, form.id)) {
      expect(text, path).toBe(text.trim());
      expect(text.length, path).toBeGreaterThan(0);
    }
  });

  it('fits its kind', () => {
    switch (form.kind) {
      case 'self-evaluation':
        expect(form.funds).not.toBeNull();
        expect(form.indicators.length).toBeGreaterThanOrEqual(1);
        expect(form.scheme).not.toBeNull();
        break;
      case 'target-declaration':
        expect(form.funds).not.toBeNull();
        for (const row of form.indicators) {
          expect(row.target, row.id).not.toBeNull();
          expect(row.actual, row.id).toBeNull();
          expect(row.printedRate, row.id).toBeNull();
        }
        break;
      case 'monitoring':
        expect(form.funds).not.toBeNull();
        for (const row of form.indicators) {
          expect(row.target, row.id).not.toBeNull();
          expect(row.actual, row.id).not.toBeNull();
          expect(row.printedRate, row.id).not.toBeNull();
        }
        break;
      case 'evaluation-report':
        expect(form.figures?.length ?? 0).toBeGreaterThan(0);
        expect(form.relations?.length ?? 0).toBeGreaterThan(0);
        break;
    }
  });
});

describe('transcribed values', () => {
  it('keeps the monitoring form rows as printed', () => {
    const form = shache2019ResidentPensionMonitoring;
    expect(rowNamed(form, '缴费人数(人)')).toMatchObject({
      target: '360736',
      actual: '371029',
      printedRate: '102.85%',
    });
    expect(rowNamed(form, '享受领取保险待遇人数(人)')).toMatchObject({
      target: '68446',
      actual: '56968',
      printedRate: '0.00%',
    });
    expect(rowNamed(form, '发放符合领取城乡居民养老保险待遇')).toMatchObject({
      target: '100%',
      actual: '41.34%',
      printedRate: '100%',
    });
    expect(form.funds?.total).toEqual({
      budget: '14698.45',
      arrived: '13509.36',
      executed: '13509.36',
      printedRate: null,
    });
    expect(form.funds?.sources.map((line) => [line.source, line.amounts.budget])).toEqual([
      ['central', '7227.9'],
      ['region', '6074.71'],
      ['local', '1395.84'],
    ]);
    expect(form.narrative?.completionRate).toBe('100.00%');
  });

  it('links the 其中 rows of the pension forms to their parents', () => {
    for (const form of [shache2019ResidentPensionTargets, shache2019ResidentPensionMonitoring]) {
      const parts = (parent: string) =>
        form.indicators.filter((row) => row.partOf === parent).map((row) => row.target);
      const perPerson = form.indicators.find((row) => row.name === '享受发放补助人均标准(元)');
      const subsidy = form.indicators.find((row) => row.name === '人均缴费补助(元)');
      expect(parts(perPerson?.id ?? '')).toEqual(['88', '52', '10']);
      expect(parts(subsidy?.id ?? '')).toEqual(['50', '1.8']);
      expect(parts('r01')).toEqual(['121848']);
      expect(rowById(form, 'r11')).toMatchObject({ level2: '成本指标', target: '10' });
    }
  });

  it('keeps the printed targets, including OCR leftovers and garbled ranges', () => {
    expect(rowNamed(shache2020ResidentPension, '居民养老保险每月缴费人数(人)').target).toBe(
      '≥ 377693',
    );
    expect(rowNamed(shache2020ResidentPension, '政策知晓率 (%)').target).toBe('$\\geq 95\\%$');
    expect(rowNamed(shache2020EmployeeMedical, '职工基本医疗保险收入预算执行率').target).toBe(
      '105%≤95%',
    );
    expect(rowNamed(shache2020ResidentMedical, '城乡居民医疗保险基金收入预算执行率').target).toBe(
      '105%≤≥95%',
    );
    expect(rowNamed(shache2020InstitutionPension, '待遇按时发放').target).toBe('每月20日前');
  });

  it('keeps the categories the seeds misfiled', () => {
    expect(rowNamed(shache2020ResidentPension, '补助发放结束时间').level2).toBe('成本指标');
    expect(rowNamed(shache2020ResidentPension, '城乡居民基本养老保险基金')).toMatchObject({
      level1: '项目效益',
      level2: '经济效益指标',
      printedRate: '81.78%',
    });
    expect(rowNamed(shache2020InstitutionPension, '补助发放开始时间')).toMatchObject({
      level2: '社会效益指标',
      target: '2020年6月30',
    });
    expect(rowNamed(shache2020InstitutionPension, '补助发放结束时间')).toMatchObject({
      actual: '未达监控节点',
      printedRate: '/',
    });
    expect(
      rowNamed(shache2020ResidentMedical, '城乡居民医疗各级财政实际补助标准（元/人/年）'),
    ).toMatchObject({ level1: '项目完成指标', level2: '成本指标', target: '=580' });
  });

  it('keeps the narrative claims of the 2020 pension reports', () => {
    expect(shache2020ResidentPension.narrative).toMatchObject({
      level1Count: 3,
      level2Count: 7,
      level3Count: 12,
      completedLevel3Count: 12,
      allTargetsMet: true,
    });
    expect(shache2020InstitutionPension.narrative).toMatchObject({
      level3Count: 14,
      completedLevel3Count: 23,
    });
    // The table has 14 rows: the narrative's 23 is the seed's error, not a transcription gap.
    expect(shache2020InstitutionPension.indicators).toHaveLength(14);
  });

  it('keeps the 和硕县 figures, including the totals that do not add up', () => {
    const form = heshuo2020FundReport;
    expect(figureValue(form, 'income-total')).toBe('12628');
    const incomeSum = form.relations?.find(
      (relation) => relation.kind === 'sum' && relation.total === 'income-total',
    );
    expect(incomeSum).toBeDefined();
    const parts = incomeSum?.kind === 'sum' ? incomeSum.parts : [];
    const total = parts.reduce((sum, id) => sum + Number(figureValue(form, id)), 0);
    expect(total).toBe(12620);
    expect(
      form.relations?.find((r) => r.kind === 'ratio' && r.numerator === 'institution-expenditure'),
    ).toMatchObject({ printed: '99.47%' });
    expect(form.funds?.total).toEqual({ budget: '11324', executed: '11216', printedRate: null });
    expect(figureValue(form, 'expenditure-total')).toBe(form.funds?.total.executed);
    expect(rowNamed(form, '保障城乡居民基本养老保险退休待遇享受人数')).toMatchObject({
      target: '≥3250 人',
      actual: '2931人',
    });
  });

  it('relates the 莎车县 medical report to the two medical forms', () => {
    const form = shache2020MedicalReport;
    expect(figureValue(form, 'form-executed-employee')).toBe(
      shache2020EmployeeMedical.funds?.total.executed,
    );
    expect(figureValue(form, 'form-executed-resident')).toBe(
      shache2020ResidentMedical.funds?.total.executed,
    );
    expect(figureValue(form, 'total-expenditure')).toBe('17.52');
    expect(form.relations).toContainEqual(
      expect.objectContaining({ kind: 'ratio', printed: '176.44%' }),
    );
  });
});
