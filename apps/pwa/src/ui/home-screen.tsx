import { useState } from 'react';
import { AuthRequiredError, errorMessage } from '../api/api-errors.ts';
import { SURVEY_TEMPLATE_IDS } from '../api/survey-template-documents.ts';
import { latestTemplate, type SessionRow, updateSession } from '../offline/local-database.ts';
import { downloadTemplate, downloadTownships } from '../offline/reference-download.ts';
import { downloadRoster } from '../offline/roster-download.ts';
import { WAITING_STATUSES } from '../sync/outbox.ts';
import { formatDateTime, syncReportText } from './labels.ts';
import type { Screen } from './navigation.ts';
import { ScreenHeader } from './screen-header.tsx';
import { useServices } from './services-context.ts';
import { useLiveQuery } from './use-live-query.ts';
import { useOnlineStatus } from './use-online-status.ts';
import { useSyncState } from './use-sync-state.ts';

export interface HomeScreenProps {
  session: SessionRow;
  onNavigate: (screen: Screen) => void;
}

type DownloadState =
  | { state: 'idle' }
  | { state: 'running'; received: number }
  | { state: 'done'; message: string }
  | { state: 'failed'; message: string };

/**
 * 首页 — where the day starts: pick the township and village, bring the roster and the
 * questionnaire onto the phone while there is signal, start a verification or a survey, and
 * see and send what waits in the outbox.
 */
export function HomeScreen({ session, onNavigate }: HomeScreenProps) {
  const services = useServices();
  const { db } = services;
  const online = useOnlineStatus();
  const syncState = useSyncState();
  const [download, setDownload] = useState<DownloadState>({ state: 'idle' });
  const viewer = session.viewer;
  const townshipCodes = viewer?.townshipCodes ?? [];
  const townshipCode = session.townshipCode ?? townshipCodes[0] ?? null;

  const divisions = useLiveQuery(() => db.divisions.toArray(), [db]) ?? [];
  const names = new Map(divisions.map((division) => [division.code, division.name]));
  const villages = divisions.filter((division) => division.parentCode === townshipCode);
  const rosterCount = useLiveQuery(
    () =>
      db.roster
        .where('townshipCode')
        .equals(townshipCode ?? '')
        .count(),
    [db, townshipCode],
  );
  const rosterVersion = useLiveQuery(
    async () => (townshipCode === null ? undefined : db.rosterVersions.get(townshipCode)),
    [db, townshipCode],
  );
  const template = useLiveQuery(() => latestTemplate(db, SURVEY_TEMPLATE_IDS[0]), [db]);
  const statusCounts = useLiveQuery(async () => {
    const waiting = await db.outbox.where('status').anyOf(WAITING_STATUSES).count();
    const attention = await db.outbox.where('status').anyOf(['rejected', 'conflict']).count();
    return { waiting, attention };
  }, [db]);

  async function updateData() {
    if (viewer === null) return;
    setDownload({ state: 'running', received: 0 });
    try {
      await downloadTownships(db, services.session, townshipCodes);
      for (const id of SURVEY_TEMPLATE_IDS) await downloadTemplate(db, services.session, id);
      if (townshipCode === null) {
        setDownload({ state: 'done', message: '乡镇与问卷已更新' });
        return;
      }
      const result = await downloadRoster({
        db,
        session: services.session,
        townshipCode,
        onProgress: (received) => setDownload({ state: 'running', received }),
      });
      const what = result.delta ? `${result.received} 条变更` : `${result.received} 人`;
      setDownload({ state: 'done', message: `花名册已更新：收到 ${what}` });
    } catch (error) {
      const message =
        error instanceof AuthRequiredError ? '登录已过期，请重新登录后再更新' : errorMessage(error);
      setDownload({ state: 'failed', message });
    }
  }

  const waiting = statusCounts?.waiting ?? 0;
  const attention = statusCounts?.attention ?? 0;
  const progress = syncState.progress;
  // A run that found nothing to send is not worth a line.
  const lastReport =
    syncState.lastReport !== null &&
    (syncState.lastReport.sent > 0 || syncState.lastReport.stoppedBy !== null)
      ? syncState.lastReport
      : null;
  const canSync = online && !syncState.running && !session.needsLogin && session.tokens !== null;

  return (
    <>
      <ScreenHeader title="绩效外勤" onOpenOutbox={() => onNavigate({ name: 'outbox' })} />
      <main className="screen home-screen">
        <p className="greeting">
          {viewer?.displayName ?? ''}，您好
          {townshipCode === null ? '' : ` · ${names.get(townshipCode) ?? townshipCode}`}
        </p>

        {session.needsLogin || session.tokens === null ? (
          <div className="banner warning" role="status">
            <p>登录已过期。已采集的记录都保存在手机上，重新登录后即可同步。</p>
            <button
              type="button"
              className="button secondary"
              onClick={() => onNavigate({ name: 'login' })}
            >
              重新登录
            </button>
          </div>
        ) : null}

        {townshipCodes.length === 0 ? (
          <p className="banner warning">此账号没有负责的乡镇，无法采集。请联系县级管理员。</p>
        ) : (
          <section className="card" aria-labelledby="place-title">
            <h2 id="place-title">工作地点</h2>
            <div className="field">
              <label htmlFor="township">乡镇</label>
              <select
                id="township"
                value={townshipCode ?? ''}
                onChange={(event) =>
                  void updateSession(db, { townshipCode: event.target.value, villageCode: null })
                }
              >
                {townshipCodes.map((code) => (
                  <option key={code} value={code}>
                    {names.get(code) ?? code}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="village">村（社区）</label>
              <select
                id="village"
                value={session.villageCode ?? ''}
                onChange={(event) =>
                  void updateSession(db, { villageCode: event.target.value || null })
                }
              >
                <option value="">全部村</option>
                {villages.map((village) => (
                  <option key={village.code} value={village.code}>
                    {village.name}
                  </option>
                ))}
              </select>
            </div>
          </section>
        )}

        <section className="card" aria-labelledby="data-title">
          <h2 id="data-title">花名册与问卷</h2>
          <p>
            {rosterVersion === undefined
              ? '本乡镇花名册尚未下载到手机。'
              : `花名册 ${rosterCount ?? 0} 人，更新于 ${formatDateTime(rosterVersion.downloadedAt)}`}
          </p>
          <p>
            {template === undefined
              ? '满意度问卷尚未下载。'
              : `问卷：${template.title.zh}（第 ${template.version} 版）`}
          </p>
          {download.state === 'running' ? (
            <p role="status">正在下载… 已收到 {download.received} 条</p>
          ) : null}
          {download.state === 'done' ? <p role="status">{download.message}</p> : null}
          {download.state === 'failed' ? (
            <p className="banner error" role="alert">
              {download.message}
            </p>
          ) : null}
          <button
            type="button"
            className="button secondary"
            onClick={() => void updateData()}
            disabled={!online || download.state === 'running' || viewer === null}
          >
            {rosterVersion === undefined ? '下载花名册和问卷' : '更新花名册和问卷'}
          </button>
          {online ? null : (
            <p className="hint">需要网络。没有网络时可以继续使用手机上已有的数据。</p>
          )}
        </section>

        <nav className="actions" aria-label="采集">
          <button
            type="button"
            className="button primary big"
            onClick={() => onNavigate({ name: 'search' })}
            disabled={rosterVersion === undefined}
          >
            核实待遇领取人员
          </button>
          <button
            type="button"
            className="button primary big"
            onClick={() => onNavigate({ name: 'survey' })}
            disabled={template === undefined || townshipCode === null}
          >
            满意度调查
          </button>
        </nav>

        <section className="card" aria-labelledby="sync-title">
          <h2 id="sync-title">同步</h2>
          <p>
            待同步 <strong>{waiting}</strong> 条
            {attention > 0 ? `，其中 ${attention} 条需要处理` : ''}
          </p>
          {syncState.running ? (
            <div className="sync-progress">
              <label htmlFor="sync-progress">
                正在同步 {progress?.sent ?? 0} / {progress?.total ?? '…'}
              </label>
              <progress
                id="sync-progress"
                max={Math.max(progress?.total ?? 1, 1)}
                value={progress?.sent ?? 0}
              />
            </div>
          ) : null}
          {lastReport === null || syncState.running ? null : (
            <p role="status">{syncReportText(lastReport)}</p>
          )}
          <div className="button-row">
            <button
              type="button"
              className="button primary"
              onClick={() => void services.sync.run()}
              disabled={!canSync || waiting === 0}
            >
              立即同步
            </button>
            <button
              type="button"
              className="button secondary"
              onClick={() => onNavigate({ name: 'outbox' })}
            >
              查看记录
            </button>
          </div>
        </section>

        <button
          type="button"
          className="button link"
          onClick={() => {
            const message =
              waiting > 0
                ? `还有 ${waiting} 条记录未同步。退出后记录仍保存在手机上，确定退出登录吗？`
                : '确定退出登录吗？';
            if (window.confirm(message)) void services.session.logout();
          }}
        >
          退出登录
        </button>
      </main>
    </>
  );
}
