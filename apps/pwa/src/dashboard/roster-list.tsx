import { DASHBOARD_ROSTER_QUERY } from '../api/dashboard-documents.ts';
import { BENEFICIARY_STATUS_LABELS, SCHEME_LABELS } from '../ui/labels.ts';
import { formatDecimal } from './dashboard-labels.ts';
import { Pager, usePageCursors } from './pager.tsx';
import { QueryStatus } from './query-status.tsx';
import { TableScroll } from './table-scroll.tsx';
import { useApiQuery } from './use-api-query.ts';

const PAGE_SIZE = 50;

const SEX_LABELS: Readonly<Record<string, string>> = { M: '男', F: '女', male: '男', female: '女' };

/**
 * 花名册 — a township's beneficiaries, a page at a time, as the server sends them: names and ID
 * numbers in full for the county manager, masked for the other roles (the server decides).
 */
export function RosterList({
  townshipCode,
  townshipName,
  onLogin,
}: {
  townshipCode: string;
  townshipName: string;
  onLogin: () => void;
}) {
  const cursors = usePageCursors();
  const { page } = cursors;
  const query = useApiQuery(DASHBOARD_ROSTER_QUERY, {
    townshipCode,
    first: PAGE_SIZE,
    after: cursors.after,
  });
  // A page is shown only once it has arrived (not the previous page under the new caption).
  const data = query.state.status === 'ready' ? query.state.data : null;
  const people = data?.townshipRoster.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.townshipRoster.pageInfo;
  const masked = people.some((person) => person.masked);
  const caption = `${townshipName}待遇领取人员花名册（第 ${page + 1} 页）`;

  return (
    <section className="roster-list" aria-labelledby="roster-title">
      <h3 id="roster-title">花名册</h3>
      {masked ? (
        <p className="hint">按您的权限，姓名和身份证号已脱敏显示，不显示出生日期。</p>
      ) : null}
      <QueryStatus state={query.state} what="花名册" onRetry={query.reload} onLogin={onLogin} />
      {data !== null && people.length === 0 && page === 0 ? <p>花名册中没有人员。</p> : null}
      {people.length > 0 ? (
        <TableScroll label={caption}>
          <table className="data-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">姓名</th>
                <th scope="col">居民身份证号</th>
                <th scope="col">性别</th>
                <th scope="col">出生日期</th>
                <th scope="col">险种</th>
                <th scope="col">月应发金额（元）</th>
                <th scope="col">状态</th>
              </tr>
            </thead>
            <tbody>
              {people.map((person) => (
                <tr key={person.id}>
                  <th scope="row">{person.name}</th>
                  <td className="id-number">{person.idNumber}</td>
                  <td>{SEX_LABELS[person.sex] ?? person.sex}</td>
                  <td>{person.birthDate ?? '—'}</td>
                  <td>{SCHEME_LABELS[person.scheme] ?? person.scheme}</td>
                  <td className="number">{formatDecimal(person.monthlyAmountDue, 2)}</td>
                  <td>{BENEFICIARY_STATUS_LABELS[person.status] ?? person.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <Pager cursors={cursors} pageInfo={pageInfo} ready={query.state.status === 'ready'} />
    </section>
  );
}
