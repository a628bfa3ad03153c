// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDashboard, rowOf, WAIT } from '../../testing/dashboard-app.tsx';
import { MANAGER, PREFECTURE_VIEWER } from '../../testing/dashboard-fixtures.ts';

let printed = 0;

beforeEach(() => {
  window.scrollTo = () => undefined;
  window.history.replaceState(null, '');
  printed = 0;
  window.print = () => {
    printed++;
  };
});

afterEach(cleanup);

async function openPrint(viewer = MANAGER) {
  const opened = await openDashboard(viewer);
  fireEvent.click(await screen.findByRole('button', { name: '打印自评表（A4 / PDF）' }, WAIT));
  await screen.findByRole('heading', { level: 1, name: '城乡居民养老补贴绩效自评表' }, WAIT);
  return opened;
}

function cells(row: HTMLElement): string[] {
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent ?? '');
}

describe('the printable 自评表', { timeout: 20_000 }, () => {
  it('lays out the header, funds and goal as the 2020 form does', async () => {
    const { server } = await openPrint();
    expect(screen.getByText('（2020年度）')).toBeTruthy();

    const header = screen.getByRole('table', { name: '表头' });
    expect(cells(rowOf(header, '专项名称'))).toEqual(['城乡居民基本养老保险项目基金']);
    expect(cells(rowOf(header, '中央主管部门'))).toEqual(['财政部']);
    const local = rowOf(header, '地方主管部门');
    expect(cells(local)).toEqual(['财政局', '莎车县社会保险管理局']);
    expect(within(local).getByRole('rowheader', { name: '实施单位' })).toBeTruthy();

    const funds = screen.getByRole('table', { name: '项目资金（万元）' });
    expect(
      within(funds)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['资金来源', '全年预算数（A，含结余结转）', '全年执行数（B）', '执行率（B/A）']);
    expect(cells(rowOf(funds, '年度资金总额：'))).toEqual(['14,204', '11,616', '81.78%']);
    expect(cells(rowOf(funds, '其中：中央补助'))).toEqual(['14,204', '11,616', '81.78%']);
    expect(cells(rowOf(funds, '其他资金'))).toEqual(['', '', '']);

    const goal = screen.getByRole('table', { name: '年度总体目标' });
    expect(within(goal).getByText(/将中央基础养老金指标资金按时足额发放到位/)).toBeTruthy();
    expect(within(goal).getByRole('columnheader', { name: '全年实际完成情况' })).toBeTruthy();

    expect(server.callsOf('PrintSelfEvaluation')[0]?.variables).toEqual({ id: 'project-1' });
  });

  it('prints the indicator table with rates, weights, scores and reasons', async () => {
    await openPrint();
    const table = screen.getByRole('table', { name: '绩效指标' });
    // The header is a <thead>: the browser repeats it on every printed page.
    expect(table.querySelector('thead')?.textContent).toBe(
      '一级指标二级指标三级指标年度指标值全年完成值完成率分值得分未完成原因和改进措施',
    );
    expect(within(table).getByRole('rowheader', { name: '项目完成' }).getAttribute('rowspan')).toBe(
      '2',
    );
    expect(cells(rowOf(table, '居民养老保险每月缴费人数(人)'))).toEqual([
      '≥ 377693',
      '382107',
      '100.00%',
      '20',
      '20.00',
      '',
    ]);
    // The field data's actual is printed, and the share of the weight earned.
    expect(cells(rowOf(table, '保险基金补助发放准确率 (%)'))).toEqual([
      '=100%',
      '97.50%',
      '84.97%',
      '30',
      '25.49',
      '',
    ]);
    expect(cells(rowOf(table, '享受待遇人员满意度 (%)'))).toEqual([
      '≥ 90%',
      '',
      '',
      '10',
      '0.00',
      '',
    ]);
  });

  it('prints 总分, 等级, 说明, the signature block, the footnote and the findings', async () => {
    await openPrint();
    const score = screen.getByRole('table', { name: '评分' });
    expect(cells(rowOf(score, '总分'))).toEqual(['83.67', '良']);
    expect(within(rowOf(score, '总分')).getByRole('rowheader', { name: '等级' })).toBeTruthy();
    expect(cells(rowOf(score, '预算执行率得分（10分）'))).toEqual([
      '8.18',
      '部分指标无法评分，总分不完整',
    ]);
    const remarks = screen.getByRole('table', { name: '说明' });
    expect(within(remarks).getByText(/如没有请填无/)).toBeTruthy();

    const signature = screen.getByRole('list', { name: '落款' });
    expect(
      within(signature)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '经办人：罗平',
      '单位负责人：艾麦提·玉苏甫',
      '上报时间：2020年12月30日',
      '联系方式：15886889309',
      '联系方式：13899112060',
    ]);
    expect(screen.getByText(/^注：1\. 定性指标根据指标完成情况分为/)).toBeTruthy();
    expect(screen.getByText(/^2\. 定量指标若为正向指标/)).toBeTruthy();

    const findings = screen.getByRole('table', { name: '核查意见（2 条）' });
    const rows = within(findings).getAllByRole('row').slice(1).map(cells);
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      ['1', '错误', '城乡居民基本养老保险基金'],
      ['2', '警告', '自评报告'],
    ]);
  });

  it('shows no dashboard chrome, prints through the browser, and goes back to the project', async () => {
    await openPrint();
    expect(screen.queryByRole('heading', { name: '绩效看板' })).toBeNull();
    expect(screen.queryByRole('navigation', { name: '看板内容' })).toBeNull();
    expect(document.title).toBe('2020_莎车县_城乡居民基本养老保险项目基金_绩效自评表');
    // The toolbar takes the focus, so that a keyboard user starts at 打印.
    expect(document.activeElement?.textContent).toBe('打印绩效自评表');

    fireEvent.click(screen.getByRole('button', { name: '打印 / 另存为 PDF' }));
    expect(printed).toBe(1);

    fireEvent.click(screen.getByRole('button', { name: '返回' }));
    await screen.findByRole('heading', { name: '城乡居民基本养老保险项目基金' }, WAIT);
    expect(screen.getByRole('heading', { name: '绩效看板' })).toBeTruthy();
    expect(document.title).not.toMatch(/绩效自评表/);
  });

  it('opens for a prefecture viewer too (reading the county is enough)', async () => {
    await openPrint(PREFECTURE_VIEWER);
    expect(screen.getByRole('table', { name: '评分' })).toBeTruthy();
  });

  it('says so when the project is gone', async () => {
    const { server } = await openDashboard(MANAGER);
    fireEvent.click(await screen.findByRole('button', { name: '打印自评表（A4 / PDF）' }, WAIT));
    server.projects.splice(0, 1);
    await screen.findByText(/找不到该项目/, {}, WAIT);
    expect(
      (screen.getByRole('button', { name: '打印 / 另存为 PDF' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});

describe('the printable 自评报告', { timeout: 20_000 }, () => {
  it('prints the report’s cover lines and sections', async () => {
    const { server } = await openDashboard(MANAGER);
    fireEvent.click(await screen.findByRole('button', { name: '打印自评报告' }, WAIT));
    await screen.findByRole('heading', { level: 1, name: '项目支出绩效自评报告' }, WAIT);
    expect(screen.getByText('（2020 年度）')).toBeTruthy();
    expect(screen.getByText('项目名称：').nextElementSibling?.textContent).toBe(
      '城乡居民基本养老保险项目基金',
    );
    const headings = screen
      .getAllByRole('heading')
      .filter((heading) => heading.tagName !== 'H1')
      .map((heading) => `${heading.tagName}:${heading.textContent}`);
    expect(headings).toEqual([
      'H2:一、项目概况',
      'H3:（一）项目单位基本情况',
      'H2:四、项目绩效情况',
      'H3:（一）项目绩效目标完成情况分析',
    ]);
    expect(screen.getByText('综合得分 83.67 分，评价等级为“良”。')).toBeTruthy();
    expect(document.title).toBe('2020_城乡居民基本养老保险项目基金_项目支出绩效自评报告');
    fireEvent.click(screen.getByRole('button', { name: '打印 / 另存为 PDF' }));
    expect(printed).toBe(1);
    await waitFor(() => expect(server.callsOf('PrintSelfEvaluationReport')).toHaveLength(1));
  });
});
