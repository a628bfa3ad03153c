import { GENERATED_FOOTNOTE_RULES, SCORING_FOOTNOTE } from '@jixiao/forms/layout';

/**
 * 注 — the footnote printed under the 自评表: the words of the XLSX export (the forms package's
 * layout, which carries no exceljs), except that the printed page carries its 核查意见 on a page
 * of its own instead of a second worksheet.
 */
export const PRINTED_FOOTNOTE = [
  ...SCORING_FOOTNOTE,
  `${GENERATED_FOOTNOTE_RULES}核查发现的问题见附页“核查意见”。`,
] as const;
