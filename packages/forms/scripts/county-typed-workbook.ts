import type { EvaluationForm, IndicatorRow } from '@jixiao/domain';
import { exact } from '@jixiao/scoring';
import type { CellValue, Worksheet } from 'exceljs';
import { newWorkbook, workbookBytes } from '../src/xlsx/workbook-buffer.ts';

/**
 * A seed form typed the way a county office types it into Excel — deliberately not the layout
 * the export writes, so that the importer is really tested: the form starts in column B under a
 * blank row; labels carry colons, ASCII brackets and other wordings (项目名称：, 全年预算数(A,含结余
 * 结转)); a value sits a cell or two away from its label; amounts are text with 万元 and
 * thousands separators or plain numbers; bare numbers, percentages and dates in the indicator
 * table are Excel numbers and dates (with formats), others text; 执行率 is a percent-formatted
 * number; the 2020 forms' rates sit in the 未完成原因和改进措施 column as the seed prints them;
 * 一级 cells are merged, 二级 cells written once per group and left blank below; blank lines
 * and an empty template line (生态效益指标) interrupt the table; the first 其中 row is named
 * 其中：…, the following ones are indented with typed full-width spaces; 经办人：罗平 sits in one
 * cell, 单位负责人 in a label cell and a value cell.
 */
type Row = (CellValue | { value: CellValue; numFmt: string })[];

const B = 2;

function put(sheet: Worksheet, row: number, cells: Row, from = B): void {
  cells.forEach((cell, index) => {
    if (cell === null || cell === undefined) return;
    const target = sheet.getCell(row, from + index);
    if (typeof cell === 'object' && 'numFmt' in cell && !(cell instanceof Date)) {
      target.value = cell.value;
      target.numFmt = cell.numFmt;
    } else {
      target.value = cell as CellValue;
    }
  });
}

/** A printed value as a county types it: numbers, percentages and dates become Excel values. */
function typed(text: string | null, asText = false): Row[number] {
  if (text === null || text === '') return null;
  if (asText) return text;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const percent = /^(\d+)(?:\.(\d+))?%$/.exec(text);
  if (percent) {
    const places = percent[2]?.length ?? 0;
    const numFmt = places === 0 ? '0%' : `0.${'0'.repeat(places)}%`;
    return { value: exact(text.slice(0, -1)).div(100).toNumber(), numFmt };
  }
  const date = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(text);
  if (date) {
    const value = new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
    return { value, numFmt: 'yyyy/m/d' };
  }
  return text;
}

/** "14204" → "14,204万元"; decimals kept. */
function amountText(value: string): string {
  const [whole = '', fraction] = value.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${grouped}${fraction ? `.${fraction}` : ''}万元`;
}

function writeHeader(sheet: Worksheet, form: EvaluationForm, row: number): number {
  let at = row;
  put(sheet, at++, ['项目名称：', null, form.projectName]);
  if (form.departments?.central) put(sheet, at++, ['中央主管部门：', form.departments.central]);
  const unitLabel =
    form.kind === 'self-evaluation' && !form.departments
      ? '社会保险基金预算支出部门'
      : '实施单位：';
  if (form.departments?.local) {
    const label = form.kind === 'self-evaluation' ? '地方主管部门' : '主管部门：';
    put(sheet, at++, [label, form.departments.local, null, null, unitLabel, form.implementingUnit]);
  } else {
    put(sheet, at++, [unitLabel, null, form.implementingUnit]);
  }
  if (form.kind === 'monitoring') {
    put(sheet, at++, ['专项实施期', `${form.year}年`, null, '监控时点', `${form.year}年12月`]);
  }
  return at + 1;
}

function writeFunds(sheet: Worksheet, form: EvaluationForm, row: number): number {
  const funds = form.funds;
  if (!funds) return row;
  let at = row;
  const lines = [{ label: '年度资金总额：', amounts: funds.total }, ...funds.sources];
  if (form.kind === 'target-declaration') {
    // As the seed declaration prints it: no header, the amount right of its label.
    const first = at;
    for (const [index, line] of lines.entries()) {
      const budget = line.amounts.budget;
      put(sheet, at++, [
        null,
        'label' in line ? line.label : '',
        null,
        budget && index === 0 ? amountText(budget) : budget ? Number(budget) : null,
      ]);
    }
    put(sheet, at++, [null, '其他资金']);
    sheet.mergeCells(first, B, at - 1, B);
    sheet.getCell(first, B).value = '资金情况（万元）';
    return at + 1;
  }
  const monitoring = form.kind === 'monitoring';
  const hasRate = lines.some((line) => line.amounts.printedRate);
  const header: Row = monitoring
    ? ['预算执行情况', '资金来源', '预算数(调整后)', '资金到位数', '资金执行数']
    : [
        '项目资金(万元)',
        null,
        '全年预算数(A,含结余结转)',
        '全年执行数(B)',
        ...(hasRate ? ['执行率(B/A)'] : []),
      ];
  const first = at;
  put(sheet, at++, header);
  at++; // a blank line under the header
  for (const [index, line] of lines.entries()) {
    const { budget, executed, arrived, printedRate } = line.amounts;
    const amounts: Row = monitoring
      ? [
          budget ? amountText(budget) : null,
          arrived ? Number(arrived) : null,
          executed ? `${executed}` : null,
        ]
      : [
          budget ? (index === 0 ? amountText(budget) : Number(budget)) : null,
          executed ? (index === 0 ? executed : Number(executed)) : null,
          ...(hasRate ? [typed(printedRate ?? null)] : []),
        ];
    put(sheet, at++, [null, 'label' in line ? line.label : '年度资金总额：', ...amounts]);
  }
  sheet.mergeCells(first, B, at - 1, B);
  return at + 1;
}

function writeGoal(sheet: Worksheet, form: EvaluationForm, row: number): number {
  let at = row;
  if (form.kind === 'target-declaration') {
    put(sheet, at++, ['总体目标', '年度目标']);
    put(sheet, at, [null, form.goal ?? '']);
    sheet.mergeCells(at, B + 1, at, B + 6);
    return at + 2;
  }
  if (form.kind === 'monitoring') {
    put(sheet, at++, [
      '三、目标完成情况',
      '年度预期目标',
      null,
      '目前完成情况',
      null,
      null,
      '总体完成率',
    ]);
    put(sheet, at++, [
      null,
      form.goal ?? '',
      null,
      form.goalOutcome ?? '',
      null,
      null,
      typed(form.narrative?.completionRate ?? null),
    ]);
    return at + 1;
  }
  if (form.goal !== undefined) {
    put(sheet, at, ['年度总体目标：', form.goal]);
    sheet.mergeCells(at, B + 1, at, B + 6);
    at++;
  }
  if (form.goalOutcome !== undefined) {
    put(sheet, at, ['全年实际完成情况', form.goalOutcome]);
    sheet.mergeCells(at, B + 1, at, B + 6);
    at++;
  }
  return at + 1;
}

function writeIndicators(sheet: Worksheet, form: EvaluationForm, row: number): number {
  let at = row;
  const kind = form.kind;
  const header =
    kind === 'target-declaration'
      ? ['一级指标', '二级指标', '三级指标', '指标值']
      : kind === 'monitoring'
        ? ['一级指标', '二级指标', '三级指标', '预期指标值', '指标完成值', '指标完成率']
        : [
            '一级指标',
            '二级指标',
            '三级指标',
            '年度指标值(包含数字及文字描述)',
            '全年完成值',
            '未完成原因和改进措施',
          ];
  put(sheet, at++, header);
  const rows = form.indicators;
  let groupStart = at;
  let previous: IndicatorRow | null = null;
  const closeGroup = (end: number) => {
    if (end - 1 > groupStart) sheet.mergeCells(groupStart, B, end - 1, B);
  };
  for (const [index, indicator] of rows.entries()) {
    if (previous && previous.level1 !== indicator.level1) {
      closeGroup(at);
      if (/效益/.test(previous.level1)) put(sheet, at++, [null, '生态效益指标']);
      groupStart = at;
    }
    const newLevel2 =
      !previous || previous.level1 !== indicator.level1 || previous.level2 !== indicator.level2;
    const continuingPart = indicator.partOf !== undefined && !/^其中/.test(indicator.name);
    const name = continuingPart ? `\u3000\u3000${indicator.name}` : indicator.name;
    const values: Row =
      kind === 'target-declaration'
        ? [typed(indicator.target)]
        : [
            typed(indicator.target, index % 3 === 1),
            typed(indicator.actual, index % 2 === 1),
            typed(indicator.printedRate),
          ];
    put(sheet, at++, [
      !previous || previous.level1 !== indicator.level1 ? indicator.level1 : null,
      newLevel2 ? indicator.level2 : null,
      name,
      ...values,
    ]);
    if (index === 2) at++; // a blank line inside the table
    previous = indicator;
  }
  closeGroup(at);
  return at + 1;
}

function writeClosing(sheet: Worksheet, form: EvaluationForm, row: number): number {
  let at = row;
  if (form.remarks !== undefined) {
    const label = form.kind === 'monitoring' ? '五、绩效目标执行出现的偏差和采取的措施' : '说明';
    put(sheet, at++, [label, null, form.remarks]);
  }
  const signature = form.signature;
  if (signature) {
    at++;
    const monitoring = form.kind === 'monitoring';
    const headLabel = form.kind === 'target-declaration' ? '项目负责人' : '单位负责人';
    put(sheet, at++, [
      signature.preparer !== undefined
        ? `${monitoring ? '填报人' : '经办人'}：${signature.preparer}`
        : null,
      null,
      null,
      signature.head !== undefined ? headLabel : null,
      signature.head ?? null,
    ]);
    if (signature.filedOn !== undefined) put(sheet, at++, [`上报时间：${signature.filedOn}`]);
    put(
      sheet,
      at++,
      (signature.contacts ?? []).flatMap((contact, index) => [
        `${monitoring ? '联系电话' : '联系方式'}：${contact}`,
        ...(index === 0 ? [null, null] : []),
      ]),
    );
  }
  put(sheet, at + 1, [
    '注：1. 定性指标根据指标完成情况分为三档，分别按照100-80%（含80%）、80-50%（含50%）、50-0%合理填写完成比例。',
  ]);
  return at + 2;
}

export async function countyTypedWorkbook(form: EvaluationForm): Promise<Uint8Array> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.getColumn(B + 2).width = 30;
  put(sheet, 2, [`  ${form.title} `]);
  sheet.mergeCells(2, B, 2, B + 6);
  let row = 3;
  if (form.kind !== 'monitoring') put(sheet, row++, [`(${form.year}年度)`]);
  row = writeHeader(sheet, form, row + 1);
  row = writeFunds(sheet, form, row);
  row = writeGoal(sheet, form, row);
  row = writeIndicators(sheet, form, row);
  writeClosing(sheet, form, row);
  return workbookBytes(workbook);
}
