/** 评价等级 — 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60, graded on the total as printed (2 decimals). */
export type Grade = '优' | '良' | '中' | '差';

export function gradeOf(total: number): Grade {
  const printed = Math.round(total * 100) / 100;
  if (printed >= 90) return '优';
  if (printed >= 80) return '良';
  if (printed >= 60) return '中';
  return '差';
}
