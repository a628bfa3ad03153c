// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppServices } from '../app-services.ts';
import type { OutboxEntry } from '../offline/local-database.ts';
import { SATISFACTION_TEMPLATE } from '../testing/fake-graphql-server.ts';
import { ServicesContext } from './services-context.ts';
import { SurveyForm } from './survey-form.tsx';

const VILLAGES = [
  {
    code: '653125100201',
    name: '第1村（生成）',
    level: 'VILLAGE' as const,
    parentCode: '653125100',
  },
];

function renderForm() {
  const services = createAppServices({ databaseName: `survey-${crypto.randomUUID()}` });
  const onSaved = vi.fn<(entry: OutboxEntry) => void>();
  render(
    <ServicesContext.Provider value={services}>
      <SurveyForm
        template={SATISFACTION_TEMPLATE}
        townshipCode="653125100"
        villages={VILLAGES}
        villageCode="653125100201"
        onSaved={onSaved}
        onCancel={() => undefined}
      />
    </ServicesContext.Provider>,
  );
  return { db: services.db, onSaved };
}

function questionnaire(): HTMLElement {
  const section = document.querySelector<HTMLElement>('.questionnaire');
  if (section === null) throw new Error('no questionnaire');
  return section;
}

afterEach(cleanup);

describe('SurveyForm', () => {
  it('renders the questions from the template in Chinese, left to right', () => {
    renderForm();
    const section = questionnaire();
    expect(section.getAttribute('dir')).toBe('ltr');
    expect(section.getAttribute('lang')).toBe('zh-CN');
    expect(within(section).getByText('1. 您对养老金按时足额发放是否满意？')).toBeTruthy();
    // Five points of the scale and 拒答/不清楚 per question.
    expect(within(section).getAllByRole('radio')).toHaveLength(12);
  });

  it('switches the questions to Uyghur, right to left', () => {
    renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'ئۇيغۇرچە' }));
    const section = questionnaire();
    expect(section.getAttribute('dir')).toBe('rtl');
    expect(section.getAttribute('lang')).toBe('ug');
    expect(
      within(section).getByText('1. پىنسىيە ۋاقتىدا تولۇق تارقىتىلىشىدىن رازىمۇ؟'),
    ).toBeTruthy();
    expect(within(section).getAllByRole('radio', { name: 'ئىنتايىن رازى' })).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'ئۇيغۇرچە' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('refuses to save with a question unanswered or no respondent group', async () => {
    const { db, onSaved } = renderForm();
    fireEvent.click(
      within(questionnaire()).getAllByRole('radio', { name: '很满意' })[0] as HTMLElement,
    );
    fireEvent.click(screen.getByRole('button', { name: '保存调查记录' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('请选择受访人群');
    expect(summary.textContent).toContain('第 2 题未作答');
    expect(onSaved).not.toHaveBeenCalled();
    expect(await db.outbox.count()).toBe(0);
  });

  it('saves an anonymous interview held in Uyghur, 拒答 counted as an answer', async () => {
    const { db, onSaved } = renderForm();
    fireEvent.click(screen.getByRole('radio', { name: '城乡居民待遇领取人员' }));
    fireEvent.click(screen.getByRole('button', { name: 'ئۇيغۇرچە' }));
    const section = questionnaire();
    fireEvent.click(within(section).getAllByRole('radio', { name: 'رازى' })[0] as HTMLElement);
    fireEvent.click(
      within(section).getAllByRole('radio', { name: 'جاۋاب بەرمىدى / بىلمەيدۇ' })[1] as HTMLElement,
    );
    fireEvent.click(screen.getByRole('button', { name: '保存调查记录' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const [stored] = await db.outbox.toArray();
    expect(stored?.record).toMatchObject({
      templateId: 'satisfaction-2020',
      templateVersion: 1,
      townshipCode: '653125100',
      villageCode: '653125100201',
      respondentGroup: 'residentBeneficiary',
      beneficiaryId: null,
      language: 'ug',
      answers: [
        { questionId: 'q1', value: 4 },
        { questionId: 'q2', value: null },
      ],
    });
  });
});
