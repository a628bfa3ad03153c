// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../app.tsx';
import { dashboardServices, openDashboard, rowOf, WAIT } from '../testing/dashboard-app.tsx';
import { MANAGER, PREFECTURE_VIEWER } from '../testing/dashboard-fixtures.ts';
import { DASHBOARD_PASSWORD, FakeDashboardServer } from '../testing/fake-dashboard-server.ts';

beforeEach(() => {
  window.scrollTo = () => undefined;
  window.history.replaceState(null, '');
});

afterEach(cleanup);

function indicatorTable(): HTMLElement {
  return screen.getByRole('table', { name: '绩效指标' });
}

describe('the county dashboard', { timeout: 20_000 }, () => {
  it('lands a county manager on the dashboard after login, not on capture', async () => {
    const server = new FakeDashboardServer();
    render(<App services={dashboardServices(server)} />);
    fireEvent.change(await screen.findByLabelText('用户名', {}, WAIT), {
      target: { value: MANAGER.username },
    });
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: DASHBOARD_PASSWORD } });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));

    await screen.findByRole('heading', { name: '绩效看板' }, WAIT);
    await screen.findByRole('heading', { name: '城乡居民基本养老保险项目基金' }, WAIT);
    expect(screen.queryByRole('button', { name: '核实待遇领取人员' })).toBeNull();
    expect(server.callsOf('DashboardProjects')[0]?.variables).toMatchObject({
      countyCode: '653125',
      year: 2020,
    });
  });

  it("shows a project's scored table, budget execution, total, grade and findings", async () => {
    await openDashboard(MANAGER);

    expect(screen.getByText('83.67')).toBeTruthy();
    expect(screen.getByText('良')).toBeTruthy();
    expect(screen.getByText(/评价未完成/)).toBeTruthy();

    const budget = screen.getByRole('table', { name: '预算执行情况（万元）' });
    const total = rowOf(budget, '年度资金总额');
    expect(within(total).getByText('14,204')).toBeTruthy();
    expect(within(total).getByText('11,616')).toBeTruthy();
    expect(within(total).getByText('81.78%')).toBeTruthy();
    expect(within(total).getByText('8.18')).toBeTruthy();

    const table = indicatorTable();
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '全年完成值',
      '完成率',
      '分值',
      '得分',
      '提示',
      '审核意见',
      '操作',
    ]);
    // 项目完成 spans its two rows, as on the form.
    expect(within(table).getByRole('rowheader', { name: '项目完成' }).getAttribute('rowspan')).toBe(
      '2',
    );

    const first = rowOf(table, '居民养老保险每月缴费人数(人)');
    expect(within(first).getByText('≥ 377693')).toBeTruthy();
    expect(within(first).getByText('382107')).toBeTruthy();
    expect(within(first).getByText('101.17%')).toBeTruthy();

    // The finding sits on the row it is about, with its severity.
    const fund = rowOf(table, '城乡居民基本养老保险基金');
    expect(within(fund).getByText('错误')).toBeTruthy();
    expect(within(fund).getByText(/表中按 B\/A 填报为 81.78%/)).toBeTruthy();
    expect(within(fund).getByText('远超指标值（请审视目标是否偏低）')).toBeTruthy();

    // A finding about no row is listed under the table with what it concerns.
    const other = screen.getByRole('heading', { name: /其他审核意见/ })
      .parentElement as HTMLElement;
    expect(within(other).getByText('警告')).toBeTruthy();
    expect(within(other).getByText(/报告称三级指标 12 个/)).toBeTruthy();

    // Field data is named as the source; a bound row without data says so.
    const accuracy = rowOf(table, '保险基金补助发放准确率 (%)');
    expect(within(accuracy).getByText(/数据来源：外勤采集/)).toBeTruthy();
    const satisfaction = rowOf(table, '享受待遇人员满意度 (%)');
    expect(within(satisfaction).getByText('外勤暂无数据')).toBeTruthy();
    expect(within(satisfaction).getByText('缺少全年完成值')).toBeTruthy();
  });

  it('links a field-data indicator to its rollup', async () => {
    const { server } = await openDashboard(MANAGER);
    const accuracy = rowOf(indicatorTable(), '保险基金补助发放准确率 (%)');
    fireEvent.click(within(accuracy).getByRole('button', { name: /查看外勤汇总/ }));

    await screen.findByText(/来自外勤采集：发放准确率（%）/, {}, WAIT);
    // The binding takes the project's scheme: the rollup is read for it.
    await waitFor(() => expect(server.callsOf('DashboardRollup').length).toBe(1), WAIT);
    expect(server.callsOf('DashboardRollup')[0]?.variables).toMatchObject({
      divisionCode: '653125',
      year: 2020,
      scheme: 'RESIDENT_PENSION',
    });
    expect((screen.getByLabelText('核实险种') as HTMLSelectElement).value).toBe('RESIDENT_PENSION');
  });

  it('hides the manager-only controls from a prefecture viewer', async () => {
    const { server } = await openDashboard(PREFECTURE_VIEWER);
    expect(screen.queryByRole('columnheader', { name: '操作' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^修改/ })).toBeNull();
    expect(screen.queryByRole('button', { name: '年度管理' })).toBeNull();
    expect(screen.queryByRole('button', { name: '名册导入' })).toBeNull();
    expect(screen.queryByRole('button', { name: /锁定/ })).toBeNull();
    // The viewer picks among the prefecture's counties.
    const county = screen.getByLabelText('区县') as HTMLSelectElement;
    expect(county.value).toBe('653125');
    expect(within(county).getByRole('option', { name: '喀什地区 · 莎车县' })).toBeTruthy();
    expect(server.callsOf('DashboardArea')[0]?.variables).toEqual({ code: '653100' });
  });

  it("shows the server's field message for a refused actual, and saves a good one", async () => {
    const { server } = await openDashboard(MANAGER);
    const first = rowOf(indicatorTable(), '居民养老保险每月缴费人数(人)');
    fireEvent.click(within(first).getByRole('button', { name: /修改/ }));
    await screen.findByRole('heading', { name: '修改指标：居民养老保险每月缴费人数(人)' }, WAIT);

    const actual = screen.getByLabelText('全年完成值');
    fireEvent.change(actual, { target: { value: '很多' } });
    fireEvent.change(screen.getByLabelText('未完成原因和改进措施'), {
      target: { value: '部分乡镇数据未报' },
    });
    fireEvent.click(screen.getByRole('button', { name: '保存完成值' }));

    const message = '全年完成值“很多”无法识别：应为数字（可带单位或 %）或定性档次';
    await screen.findByRole('alert', {}, WAIT);
    expect(screen.getByRole('alert').textContent).toBe(`未保存：${message}`);
    // The field's own message, tied to it for screen readers.
    expect(actual.getAttribute('aria-invalid')).toBe('true');
    const describedBy = actual.getAttribute('aria-describedby') ?? '';
    const description = describedBy
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    expect(description).toContain(message);
    expect(server.callsOf('SetIndicatorActual')[0]?.variables).toEqual({
      indicatorId: 'ind-r01',
      actual: '很多',
      reason: '部分乡镇数据未报',
    });

    fireEvent.change(actual, { target: { value: '380000' } });
    fireEvent.click(screen.getByRole('button', { name: '保存完成值' }));
    await screen.findByText('全年完成值已保存，评分已更新。', {}, WAIT);
    // The projects are read again and the row shows the new actual.
    await waitFor(() => expect(server.callsOf('DashboardProjects').length).toBe(2), WAIT);
    await waitFor(
      () =>
        expect(
          within(rowOf(indicatorTable(), '居民养老保险每月缴费人数(人)')).getByText('380000'),
        ).toBeTruthy(),
      WAIT,
    );
    expect(actual.getAttribute('aria-invalid')).toBeNull();
  });

  it('edits the target and weight, and binds an indicator to a field metric', async () => {
    const { server } = await openDashboard(MANAGER);
    const fund = rowOf(indicatorTable(), '城乡居民基本养老保险基金');
    fireEvent.click(within(fund).getByRole('button', { name: /修改/ }));
    await screen.findByRole('heading', { name: '修改指标：城乡居民基本养老保险基金' }, WAIT);

    fireEvent.change(screen.getByLabelText('分值'), { target: { value: '25' } });
    fireEvent.click(screen.getByRole('button', { name: '保存指标值和分值' }));
    await screen.findByText('指标值和分值已保存，评分已更新。', {}, WAIT);
    // Only what changed is sent.
    expect(server.callsOf('UpdateIndicator')[0]?.variables).toEqual({
      indicatorId: 'ind-r08',
      weight: '25',
    });

    const metric = screen.getByLabelText('外勤数据指标');
    fireEvent.change(metric, { target: { value: 'INELIGIBLE_PAYMENTS' } });
    // The metric is explained, with its filter.
    const description = document.getElementById(metric.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toMatch(/^违规领取金额（元）= 计入核实记录中不符合领取资格/);
    fireEvent.change(screen.getByLabelText('险种'), { target: { value: 'RESIDENT_PENSION' } });
    fireEvent.click(screen.getByRole('button', { name: '绑定外勤数据' }));
    await screen.findByText('已绑定外勤数据：违规领取金额（元），评分已更新。', {}, WAIT);
    expect(server.callsOf('SetIndicatorBinding')[0]?.variables).toEqual({
      indicatorId: 'ind-r08',
      metric: 'INELIGIBLE_PAYMENTS',
      scheme: 'RESIDENT_PENSION',
      respondentGroup: null,
    });

    fireEvent.click(await screen.findByRole('button', { name: '解除绑定' }, WAIT));
    await screen.findByText('已解除绑定，评分改用手工填报的完成值。', {}, WAIT);
    expect(server.callsOf('RemoveIndicatorBinding')[0]?.variables).toEqual({
      indicatorId: 'ind-r08',
    });
  });

  it('drills down from the field progress to a township and its roster', async () => {
    await openDashboard(MANAGER);
    fireEvent.click(screen.getByRole('button', { name: '外勤进度' }));

    const chart = await screen.findByRole('figure', { name: /各乡镇核实覆盖率/ }, WAIT);
    const bars = within(chart).getAllByRole('listitem');
    expect(bars.map((bar) => bar.textContent)).toEqual([
      '莎车镇75.0% （90 / 120）',
      '恰热克镇25.0% （20 / 80）',
    ]);
    const table = screen.getByRole('table', { name: /各乡镇外勤进度/ });
    const row = rowOf(table, '莎车镇');
    // Roster, verified, coverage, the six outcomes, accuracy, ineligible, to recover, sample,
    // satisfaction ± its interval (n) with the small-sample warning.
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      '120',
      '90',
      '75.0%',
      '88',
      '2',
      '0',
      '0',
      '0',
      '0',
      '98.9%',
      '2',
      '406.80',
      '40',
      '92.5% ±9.6（n=40）样本偏小',
    ]);

    fireEvent.click(within(row).getByRole('button', { name: '莎车镇' }));
    const heading = await screen.findByRole(
      'heading',
      { name: '莎车镇（653125100）· 2020 年度' },
      WAIT,
    );
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText(/已核实 90 \/ 花名册 120 人/)).toBeTruthy();
    const roster = await screen.findByRole('table', { name: /莎车镇待遇领取人员花名册/ }, WAIT);
    // The manager sees names and ID numbers in full (first page of 50).
    expect(within(roster).getAllByRole('row')).toHaveLength(51);
    expect(screen.queryByText(/已脱敏/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '下一页' }));
    await screen.findByRole('table', { name: /第 2 页/ }, WAIT);
    expect(within(screen.getByRole('table', { name: /第 2 页/ })).getAllByRole('row')).toHaveLength(
      11,
    );

    fireEvent.click(screen.getByRole('button', { name: '‹ 返回乡镇列表' }));
    await screen.findByRole('table', { name: /各乡镇外勤进度/ }, WAIT);
  });

  it('shows a prefecture viewer the roster masked as the server sends it', async () => {
    await openDashboard(PREFECTURE_VIEWER);
    fireEvent.click(screen.getByRole('button', { name: '外勤进度' }));
    const table = await screen.findByRole('table', { name: /各乡镇外勤进度/ }, WAIT);
    fireEvent.click(within(rowOf(table, '莎车镇')).getByRole('button', { name: '莎车镇' }));
    const roster = await screen.findByRole('table', { name: /花名册/ }, WAIT);
    expect(screen.getByText(/姓名和身份证号已脱敏显示/)).toBeTruthy();
    const ids = within(roster).getAllByText(/^6531\*{10}\w{4}$/);
    expect(ids.length).toBe(50);
  });

  it('lets the manager lock the year and see duplicate verifications', async () => {
    const { server } = await openDashboard(MANAGER);
    fireEvent.click(screen.getByRole('button', { name: '年度管理' }));
    const conflicts = await screen.findByRole('table', { name: /重复核实的人员/ }, WAIT);
    const row = rowOf(conflicts, /艾麦提·玉苏甫/);
    expect(within(row).getByText('莎车镇')).toBeTruthy();
    expect(within(row).getByText(/已死亡/)).toBeTruthy();
    expect(within(row).getByText(/在世且符合资格/)).toBeTruthy();

    window.confirm = () => true;
    fireEvent.click(screen.getByRole('button', { name: '锁定 2020 年度' }));
    await screen.findByText(/2020 年度已锁定/, {}, WAIT);
    expect(server.callsOf('LockYear')[0]?.variables).toEqual({ countyCode: '653125', year: 2020 });
  });
});
