import { describe, expect, it } from 'vitest';
import { DEMO_SURVEY_TEMPLATE } from './survey-template.ts';

const ARABIC_SCRIPT = /^[\u0600-\u06FF\s\d()\-،؟.]+$/u;

describe('demo survey template', () => {
  const template = DEMO_SURVEY_TEMPLATE;

  it('is satisfaction-2020, version 1, for all three respondent groups', () => {
    expect(template.id).toBe('satisfaction-2020');
    expect(template.version).toBe(1);
    expect(template.title.zh).toBe('社会保险待遇领取人员满意度调查');
    expect(template.respondentGroups).toEqual([
      'institutionRetiree',
      'residentBeneficiary',
      'contributor',
    ]);
  });

  it('asks 6–8 questions with unique ids, both kinds', () => {
    const { questions } = template;
    expect(questions.length).toBeGreaterThanOrEqual(6);
    expect(questions.length).toBeLessThanOrEqual(8);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    expect(questions.filter((q) => q.kind === 'satisfaction')).toHaveLength(4);
    expect(questions.filter((q) => q.kind === 'awareness')).toHaveLength(3);
  });

  it('writes every text in Chinese and in Uyghur (Arabic script)', () => {
    const texts = [template.title, ...template.questions.flatMap((q) => [q.text, ...q.scale])];
    for (const text of texts) {
      expect(text.zh).toMatch(/\p{Script=Han}/u);
      expect(text.ug).toMatch(ARABIC_SCRIPT);
    }
  });

  it('gives each question five labels of its kind and counts 4 and 5 as satisfied', () => {
    for (const q of template.questions) {
      expect(q.scale).toHaveLength(5);
      expect(q.satisfiedValues).toEqual([4, 5]);
      const expected =
        q.kind === 'satisfaction'
          ? ['很不满意', '不满意', '一般', '满意', '很满意']
          : ['完全不了解', '不太了解', '一般', '比较了解', '非常了解'];
      expect(q.scale.map((label) => label.zh)).toEqual(expected);
    }
  });
});
