import { exact } from '@jixiao/scoring';
import type { Cell, CellValue } from 'exceljs';

/**
 * What a cell shows, as text: the reading every importer starts from. Numbers are written back
 * as their shortest round-trip text (14698.45 stays "14698.45"); a number formatted as a
 * percentage reads as the percentage it shows ("81.78%", decimals from the format, exact); a
 * date reads as the forms print dates ("2020/1/1", or "2020年1月1日" under a Chinese format);
 * a formula reads as its cached result. Rich text is joined; whitespace at the ends is dropped.
 */
export type CellReading =
  | { ok: true; text: string }
  | { ok: false; reason: 'formulaWithoutResult' | 'errorValue'; detail: string };

function decimalsOf(numFmt: string): number {
  const match = /0\.(0+)/.exec(numFmt);
  return match?.[1]?.length ?? 0;
}

function dateText(date: Date, numFmt: string): string {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return numFmt.includes('年') ? `${y}年${m}月${d}日` : `${y}/${m}/${d}`;
}

function numberText(value: number, numFmt: string): string {
  if (numFmt.includes('%')) {
    const places = decimalsOf(numFmt);
    return `${exact(value).times(100).toDecimalPlaces(places, 4).toFixed(places)}%`;
  }
  return String(value);
}

export function readValue(value: CellValue, numFmt: string): CellReading {
  if (value === null || value === undefined) return { ok: true, text: '' };
  if (typeof value === 'string') return { ok: true, text: value.trim() };
  if (typeof value === 'number') return { ok: true, text: numberText(value, numFmt) };
  if (typeof value === 'boolean') return { ok: true, text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { ok: true, text: dateText(value, numFmt) };
  if ('richText' in value) {
    return {
      ok: true,
      text: value.richText
        .map((run) => run.text)
        .join('')
        .trim(),
    };
  }
  if ('error' in value) return { ok: false, reason: 'errorValue', detail: String(value.error) };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) {
      const formula = 'formula' in value ? value.formula : value.sharedFormula;
      return { ok: false, reason: 'formulaWithoutResult', detail: String(formula) };
    }
    if (typeof result === 'object' && result !== null && 'error' in result) {
      return { ok: false, reason: 'errorValue', detail: String(result.error) };
    }
    return readValue(result as CellValue, numFmt);
  }
  if ('text' in value) {
    const text = (value as { text: unknown }).text;
    if (typeof text === 'string') return { ok: true, text: text.trim() };
    return readValue(text as CellValue, numFmt);
  }
  return { ok: true, text: '' };
}

export function readCell(cell: Cell): CellReading {
  return readValue(cell.value, cell.numFmt ?? '');
}
