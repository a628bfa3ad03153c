/** 险种 — the social-insurance schemes whose funds and field work the product covers. */
export const SCHEMES = {
  residentPension: { name: '城乡居民基本养老保险', kind: 'pension' },
  institutionPension: { name: '机关事业单位基本养老保险', kind: 'pension' },
  employeePension: { name: '企业职工基本养老保险', kind: 'pension' },
  employeeMedical: { name: '职工基本医疗保险', kind: 'medical' },
  residentMedical: { name: '城乡居民基本医疗保险', kind: 'medical' },
  unemployment: { name: '失业保险', kind: 'other' },
  workInjury: { name: '工伤保险', kind: 'other' },
  maternity: { name: '生育保险', kind: 'other' },
} as const;

export type Scheme = keyof typeof SCHEMES;
export const SCHEME_CODES = Object.keys(SCHEMES) as Scheme[];

export function schemeName(scheme: Scheme): string {
  return SCHEMES[scheme].name;
}
