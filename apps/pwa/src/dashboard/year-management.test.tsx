// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDashboard, rowOf, WAIT } from '../testing/dashboard-app.tsx';
import { MANAGER, PREFECTURE_VIEWER } from '../testing/dashboard-fixtures.ts';
import { FakeDashboardServer } from '../testing/fake-dashboard-server.ts';

beforeEach(() => {
  window.scrollTo = () => undefined;
  window.history.replaceState(null, '');
  window.confirm = () => true;
});

afterEach(cleanup);

/** Opens 年度管理 (or the viewer's read-only tab) and waits for the conflicts table. */
async function openConflicts(tab = '年度管理'): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole('button', { name: tab }));
  return screen.findByRole('table', { name: /重复核实的人员/ }, WAIT);
}

function conflictRow(): HTMLElement {
  return rowOf(screen.getByRole('table', { name: /重复核实的人员/ }), /艾麦提·玉苏甫/);
}

/** The cells of the conflict row: 乡镇, 计入的核实, 其他核实记录. */
function cells() {
  const [township, counted, others] = within(conflictRow()).getAllByRole('cell');
  if (township === undefined || counted === undefined || others === undefined) {
    throw new Error('the conflict row has fewer cells');
  }
  return { township, counted, others };
}

describe('the year lock status', { timeout: 20_000 }, () => {
  it('is read when the tab opens, before any action', async () => {
    const { server } = await openDashboard(MANAGER);
    await openConflicts();
    await screen.findByText('2020 年度未锁定。', {}, WAIT);
    expect(server.callsOf('YearLock')[0]?.variables).toEqual({ countyCode: '653125', year: 2020 });
    // Only the action that applies is offered.
    expect(screen.getByRole('button', { name: '锁定 2020 年度' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '解锁 2020 年度' })).toBeNull();
  });

  it('shows a locked year with its time, and offers to unlock it', async () => {
    const server = new FakeDashboardServer();
    server.locked = true;
    await openDashboard(MANAGER, server);
    await openConflicts();
    await screen.findByText(/^2020 年度已锁定（.+）。$/, {}, WAIT);
    expect(screen.queryByRole('button', { name: '锁定 2020 年度' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '解锁 2020 年度' }));
    await screen.findByText('2020 年度未锁定。', {}, WAIT);
    expect(server.callsOf('UnlockYear')).toHaveLength(1);
  });

  it('reads the year picked', async () => {
    const { server } = await openDashboard(MANAGER);
    await openConflicts();
    await screen.findByText('2020 年度未锁定。', {}, WAIT);
    fireEvent.change(screen.getByLabelText('年度'), { target: { value: '2019' } });
    await screen.findByText('2019 年度未锁定。', {}, WAIT);
    expect(server.callsOf('YearLock').at(-1)?.variables).toEqual({
      countyCode: '653125',
      year: 2019,
    });
  });
});

describe('resolving a duplicate verification', { timeout: 20_000 }, () => {
  it('counts another verification after a confirm step with a note', async () => {
    const { server } = await openDashboard(MANAGER);
    await openConflicts();
    expect(within(cells().counted).getByText(/已死亡/)).toBeTruthy();

    const choose = within(cells().others).getByRole('button', { name: /^改为计入此条/ });
    fireEvent.click(choose);
    // The confirm step says what changes and takes the focus on its note.
    const form = await screen.findByRole('form', { name: /改为计入此条？/ }, WAIT);
    expect(form.textContent).toMatch(/在世且符合资格（采集于 .+）将计入汇总和评分/);
    const note = within(form).getByLabelText('处理说明（可选）');
    await waitFor(() => expect(document.activeElement).toBe(note), WAIT);
    expect(server.callsOf('ResolveVerificationConflict')).toHaveLength(0);

    fireEvent.change(note, { target: { value: '  入户复核：本人在世  ' } });
    expect(within(form).getByText('13 / 500 字')).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: '确认改为计入' }));

    await screen.findByText(
      /^已改为计入艾麦提·玉苏甫于 .+ 采集的核实记录（在世且符合资格）。$/,
      {},
      WAIT,
    );
    expect(server.callsOf('ResolveVerificationConflict')[0]?.variables).toEqual({
      verificationId: 'v-1',
      note: '入户复核：本人在世',
    });
    // The row is the server's answer: the chosen one counts, the other is history now.
    expect(within(cells().counted).getByText(/在世且符合资格/)).toBeTruthy();
    expect(within(cells().others).getByText(/已死亡/)).toBeTruthy();
    expect(
      within(cells().counted).getByText(/^已由县级处理 · .+ · 入户复核：本人在世$/),
    ).toBeTruthy();
    expect(screen.queryByRole('form', { name: /改为计入此条？/ })).toBeNull();
    // Only one query of the conflicts: the row was updated from the mutation's result.
    expect(server.callsOf('VerificationConflicts')).toHaveLength(1);
  });

  it('sends no note when none is typed, and cancels without sending', async () => {
    const { server } = await openDashboard(MANAGER);
    await openConflicts();
    const choose = within(cells().others).getByRole('button', { name: /^改为计入此条/ });
    fireEvent.click(choose);
    fireEvent.click(await screen.findByRole('button', { name: '取消' }, WAIT));
    expect(screen.queryByRole('form', { name: /改为计入此条？/ })).toBeNull();
    // The focus goes back to the button that opened the step.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('改为计入此条'), WAIT);
    expect(server.callsOf('ResolveVerificationConflict')).toHaveLength(0);

    fireEvent.click(within(cells().others).getByRole('button', { name: /^改为计入此条/ }));
    fireEvent.click(await screen.findByRole('button', { name: '确认改为计入' }, WAIT));
    await screen.findByText(/^已由县级处理 · [^·]+$/, {}, WAIT);
    expect(server.callsOf('ResolveVerificationConflict')[0]?.variables).toEqual({
      verificationId: 'v-1',
      note: null,
    });
  });

  it("shows the server's refusal and keeps the row as it was", async () => {
    const server = new FakeDashboardServer();
    server.locked = true;
    await openDashboard(MANAGER, server);
    await openConflicts();
    fireEvent.click(within(cells().others).getByRole('button', { name: /^改为计入此条/ }));
    fireEvent.click(await screen.findByRole('button', { name: '确认改为计入' }, WAIT));
    const alert = await screen.findByText(/^未处理：/, {}, WAIT);
    expect(alert.textContent).toBe('未处理：2020 年度已锁定，不能更改计数的核实记录');
    expect(within(cells().counted).getByText(/已死亡/)).toBeTruthy();
    // The step stays open for another try or a cancel.
    expect(screen.getByRole('form', { name: /改为计入此条？/ })).toBeTruthy();
  });

  it("ties the server's message about the note to the note", async () => {
    await openDashboard(MANAGER);
    await openConflicts();
    fireEvent.click(within(cells().others).getByRole('button', { name: /^改为计入此条/ }));
    const note = await screen.findByLabelText('处理说明（可选）', {}, WAIT);
    expect(note.getAttribute('maxlength')).toBe('500');
    // A value set by a script passes the browser's maxlength; the server still refuses it.
    fireEvent.change(note, { target: { value: '说'.repeat(501) } });
    fireEvent.click(screen.getByRole('button', { name: '确认改为计入' }));
    await screen.findByText(/^未处理：/, {}, WAIT);
    expect(note.getAttribute('aria-invalid')).toBe('true');
    const described = (note.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    expect(described).toContain('处理说明最多 500 字，实为 501 字');
  });

  it('warns when verifications arrived after the choice', async () => {
    const server = new FakeDashboardServer();
    const [conflict] = server.conflicts;
    if (conflict === undefined) throw new Error('no conflict');
    conflict.resolution = {
      resolvedAt: '2020-11-06T10:00:00+08:00',
      note: null,
      newerVerifications: 2,
    };
    await openDashboard(MANAGER, server);
    await openConflicts();
    expect(within(cells().counted).getByText('处理后又收到 2 条')).toBeTruthy();
    expect(within(cells().counted).getByText(/^已由县级处理 · /)).toBeTruthy();
  });

  it('shows a prefecture viewer the conflicts and the lock read-only', async () => {
    const server = new FakeDashboardServer();
    const [conflict] = server.conflicts;
    if (conflict === undefined) throw new Error('no conflict');
    conflict.resolution = {
      resolvedAt: '2020-11-06T10:00:00+08:00',
      note: '已核',
      newerVerifications: 0,
    };
    await openDashboard(PREFECTURE_VIEWER, server);
    await openConflicts('年度状态与重复核实');
    await screen.findByText('2020 年度未锁定。', {}, WAIT);
    expect(within(cells().counted).getByText(/^已由县级处理 · .+ · 已核$/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /改为计入此条/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /锁定/ })).toBeNull();
  });
});
