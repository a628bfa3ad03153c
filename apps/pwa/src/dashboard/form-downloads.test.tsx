// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDashboard, WAIT } from '../testing/dashboard-app.tsx';
import { MANAGER, PREFECTURE_VIEWER } from '../testing/dashboard-fixtures.ts';
import { FakeDashboardServer } from '../testing/fake-dashboard-server.ts';
import { trustedUntil } from './form-downloads.tsx';

/** Whether the last click on a link was let through (jsdom cannot follow it: it is stopped). */
let followed: boolean | null = null;
function stopNavigation(event: MouseEvent) {
  followed = !event.defaultPrevented;
  event.preventDefault();
}

beforeEach(() => {
  window.scrollTo = () => undefined;
  window.history.replaceState(null, '');
  followed = null;
  window.addEventListener('click', stopNavigation);
});

afterEach(() => {
  window.removeEventListener('click', stopNavigation);
  vi.restoreAllMocks();
  cleanup();
});

function block(): HTMLElement {
  return screen.getByRole('region', { name: '表格下载' });
}

async function links(): Promise<HTMLAnchorElement[]> {
  await within(block()).findAllByRole('link', {}, WAIT);
  return within(block()).getAllByRole('link') as HTMLAnchorElement[];
}

describe('the 表格下载 block', { timeout: 20_000 }, () => {
  it('lists each form as a plain download link to the server’s signed URL', async () => {
    const { server } = await openDashboard(MANAGER);
    const shown = await links();
    expect(shown.map((link) => link.textContent)).toEqual([
      '绩效自评表（XLSX）',
      '绩效目标申报表（XLSX）',
      '绩效监控情况表（XLSX）',
    ]);
    const [selfEvaluation] = shown;
    expect(selfEvaluation?.getAttribute('href')).toBe('/exports/token-1-self_evaluation');
    expect(selfEvaluation?.getAttribute('download')).toBe(
      '2020_莎车县_城乡居民基本养老保险项目基金_绩效自评表.xlsx',
    );
    await within(block()).findByText(/^下载链接 \d\d:\d\d 前有效，过期后自动更新。$/, {}, WAIT);
    expect(server.callsOf('ProjectFormDownloads')[0]?.variables).toEqual({ id: 'project-1' });
  });

  it('asks for fresh links whenever the block is shown again', async () => {
    const { server } = await openDashboard(MANAGER);
    await links();
    fireEvent.click(screen.getByRole('button', { name: '外勤进度' }));
    fireEvent.click(screen.getByRole('button', { name: '项目自评' }));
    await waitFor(() => expect(server.callsOf('ProjectFormDownloads')).toHaveLength(2), WAIT);
    await waitFor(async () =>
      expect((await links())[0]?.getAttribute('href')).toBe('/exports/token-2-self_evaluation'),
    );
  });

  it('follows a fresh link, and not one past its time: it asks for new ones first', async () => {
    const { server } = await openDashboard(MANAGER);
    const [first] = await links();
    if (first === undefined) throw new Error('no link');
    await within(block()).findByText(/前有效/, {}, WAIT);
    fireEvent.click(first);
    expect(followed).toBe(true);

    // Eleven minutes later (the page was left open), the old link would answer 410.
    const later = Date.now() + 11 * 60 * 1000;
    vi.spyOn(Date, 'now').mockImplementation(() => later);
    fireEvent.click(first);
    expect(followed).toBe(false);
    await within(block()).findByText('下载链接已过期，已重新获取，请再点一次。', {}, WAIT);
    await waitFor(() => expect(server.callsOf('ProjectFormDownloads')).toHaveLength(2), WAIT);
    await waitFor(async () => {
      const [renewed] = await links();
      expect(renewed?.getAttribute('href')).toBe('/exports/token-2-self_evaluation');
      fireEvent.click(renewed as HTMLAnchorElement);
      expect(followed).toBe(true);
    }, WAIT);
  });

  it('trusts a link no longer than ten minutes nor less than one, whatever the clocks say', () => {
    const link = {
      kind: 'SELF_EVALUATION' as const,
      title: '绩效自评表',
      fileName: 'x.xlsx',
      url: '/exports/x',
      expiresAt: '2020-12-30T10:10:00.000Z',
    };
    const at = Date.parse('2020-12-30T10:00:00.000Z');
    expect(trustedUntil(link, at) - at).toBe(10 * 60 * 1000);
    // This device's clock is an hour ahead: the link still gets a minute.
    expect(trustedUntil(link, at + 3_600_000) - (at + 3_600_000)).toBe(60 * 1000);
    // An hour behind: never more than the server's ten minutes.
    expect(trustedUntil(link, at - 3_600_000) - (at - 3_600_000)).toBe(10 * 60 * 1000);
    expect(trustedUntil({ ...link, expiresAt: 'soon' }, at) - at).toBe(60 * 1000);
  });

  it('offers the printable pages to everyone who reads the county, the import to its manager', async () => {
    await openDashboard(MANAGER);
    await links();
    const actions = within(block())
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(actions).toEqual(['打印自评表（A4 / PDF）', '打印自评报告', '导入已填写的表格（XLSX）']);
    cleanup();
    window.history.replaceState(null, '');

    await openDashboard(PREFECTURE_VIEWER);
    await links();
    expect(
      within(block())
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['打印自评表（A4 / PDF）', '打印自评报告']);
  });

  it('says why the links could not be read, and retries', async () => {
    const server = new FakeDashboardServer();
    const answer = server.forms.answer.bind(server.forms);
    let failures = 1;
    server.forms.answer = (name, variables, manages) => {
      if (name === 'ProjectFormDownloads' && failures-- > 0) {
        return { errors: [{ message: '服务器暂时无法生成链接' }] };
      }
      return answer(name, variables, manages);
    };
    await openDashboard(MANAGER, server);
    const alert = await within(block()).findByRole('alert', {}, WAIT);
    expect(alert.textContent).toMatch(/^无法读取下载链接：/);
    fireEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect((await links()).length).toBe(3);
  });
});
