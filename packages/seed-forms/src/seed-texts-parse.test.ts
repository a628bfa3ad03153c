import { parseExpression, unitFromSymbol } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import { SEED_FORMS } from './index.ts';

/** Every target and actual text of every seed table, with where it stands. */
const TEXTS = SEED_FORMS.flatMap((form) =>
  form.indicators.flatMap((row) =>
    (['target', 'actual'] as const).flatMap((column) => {
      const text = row[column];
      return text === null ? [] : [[`${form.id} ${row.id} ${column}`, text] as const];
    }),
  ),
);

describe('every target and actual text in the seeds parses', () => {
  it('enumerates them all', () => {
    // 101 targets and 52 actuals across the eight transcribed tables.
    expect(TEXTS.length).toBe(153);
  });

  it.each(TEXTS)('%s: %s', (_where, text) => {
    const result = parseExpression(text);
    expect(result.ok ? 'ok' : result.error.message).toBe('ok');
  });
});

describe('every printed rate in the seeds is a percentage or “/”', () => {
  const rates = SEED_FORMS.flatMap((form) =>
    form.indicators.flatMap((row) => (row.printedRate === null ? [] : [row.printedRate])),
  );

  it.each(rates.map((rate, index) => [index, rate] as const))('#%d %s', (_index, rate) => {
    const result = parseExpression(rate);
    expect(
      result.ok &&
        ((result.value.kind === 'quantity' && result.value.unit === unitFromSymbol('%')) ||
          result.value.kind === 'notApplicable'),
    ).toBe(true);
  });
});
