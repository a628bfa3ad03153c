import type { BeneficiaryStatus, Scheme } from '../api/roster-documents.ts';
import type { OutboxKind, OutboxStatus } from '../offline/local-database.ts';
import type { SyncReport } from '../sync/sync-runner.ts';

/** 界面文字 — the Chinese words for the app's codes, and date and money formats. */

export const OUTBOX_STATUS_LABELS: Record<OutboxStatus, string> = {
  pending: '待同步',
  sending: '发送中',
  rejected: '被退回',
  conflict: '冲突',
  accepted: '已接收',
};

export const OUTBOX_KIND_LABELS: Record<OutboxKind, string> = {
  verification: '待遇核实',
  surveyResponse: '满意度调查',
};

export const SCHEME_LABELS: Record<Scheme, string> = {
  RESIDENT_PENSION: '城乡居民养老保险',
  INSTITUTION_PENSION: '机关事业单位养老保险',
  EMPLOYEE_PENSION: '职工养老保险',
  RESIDENT_MEDICAL: '城乡居民医疗保险',
  EMPLOYEE_MEDICAL: '职工医疗保险',
  UNEMPLOYMENT: '失业保险',
  WORK_INJURY: '工伤保险',
  MATERNITY: '生育保险',
};

export const BENEFICIARY_STATUS_LABELS: Record<BeneficiaryStatus, string> = {
  ACTIVE: '正常发放',
  SUSPENDED: '暂停发放',
  TERMINATED: '终止发放',
};

const DATE_TIME = new Intl.DateTimeFormat('zh-CN', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** 2026/11/20 12:05 in the phone's time zone; the text itself when it is not a date. */
export function formatDateTime(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : DATE_TIME.format(new Date(time));
}

/** An amount in 元 as integer fen (分), or null when it is not a plain amount. */
export function toFen(amount: string): number | null {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(amount.trim());
  if (match === null) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Integer fen as 元 with two decimals: 20380 → "203.80". */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const absolute = Math.abs(fen);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}

/** A server Decimal as an amount the form accepts (at most 2 decimals): "203.800" → "203.80". */
export function amountForForm(decimal: string): string {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(decimal.trim());
  if (match === null) return '';
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > 2) return '';
  const whole = String(Number(match[1]));
  return fraction === '' ? whole : `${whole}.${fraction.padEnd(2, '0')}`;
}

/** One line about how the last sync went. */
export function syncReportText(report: SyncReport): string {
  const parts = [`已发送 ${report.sent} 条`];
  if (report.accepted > 0) parts.push(`服务器接收 ${report.accepted} 条`);
  if (report.rejected > 0) parts.push(`退回 ${report.rejected} 条`);
  if (report.conflicts > 0) parts.push(`冲突 ${report.conflicts} 条`);
  const summary = parts.join('，');
  if (report.stoppedBy === null) return `同步完成：${summary}`;
  return `同步未完成（${report.message ?? '未知原因'}）：${summary}`;
}
