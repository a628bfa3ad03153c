/**
 * Brings a cell's text to one spelling before parsing: full-width characters to ASCII (NFKC),
 * LaTeX left behind by OCR (`$\geq 95\%$`) to plain symbols, ASCII and Chinese comparator
 * spellings to ≥ ≤ > < =, and no white space. It only respells; it never drops a character
 * that carries meaning, so a leftover backslash stays and the parser rejects it.
 */
const LATEX: ReadonlyArray<readonly [RegExp, string]> = [
  [/\\geqslant|\\geq|\\ge(?![a-z])/g, '≥'],
  [/\\leqslant|\\leq|\\le(?![a-z])/g, '≤'],
  [/\\gt(?![a-z])/g, '>'],
  [/\\lt(?![a-z])/g, '<'],
  [/\\%/g, '%'],
  [/\\[,;: ]/g, ''],
  [/\\sim(?![a-z])/g, '~'],
];

const SYMBOLS: ReadonlyArray<readonly [RegExp, string]> = [
  [/>=|≧|⩾/g, '≥'],
  [/<=|≦|⩽/g, '≤'],
  [/==/g, '='],
];

/** Chinese comparator words at the start of a value ("不低于95%"). */
const WORD_COMPARATORS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(大于等于|大于或等于|不低于|不少于|不小于|至少)/, '≥'],
  [/^(小于等于|小于或等于|不高于|不超过|不多于|不大于|至多)/, '≤'],
  [/^(大于|高于|超过)/, '>'],
  [/^(小于|低于)/, '<'],
  [/^(等于)/, '='],
];

export function normalizeExpressionText(text: string): string {
  let result = text.normalize('NFKC');
  if (result.includes('$') || result.includes('\\')) {
    result = result.replace(/\$/g, '');
    for (const [pattern, replacement] of LATEX) result = result.replace(pattern, replacement);
    // Braces only group in LaTeX; they carry no meaning in a form's cell.
    result = result.replace(/[{}]/g, '');
  }
  for (const [pattern, replacement] of SYMBOLS) result = result.replace(pattern, replacement);
  result = result.replace(/\s+/g, '');
  for (const [pattern, replacement] of WORD_COMPARATORS) {
    if (pattern.test(result)) {
      result = result.replace(pattern, replacement);
      break;
    }
  }
  return result;
}
