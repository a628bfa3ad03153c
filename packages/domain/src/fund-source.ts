/** 资金来源 — where a project's money comes from, as the funds block of a form splits it. */
export const FUND_SOURCES = {
  central: { name: '中央补助', aliases: ['中央补助', '中央资金', '中央财政资金', '中央'] },
  region: { name: '自治区财政资金', aliases: ['自治区财政资金', '自治区资金', '自治区'] },
  local: {
    name: '地方财政资金',
    aliases: ['地方财政资金', '地方资金', '地州、县', '地（州、市）', '县级财政资金', '地方'],
  },
  fiscal: { name: '财政拨款', aliases: ['财政拨款', '财政资金'] },
  socialInsuranceFund: { name: '社会保险基金', aliases: ['社会保险基金'] },
  other: { name: '其他资金', aliases: ['其他资金', '其他'] },
} as const;

export type FundSource = keyof typeof FUND_SOURCES;

/** The fund source a printed label names ("其中：中央补助" → central), or null. */
export function fundSourceFromLabel(label: string): FundSource | null {
  const text = label.replace(/^\s*其中[:：]\s*/, '').replace(/\s+/g, '');
  for (const [source, { aliases }] of Object.entries(FUND_SOURCES)) {
    if ((aliases as readonly string[]).includes(text)) return source as FundSource;
  }
  return null;
}
