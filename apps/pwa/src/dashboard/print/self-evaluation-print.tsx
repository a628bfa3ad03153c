import type { PrintProject } from '../../api/form-documents.ts';
import { formatScore, SEVERITY_LABELS } from '../dashboard-labels.ts';
import { bySeverity } from '../evaluation-rows.ts';
import { PRINTED_FOOTNOTE } from './form-footnotes.ts';
import { fundRows, indicatorRows, signatureItems, yearLine } from './self-evaluation-sheet.ts';

/**
 * 绩效自评表 — the project's form laid out as the 2020 forms of the 莎车县 seed print it: the
 * title and year, 专项名称 and the departments, 项目资金 by source, 年度总体目标 beside 全年实际
 * 完成情况, the indicator table (its header repeated on every printed page), 评分 with 总分 and
 * 等级, 说明, the signature block and the scoring footnote; the 核查意见 follow on a page of
 * their own. Every table has a caption (hidden where the form prints its caption as a cell).
 */
/**
 * The columns the form's blocks share, so that their rules line up as on the paper form: the
 * caption down the left, the labels, then three value columns.
 */
function FormColumns() {
  return (
    <colgroup>
      <col className="caption-column" />
      <col className="wide-column" />
      <col className="amount-column" />
      <col className="amount-column" />
      <col className="amount-column" />
    </colgroup>
  );
}

export function SelfEvaluationSheet({ project }: { project: PrintProject }) {
  const { evaluation } = project;
  const funds = fundRows(project.funds);
  const rows = indicatorRows(project);
  const signature = signatureItems(project.signature);
  const findings = bySeverity(evaluation.findings);

  return (
    <article className="print-sheet" aria-labelledby="print-title">
      <h1 id="print-title" className="form-title">
        {project.title}
      </h1>
      <p className="form-year">{yearLine(project.year)}</p>

      <table className="form-table form-header">
        <caption className="visually-hidden">表头</caption>
        <colgroup>
          <col className="caption-column" />
          <col className="wide-column" />
          <col className="amount-column" />
          <col className="double-column" />
        </colgroup>
        <tbody>
          <tr>
            <th scope="row">专项名称</th>
            <td colSpan={3} className="project-name">
              {project.name}
            </td>
          </tr>
          <tr>
            <th scope="row">中央主管部门</th>
            <td colSpan={3}>{project.departments?.central ?? ''}</td>
          </tr>
          <tr>
            <th scope="row">地方主管部门</th>
            <td>{project.departments?.local ?? ''}</td>
            <th scope="row">实施单位</th>
            <td>{project.implementingUnit}</td>
          </tr>
        </tbody>
      </table>

      <table className="form-table form-funds">
        <caption className="visually-hidden">项目资金（万元）</caption>
        <FormColumns />
        <tbody>
          <tr>
            <th scope="rowgroup" rowSpan={funds.length + 1} className="block-caption">
              项目资金（万元）
            </th>
            <th scope="col">
              <span className="visually-hidden">资金来源</span>
            </th>
            <th scope="col">全年预算数（A，含结余结转）</th>
            <th scope="col">全年执行数（B）</th>
            <th scope="col">执行率（B/A）</th>
          </tr>
          {funds.map((line) => (
            <tr key={line.label}>
              <th scope="row" className="fund-label">
                {line.label}
              </th>
              <td className="number">{line.budget}</td>
              <td className="number">{line.executed}</td>
              <td className="number">{line.rate}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <table className="form-table form-goal">
        <caption className="visually-hidden">年度总体目标</caption>
        <colgroup>
          <col className="caption-column" />
          <col className="goal-column" />
          <col className="outcome-column" />
        </colgroup>
        <tbody>
          <tr>
            <th scope="rowgroup" rowSpan={2} className="block-caption">
              年度总体目标
            </th>
            <th scope="col">年初设定目标</th>
            <th scope="col">全年实际完成情况</th>
          </tr>
          <tr>
            <td className="long-text">{project.goal ?? ''}</td>
            <td className="long-text">{project.goalOutcome ?? ''}</td>
          </tr>
        </tbody>
      </table>

      <table className="form-table form-indicators">
        <caption>绩效指标</caption>
        <colgroup>
          <col className="level-column" />
          <col className="level-column" />
          <col className="name-column" />
          <col className="value-column" />
          <col className="value-column" />
          <col className="rate-column" />
          <col className="points-column" />
          <col className="points-column" />
          <col className="reason-column" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">一级指标</th>
            <th scope="col">二级指标</th>
            <th scope="col">三级指标</th>
            <th scope="col">年度指标值</th>
            <th scope="col">全年完成值</th>
            <th scope="col">完成率</th>
            <th scope="col">分值</th>
            <th scope="col">得分</th>
            <th scope="col">未完成原因和改进措施</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={9}>（未填报绩效指标）</td>
            </tr>
          ) : null}
          {rows.map((row) => (
            <tr key={row.rowKey}>
              {row.level1 === null ? null : (
                <th scope="rowgroup" rowSpan={row.level1.span} className="level">
                  {row.level1.text}
                </th>
              )}
              {row.level2 === null ? null : (
                <th scope="rowgroup" rowSpan={row.level2.span} className="level">
                  {row.level2.text}
                </th>
              )}
              <th scope="row" className={row.isPart ? 'indicator-name part' : 'indicator-name'}>
                {row.name}
              </th>
              <td className="center">{row.target}</td>
              <td className="center">{row.actual}</td>
              <td className="center">{row.rate}</td>
              <td className="center">{row.weight}</td>
              <td className="center">{row.score}</td>
              <td>{row.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <table className="form-table form-score">
        <caption className="visually-hidden">评分</caption>
        <FormColumns />
        <tbody>
          <tr>
            <th scope="rowgroup" rowSpan={2} className="block-caption">
              评分
            </th>
            <th scope="row">预算执行率得分（10分）</th>
            <td className="center">
              {evaluation.budget === null ? '' : formatScore(evaluation.budget.score)}
            </td>
            <td colSpan={2}>{evaluation.complete ? '' : '部分指标无法评分，总分不完整'}</td>
          </tr>
          <tr>
            <th scope="row">总分</th>
            <td className="center total">{formatScore(evaluation.total)}</td>
            <th scope="row">等级</th>
            <td className="center grade">{evaluation.grade}</td>
          </tr>
        </tbody>
      </table>

      <table className="form-table form-remarks">
        <caption className="visually-hidden">说明</caption>
        <colgroup>
          <col className="caption-column" />
          <col />
        </colgroup>
        <tbody>
          <tr>
            <th scope="row" className="block-caption">
              说明
            </th>
            <td className="long-text">{project.remarks ?? ''}</td>
          </tr>
        </tbody>
      </table>

      {signature.length === 0 ? null : (
        <ul className="form-signature" aria-label="落款">
          {signature.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}

      <div className="form-footnote">
        {PRINTED_FOOTNOTE.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>

      <section className="print-findings" aria-labelledby="print-findings-title">
        <h2 id="print-findings-title">核查意见</h2>
        {findings.length === 0 ? (
          <p>数据核查未发现问题。</p>
        ) : (
          <table className="form-table findings-table">
            <caption className="visually-hidden">核查意见（{findings.length} 条）</caption>
            <thead>
              <tr>
                <th scope="col">序号</th>
                <th scope="col">级别</th>
                <th scope="col">对象</th>
                <th scope="col">问题</th>
              </tr>
            </thead>
            <tbody>
              {findings.map((finding, index) => (
                <tr key={`${finding.code}:${index}`}>
                  <td className="center">{index + 1}</td>
                  <td className="center">{SEVERITY_LABELS[finding.severity]}</td>
                  <td>{finding.subject}</td>
                  <td>{finding.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}
