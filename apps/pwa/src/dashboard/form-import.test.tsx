// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDashboard, rowOf, WAIT } from '../testing/dashboard-app.tsx';
import { MANAGER, PREFECTURE_VIEWER } from '../testing/dashboard-fixtures.ts';
import { FakeDashboardServer } from '../testing/fake-dashboard-server.ts';
import { cellErrorsOf, cellReference, formFileProblem } from './form-import-file.ts';

beforeEach(() => {
  window.scrollTo = () => undefined;
  window.history.replaceState(null, '');
});

afterEach(cleanup);

async function openImport(server = new FakeDashboardServer()) {
  const opened = await openDashboard(MANAGER, server);
  fireEvent.click(await screen.findByRole('button', { name: '导入已填写的表格（XLSX）' }, WAIT));
  await screen.findByRole('heading', { name: '导入已填写的表格' }, WAIT);
  await screen.findByText('城乡居民基本养老保险项目基金', { selector: 'strong' }, WAIT);
  return opened;
}

/** The fake server reads this JSON as the workbook the real one would have read. */
function choose(content: object | string, name = '2020_自评表.xlsx') {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  const file = new File([text], name, {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  fireEvent.change(screen.getByLabelText('表格文件'), { target: { files: [file] } });
}

function cellsOf(row: HTMLElement): string[] {
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent ?? '');
}

describe('the form import', { timeout: 20_000 }, () => {
  it('shows every row as read, the findings and the score, and saves nothing', async () => {
    const { server } = await openImport();
    choose({ actuals: { r01: '383000' } });
    fireEvent.click(screen.getByRole('button', { name: '预览' }));

    await screen.findByRole('heading', { name: '预览：“2020_自评表.xlsx”（尚未保存）' }, WAIT);
    expect(screen.getByRole('status').textContent).toBe(
      '文件已全部读取：4 个指标行，核查发现错误 1 条、警告 1 条。确认无误后点“确认导入”。',
    );
    const rows = screen.getByRole('table', { name: '读取的绩效指标（4 行）' });
    expect(cellsOf(rowOf(rows, '居民养老保险每月缴费人数(人)'))).toEqual([
      'r01',
      '项目完成',
      '数量指标',
      '≥ 377693',
      '383000',
      '',
      '20',
      '',
    ]);
    const funds = screen.getByRole('table', { name: '读取的项目资金（万元）' });
    expect(cellsOf(rowOf(funds, '年度资金总额'))).toEqual(['14,204', '11,616', '81.78%']);
    const findings = screen.getByRole('region', { name: '核查意见' });
    expect(within(findings).getAllByRole('listitem')[0]?.textContent).toMatch(
      /^错误 城乡居民基本养老保险基金：/,
    );
    expect(screen.getByText('总分 83.67，等级“良”（不完整）')).toBeTruthy();

    // Nothing saved on preview.
    expect(server.forms.applied).toEqual([]);
    expect(server.callsOf('ApplyFormImport')).toEqual([]);
    expect(server.projects[0]?.indicators[0]?.manualActual).toBe('382107');
    expect(server.callsOf('PreviewFormImport')[0]?.variables).toMatchObject({
      projectId: 'project-1',
    });
  });

  it('saves the previewed file on 确认导入 and shows the project again with it', async () => {
    const { server } = await openImport();
    choose({ actuals: { r01: '383000' } });
    fireEvent.click(screen.getByRole('button', { name: '预览' }));
    fireEvent.click(await screen.findByRole('button', { name: '确认导入' }, WAIT));

    await screen.findByText(
      '“2020_自评表.xlsx”已导入“城乡居民基本养老保险项目基金”：共 4 个指标。',
      {},
      WAIT,
    );
    expect(server.forms.applied).toEqual([{ projectId: 'project-1', actuals: { r01: '383000' } }]);
    // The same file as previewed was sent.
    const [preview] = server.callsOf('PreviewFormImport');
    const [apply] = server.callsOf('ApplyFormImport');
    expect(apply?.variables.fileBase64).toBe(preview?.variables.fileBase64);

    fireEvent.click(screen.getByRole('button', { name: '返回项目查看' }));
    const table = await screen.findByRole('table', { name: '绩效指标' }, WAIT);
    await waitFor(() =>
      expect(within(rowOf(table, '居民养老保险每月缴费人数(人)')).getByText('383000')).toBeTruthy(),
    );
  });

  it('names each cell it cannot read, and will not import then', async () => {
    const { server } = await openImport();
    choose({
      cellErrors: [
        { sheet: '绩效自评表', cell: 'F12', message: '全年完成值“约38万”无法识别' },
        { sheet: '绩效自评表', cell: null, message: '找不到“年度资金总额”行' },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: '预览' }));

    const alert = await screen.findByRole('alert', {}, WAIT);
    expect(alert.textContent).toBe('有 2 个单元格无法读取，不能导入。请按下表改正文件后重新预览。');
    const errors = screen.getByRole('table', { name: '无法读取的单元格（2 处）' });
    expect(within(errors).getAllByRole('row').slice(1).map(cellsOf)).toEqual([
      ['绩效自评表!F12', '全年完成值“约38万”无法识别'],
      ['绩效自评表', '找不到“年度资金总额”行'],
    ]);
    const apply = screen.getByRole('button', { name: '确认导入' }) as HTMLButtonElement;
    expect(apply.disabled).toBe(true);
    fireEvent.click(apply);
    expect(server.callsOf('ApplyFormImport')).toEqual([]);
  });

  it('says that nothing changed when the server refuses the file on apply', async () => {
    const server = new FakeDashboardServer();
    server.forms.applyRefusal = [
      { sheet: '绩效自评表', cell: 'E9', message: '年度指标值无法识别' },
    ];
    await openImport(server);
    choose({ actuals: {} });
    fireEvent.click(screen.getByRole('button', { name: '预览' }));
    fireEvent.click(await screen.findByRole('button', { name: '确认导入' }, WAIT));

    const alert = await screen.findByRole('alert', {}, WAIT);
    expect(alert.textContent).toBe(
      '“2020_自评表.xlsx”未导入，项目没有任何改动：表格有 1 处无法读取，未导入任何数据',
    );
    const errors = screen.getByRole('table', { name: '无法读取的单元格（1 处）' });
    expect(cellsOf(within(errors).getAllByRole('row')[1] as HTMLElement)).toEqual([
      '绩效自评表!E9',
      '年度指标值无法识别',
    ]);
    expect(server.forms.applied).toEqual([]);
  });

  it('reports a file that is no workbook at all as a problem of the file', async () => {
    await openImport();
    choose('this is not a workbook');
    fireEvent.click(screen.getByRole('button', { name: '预览' }));
    const errors = await screen.findByRole('table', { name: '无法读取的单元格（1 处）' }, WAIT);
    expect(cellsOf(within(errors).getAllByRole('row')[1] as HTMLElement)).toEqual([
      '文件',
      '文件不是有效的 XLSX 工作簿',
    ]);
  });

  it('refuses a file it cannot send, before sending, and asks for a file first', async () => {
    const { server } = await openImport();
    fireEvent.click(screen.getByRole('button', { name: '预览' }));
    expect(screen.getByText('请先选择要导入的 XLSX 文件')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('表格文件'));

    choose({ actuals: {} }, '自评表.xls');
    expect(screen.getByLabelText('表格文件').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/^请选择 \.xlsx 文件/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '预览' }));
    expect(server.callsOf('PreviewFormImport')).toEqual([]);
  });

  it('goes back to the project it was opened from', async () => {
    await openImport();
    expect(document.activeElement?.textContent).toBe('导入已填写的表格');
    fireEvent.click(screen.getByRole('button', { name: '返回项目' }));
    await screen.findByRole('heading', { name: '城乡居民基本养老保险项目基金' }, WAIT);
    expect(screen.queryByRole('heading', { name: '导入已填写的表格' })).toBeNull();
  });

  it('is not offered to a prefecture viewer, and refused by the server if reached', async () => {
    const { server } = await openDashboard(PREFECTURE_VIEWER);
    await screen.findByRole('button', { name: '打印自评表（A4 / PDF）' }, WAIT);
    expect(screen.queryByRole('button', { name: '导入已填写的表格（XLSX）' })).toBeNull();
    const answer = server.forms.answer('PreviewFormImport', { projectId: 'project-1' }, false);
    expect(answer).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
  });
});

describe('the form file', () => {
  it('takes .xlsx files up to 4 MB', () => {
    expect(formFileProblem({ name: '自评表.XLSX', size: 10 })).toBeNull();
    expect(formFileProblem({ name: '自评表.xlsx', size: 0 })).toBe('文件是空的');
    expect(formFileProblem({ name: '自评表.xlsx', size: 4 * 1024 * 1024 + 1 })).toBe(
      '文件超过 4 MB',
    );
    expect(formFileProblem({ name: '自评表.csv', size: 10 })).toMatch(/^请选择 \.xlsx 文件/);
  });

  it('names refused cells as the server does', () => {
    expect(
      cellErrorsOf([
        { field: '绩效自评表!D12', message: 'a' },
        { field: '绩效自评表', message: 'b' },
        { field: 'fileBase64', message: 'c' },
      ]).map(cellReference),
    ).toEqual(['绩效自评表!D12', '绩效自评表', '文件']);
  });
});
