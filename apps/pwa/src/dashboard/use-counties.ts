import type { Viewer } from '../api/auth-documents.ts';
import { DASHBOARD_AREA_QUERY, type DashboardAreaData } from '../api/dashboard-documents.ts';
import { DIVISION_QUERY, type DivisionWithChildren } from '../api/division-documents.ts';
import { type QueryState, shownData, useApiQuery } from './use-api-query.ts';

/** 新疆维吾尔自治区 — where an administrator (no scope) starts. */
export const REGION_CODE = '650000';

export interface CountyChoice {
  code: string;
  name: string;
  /** The prefecture, for an administrator's list. */
  prefecture: string | null;
}

export interface Counties {
  state: QueryState<unknown>;
  reload: () => void;
  counties: CountyChoice[];
  /** Township names by code (known for a county manager's own county). */
  townshipNames: ReadonlyMap<string, string>;
}

/**
 * 可查看的县 — the counties the viewer may pick: a manager's own county (with its townships), a
 * prefecture viewer's counties, or every county of the region for an administrator.
 */
export function useCounties(viewer: Viewer): Counties {
  const countyScope = viewer.role === 'COUNTY_MANAGER' && viewer.scopeCode !== null;
  const county = useApiQuery(DIVISION_QUERY, countyScope ? { code: viewer.scopeCode ?? '' } : null);
  const area = useApiQuery(
    DASHBOARD_AREA_QUERY,
    countyScope ? null : { code: viewer.scopeCode ?? REGION_CODE },
  );
  if (countyScope) {
    const division = shownData(county.state)?.division ?? null;
    return {
      state: county.state,
      reload: county.reload,
      counties:
        division === null
          ? [{ code: viewer.scopeCode ?? '', name: viewer.scopeCode ?? '', prefecture: null }]
          : [{ code: division.code, name: division.name, prefecture: null }],
      townshipNames: townshipNamesOf(division),
    };
  }
  return {
    state: area.state,
    reload: area.reload,
    counties: countiesOf(shownData(area.state)),
    townshipNames: new Map(),
  };
}

function townshipNamesOf(division: DivisionWithChildren | null): Map<string, string> {
  return new Map((division?.children ?? []).map((child) => [child.code, child.name]));
}

/** The counties in an area answer: the area itself, its children or its grandchildren. */
export function countiesOf(data: DashboardAreaData | null): CountyChoice[] {
  const root = data?.division ?? null;
  if (root === null) return [];
  if (root.level === 'COUNTY') return [{ code: root.code, name: root.name, prefecture: null }];
  const counties: CountyChoice[] = [];
  for (const child of root.children) {
    if (child.level === 'COUNTY') {
      counties.push({ code: child.code, name: child.name, prefecture: root.name });
      continue;
    }
    for (const grandchild of child.children) {
      if (grandchild.level === 'COUNTY') {
        counties.push({ code: grandchild.code, name: grandchild.name, prefecture: child.name });
      }
    }
  }
  return counties;
}
