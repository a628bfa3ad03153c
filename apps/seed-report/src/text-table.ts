import stringWidth from 'string-width';

/**
 * Lays rows out in columns for a terminal, padding by display width: a Chinese character takes
 * two columns, so padding by string length would misalign every table of the forms.
 */
export type Align = 'left' | 'right';

export interface Column {
  header: string;
  align?: Align;
  /** Longer cells are cut to this display width and end with "…". */
  maxWidth?: number;
}

function truncate(text: string, maxWidth: number): string {
  if (stringWidth(text) <= maxWidth) return text;
  let result = '';
  for (const char of text) {
    if (stringWidth(`${result}${char}…`) > maxWidth) break;
    result += char;
  }
  return `${result}…`;
}

function pad(text: string, width: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return align === 'right' ? `${fill}${text}` : `${text}${fill}`;
}

export function renderTable(columns: readonly Column[], rows: readonly string[][]): string[] {
  const cells = [columns.map((column) => column.header), ...rows].map((row) =>
    columns.map((column, index) => {
      const text = (row[index] ?? '').replace(/\s+/g, ' ');
      return column.maxWidth ? truncate(text, column.maxWidth) : text;
    }),
  );
  const widths = columns.map((_, index) =>
    Math.max(...cells.map((row) => stringWidth(row[index] ?? ''))),
  );
  const lines = cells.map((row) =>
    row
      .map((cell, index) => pad(cell, widths[index] ?? 0, columns[index]?.align ?? 'left'))
      .join('  ')
      .trimEnd(),
  );
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [lines[0] ?? '', rule, ...lines.slice(1)];
}
