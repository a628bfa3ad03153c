// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppServices } from '../app-services.ts';
import type { OutboxEntry } from '../offline/local-database.ts';
import { fixtureIdNumber } from '../offline/roster-fixture.ts';
import { localTimestamp } from '../sync/capture-time.ts';
import { ServicesContext } from './services-context.ts';
import { type Beneficiary, VerificationForm } from './verification-form.tsx';

const ID_NUMBER = fixtureIdNumber('1948-07-15', 907);

const BENEFICIARY: Beneficiary = {
  id: 'B-653125100-000907',
  name: '艾麦提·玉苏甫',
  idNumber: ID_NUMBER,
  masked: false,
  scheme: 'RESIDENT_PENSION',
  status: 'ACTIVE',
  villageName: '第1村（生成）',
  monthlyAmountDue: '203.80',
  townshipCode: '653125100',
};

function renderForm() {
  const services = createAppServices({ databaseName: `form-${crypto.randomUUID()}` });
  const onSaved = vi.fn<(entry: OutboxEntry) => void>();
  render(
    <ServicesContext.Provider value={services}>
      <VerificationForm beneficiary={BENEFICIARY} onSaved={onSaved} onCancel={() => undefined} />
    </ServicesContext.Provider>,
  );
  return { db: services.db, onSaved };
}

function choose(label: string) {
  fireEvent.click(screen.getByRole('radio', { name: label }));
}

function save() {
  fireEvent.click(screen.getByRole('button', { name: '保存核实记录' }));
}

/** Yesterday on the phone, YYYY-MM-DD. */
function yesterday(): string {
  return localTimestamp(new Date(Date.now() - 24 * 60 * 60 * 1000)).slice(0, 10);
}

afterEach(cleanup);

describe('VerificationForm', () => {
  it('shows the person, the full ID number and the amount due prefilled', () => {
    renderForm();
    expect(screen.getByText('艾麦提·玉苏甫')).toBeTruthy();
    const idInput = screen.getByLabelText<HTMLInputElement>('身份证号（请与证件核对）');
    expect(idInput.value).toBe(ID_NUMBER);
    expect(screen.getByText('✓ 号码有效（校验位正确）')).toBeTruthy();
    const amount = screen.getByLabelText<HTMLInputElement>('本月实际领取金额（元）');
    expect(amount.value).toBe('203.80');
  });

  it('refuses an ID number with a wrong check digit before saving', async () => {
    const { db, onSaved } = renderForm();
    const wrong = `${ID_NUMBER.slice(0, 17)}${ID_NUMBER[17] === '1' ? '2' : '1'}`;
    fireEvent.change(screen.getByLabelText('身份证号（请与证件核对）'), {
      target: { value: wrong },
    });
    // Checked as it is typed…
    expect(screen.getAllByText('身份证号校验位不正确').length).toBeGreaterThan(0);
    choose('是');
    choose('上门');
    choose('在世');
    choose('符合');
    save();
    // …and refused on save: the summary lists it, nothing is stored.
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('身份证号校验位不正确');
    expect(onSaved).not.toHaveBeenCalled();
    expect(await db.outbox.count()).toBe(0);
  });

  it('asks for every unset choice in plain words', async () => {
    const { db } = renderForm();
    save();
    const summary = await screen.findByRole('alert');
    for (const message of ['请选择身份是否已确认', '请选择核实方式', '请选择是否在世']) {
      expect(summary.textContent).toContain(message);
    }
    expect(await db.outbox.count()).toBe(0);
  });

  it('requires the date of death for a deceased person, then saves', async () => {
    const { db, onSaved } = renderForm();
    choose('是');
    choose('视频');
    choose('已死亡');
    // Eligibility is not asked for a deceased person.
    expect(screen.queryByRole('radio', { name: '符合' })).toBeNull();
    save();
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('已死亡人员应填写死亡日期');
    expect(await db.outbox.count()).toBe(0);

    fireEvent.change(screen.getByLabelText('死亡日期'), { target: { value: yesterday() } });
    fireEvent.change(screen.getByLabelText('本月实际领取金额（元）'), { target: { value: '0' } });
    save();

    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const [stored] = await db.outbox.toArray();
    expect(stored?.record).toMatchObject({
      beneficiaryId: BENEFICIARY.id,
      alive: false,
      deathDate: yesterday(),
      eligible: false,
      ineligibleReason: null,
      identityMethod: 'video',
      amountReceivedYuan: '0',
    });
    expect(stored?.status).toBe('pending');
  });

  it('asks why a living person is not eligible', async () => {
    const { db, onSaved } = renderForm();
    choose('是');
    choose('窗口');
    choose('在世');
    choose('不符合');
    save();
    expect((await screen.findByRole('alert')).textContent).toContain('不符合领取资格时应选择原因');
    choose('迁出');
    save();
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const [stored] = await db.outbox.toArray();
    expect(stored?.record).toMatchObject({ eligible: false, ineligibleReason: 'moved' });
  });

  it('shows how far the amount received is from the amount due', () => {
    renderForm();
    fireEvent.change(screen.getByLabelText('本月实际领取金额（元）'), { target: { value: '150' } });
    expect(screen.getByText(/少领 53.80 元/)).toBeTruthy();
  });
});
