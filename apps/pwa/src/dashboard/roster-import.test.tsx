// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureIdNumber } from '../offline/roster-fixture.ts';
import { openDashboard, WAIT } from '../testing/dashboard-app.tsx';
import { MANAGER } from '../testing/dashboard-fixtures.ts';

const HEADER = '身份证号,姓名,乡镇代码,村代码,月应发金额,状态';
const FIRST = `${fixtureIdNumber('1950-03-04', 1)},艾麦提·玉苏甫,653125100,,203.80,正常`;
const SECOND = `${fixtureIdNumber('1951-05-06', 2)},王建国,653125100,,203.80,正常`;

let confirmed: string[] = [];

beforeEach(() => {
  window.scrollTo = () => undefined;
  window.history.replaceState(null, '');
  confirmed = [];
  window.confirm = (question?: string) => {
    confirmed.push(question ?? '');
    return true;
  };
});

afterEach(cleanup);

async function openImport() {
  const opened = await openDashboard(MANAGER);
  fireEvent.click(screen.getByRole('button', { name: '名册导入' }));
  await screen.findByRole('heading', { name: '导入待遇领取人员名册' }, WAIT);
  return opened;
}

function choose(lines: string[], name = '名册.csv') {
  const file = new File([`\uFEFF${lines.join('\r\n')}\r\n`], name, { type: 'text/csv' });
  fireEvent.change(screen.getByLabelText('名册文件'), { target: { files: [file] } });
}

describe('the roster import', { timeout: 20_000 }, () => {
  it('explains the columns and offers a template made on the page', async () => {
    await openImport();
    const columns = screen.getByRole('table', { name: '名册文件的列' });
    const headers = within(columns)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['身份证号', '姓名', '乡镇代码', '村代码', '月应发金额', '状态']);
    const template = screen.getByRole('link', { name: '下载模板（CSV）' });
    expect(template.getAttribute('download')).toBe('名册导入模板.csv');
    const href = template.getAttribute('href') ?? '';
    expect(decodeURIComponent(href.slice(href.indexOf(',') + 1))).toBe(`\uFEFF${HEADER}\r\n`);
  });

  it('lists every bad cell of a refused file, and says nothing was imported', async () => {
    const { server } = await openImport();
    choose([HEADER, FIRST, '65312519500304,买买提,653125100,,203.80,', SECOND, '1234,x,1,,1,']);
    fireEvent.change(screen.getByLabelText('险种'), { target: { value: 'INSTITUTION_PENSION' } });
    fireEvent.click(screen.getByRole('button', { name: '导入名册' }));

    const alert = await screen.findByRole('alert', {}, WAIT);
    expect(alert.textContent).toBe(
      '“名册.csv”未导入，名册没有任何改动：名册有 2 处错误，未导入任何人员',
    );
    const errors = screen.getByRole('table', { name: '文件中的错误（2 处）' });
    const rows = within(errors)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['第 3 行', '身份证号', '身份证号应为 18 位'],
      ['第 5 行', '身份证号', '身份证号应为 18 位'],
    ]);
    expect(server.imported.size).toBe(0);
    expect(confirmed[0]).toMatch(/导入莎车县的机关事业单位养老保险名册吗/);
    expect(server.callsOf('ImportRoster')[0]?.variables).toMatchObject({
      countyCode: '653125',
      scheme: 'INSTITUTION_PENSION',
    });
  });

  it('says how many people were added, changed and left alone', async () => {
    const { server } = await openImport();
    choose([HEADER, FIRST, SECOND]);
    fireEvent.click(screen.getByRole('button', { name: '导入名册' }));
    await screen.findByText('“名册.csv”已导入：共 2 行。', {}, WAIT);
    expect(counts()).toEqual({ 新增: '2 人', 更新: '0 人', 未变: '0 人' });
    const variables = server.callsOf('ImportRoster')[0]?.variables ?? {};
    expect(variables).toMatchObject({
      scheme: 'RESIDENT_PENSION',
      // The byte-order mark is dropped when the file is read.
      csv: `${HEADER}\r\n${FIRST}\r\n${SECOND}\r\n`,
    });
    expect('xlsxBase64' in variables).toBe(false);

    choose([HEADER, FIRST, SECOND.replace('203.80', '210.00')], '名册-更新.csv');
    fireEvent.click(screen.getByRole('button', { name: '导入名册' }));
    await screen.findByText('“名册-更新.csv”已导入：共 2 行。', {}, WAIT);
    expect(counts()).toEqual({ 新增: '0 人', 更新: '1 人', 未变: '1 人' });
  });

  it('sends an XLSX workbook as base64, and no CSV', async () => {
    const { server } = await openImport();
    // The fake server reads the "workbook" as the CSV text it carries.
    const bytes = new TextEncoder().encode(`${HEADER}\r\n${FIRST}\r\n`);
    const file = new File([bytes], '名册.xlsx', {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    fireEvent.change(screen.getByLabelText('名册文件'), { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: '导入名册' }));
    await screen.findByText('“名册.xlsx”已导入：共 1 行。', {}, WAIT);
    const variables = server.callsOf('ImportRoster')[0]?.variables ?? {};
    expect(variables.xlsxBase64).toBe(Buffer.from(bytes).toString('base64'));
    expect('csv' in variables).toBe(false);
  });

  it('refuses a file it cannot send, before sending', async () => {
    const { server } = await openImport();
    choose([HEADER, FIRST], '名册.xls');
    const input = screen.getByLabelText('名册文件');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/^请选择 .csv 或 .xlsx 文件/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '导入名册' }));
    expect(server.callsOf('ImportRoster')).toHaveLength(0);
    expect(confirmed).toEqual([]);
  });

  it('asks for a file first', async () => {
    const { server } = await openImport();
    fireEvent.click(screen.getByRole('button', { name: '导入名册' }));
    expect(screen.getByText('请先选择名册文件')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('名册文件'));
    expect(server.callsOf('ImportRoster')).toHaveLength(0);
  });
});

/** The accepted import's figures, by their term. */
function counts(): Record<string, string> {
  const list = document.querySelector('.import-counts');
  if (list === null) throw new Error('no counts');
  return Object.fromEntries(
    [...list.querySelectorAll('div')].map((item) => [
      item.querySelector('dt')?.textContent ?? '',
      item.querySelector('dd')?.textContent ?? '',
    ]),
  );
}
