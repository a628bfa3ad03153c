import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { renderTable } from './text-table.ts';

describe('renderTable', () => {
  it('aligns Chinese and Latin text by display width', () => {
    const lines = renderTable(
      [{ header: '指标' }, { header: 'value', align: 'right' }],
      [
        ['缴费人数', '360736'],
        ['x', '1'],
      ],
    );
    expect(lines).toEqual([
      '指标       value',
      '────────  ──────',
      '缴费人数  360736',
      'x              1',
    ]);
    expect(new Set(lines.map((line) => stringWidth(line))).size).toBe(1);
  });

  it('cuts cells longer than the column allows', () => {
    const [, , row] = renderTable([{ header: 'a', maxWidth: 8 }], [['对机关事业单位养老保险']]);
    expect(row).toBe('对机关…');
  });
});
