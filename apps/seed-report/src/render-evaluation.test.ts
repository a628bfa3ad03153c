import { evaluateForm } from '@jixiao/scoring';
import {
  SEED_FORMS,
  shache2019ResidentPensionTargets,
  shache2020ResidentPension,
} from '@jixiao/seed-forms';
import { describe, expect, it } from 'vitest';
import { renderEvaluation } from './render-evaluation.ts';

describe('renderEvaluation', () => {
  it('renders the 2020 resident pension self-evaluation form as a reviewer reads it', async () => {
    const text = renderEvaluation(evaluateForm(shache2020ResidentPension));
    await expect(text).toMatchFileSnapshot('./__snapshots__/shache-2020-resident-pension.txt');
    expect(text).toContain('总分 98.18    等级 优');
    expect(text).toContain('执行率 81.78%');
    expect(text).toMatch(
      /城乡居民基本养老保险基金\s+≤ 14204\s+11616\s+122\.28%\s+81\.78%\s+15\.00\s+15\.00/,
    );
  });

  it('lists a declaration’s targets without scoring it', () => {
    const text = renderEvaluation(evaluateForm(shache2019ResidentPensionTargets));
    expect(text).toContain('申报表只有指标值，不评分');
    expect(text).not.toContain('总分');
    expect(text).toContain('发现问题：无');
  });

  it('renders every seed form with its findings', () => {
    for (const form of SEED_FORMS) {
      const evaluation = evaluateForm(form);
      const text = renderEvaluation(evaluation);
      expect(text).toContain(form.title);
      for (const found of evaluation.findings) expect(text).toContain(found.code);
    }
  });
});
