/**
 * 绩效指标体系 — the three-level indicator taxonomy. Level 1 (一级) and level 2 (二级) are fixed
 * vocabularies; the forms spell them several ways (产出指标 = 项目完成指标, 效益指标 = 项目效益指标),
 * and OCR truncates them ("满意度指", "可持续影响指"). Level 3 (三级) is the concrete indicator.
 */
export const LEVEL1 = {
  output: { name: '产出指标', aliases: ['产出指标', '产出', '项目完成指标', '项目完成'] },
  benefit: { name: '效益指标', aliases: ['效益指标', '效益', '项目效益指标', '项目效益'] },
  satisfaction: { name: '满意度指标', aliases: ['满意度指标', '满意度', '满意度指'] },
} as const;

export type Level1 = keyof typeof LEVEL1;
export const LEVEL1_ORDER: readonly Level1[] = ['output', 'benefit', 'satisfaction'];

export const LEVEL2 = {
  quantity: { name: '数量指标', parent: 'output', aliases: ['数量指标', '数量'] },
  quality: { name: '质量指标', parent: 'output', aliases: ['质量指标', '质量'] },
  timeliness: { name: '时效指标', parent: 'output', aliases: ['时效指标', '时效'] },
  cost: { name: '成本指标', parent: 'output', aliases: ['成本指标', '成本'] },
  economic: { name: '经济效益指标', parent: 'benefit', aliases: ['经济效益指标', '经济效益'] },
  social: { name: '社会效益指标', parent: 'benefit', aliases: ['社会效益指标', '社会效益'] },
  ecological: { name: '生态效益指标', parent: 'benefit', aliases: ['生态效益指标', '生态效益'] },
  sustainability: {
    name: '可持续影响指标',
    parent: 'benefit',
    aliases: ['可持续影响指标', '可持续影响力指标', '可持续影响', '可持续影响指'],
  },
  serviceSatisfaction: {
    name: '服务对象满意度指标',
    parent: 'satisfaction',
    aliases: ['服务对象满意度指标', '服务对象满意度', '满意度指标', '满意度'],
  },
} as const satisfies Record<string, { name: string; parent: Level1; aliases: readonly string[] }>;

export type Level2 = keyof typeof LEVEL2;

function normalizeLabel(text: string): string {
  return text.replace(/\s+/g, '');
}

function lookup<K extends string>(
  table: Record<K, { aliases: readonly string[] }>,
  text: string,
): K | null {
  const label = normalizeLabel(text);
  for (const key of Object.keys(table) as K[]) {
    if (table[key].aliases.includes(label)) return key;
  }
  return null;
}

/** The level-1 category a printed label names ("项目完成指标" → output), or null. */
export function level1FromLabel(text: string): Level1 | null {
  return lookup(LEVEL1, text);
}

/** The level-2 category a printed label names ("可持续影响力指标" → sustainability), or null. */
export function level2FromLabel(text: string): Level2 | null {
  return lookup(LEVEL2, text);
}

export function parentOf(level2: Level2): Level1 {
  return LEVEL2[level2].parent;
}

export function level1Name(level1: Level1): string {
  return LEVEL1[level1].name;
}

export function level2Name(level2: Level2): string {
  return LEVEL2[level2].name;
}
