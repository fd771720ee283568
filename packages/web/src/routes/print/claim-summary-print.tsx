// 申领汇总表: the approved applications of one program instance in the caller's scope, as the regional
// union files them to claim the subsidy (沪工总办〔2017〕360号 女职工幸福关爱行动 一(三)3 and 二(四)2:
// 「各区局（产业）工会凭《女职工幸福关爱行动申领汇总表—爱心妈咪小屋项目》……向市总工会申领补贴」, its
// 附件1 and 附件2 giving the columns). The two programs of that notice get their attachment's title and
// columns; any other program the same sheet with the applicant, union, subject and date.
import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { api, type Page } from '../../api/client.ts';
import { useMe } from '../../api/auth.ts';
import type { ApplicationRow } from '../../api/applications.ts';
import { useProgram } from '../../api/programs.ts';
import { useFieldLabels } from '../applications/application-labels.tsx';
import { cnDate, PrintSheet, yuanPlain } from './print-sheet.tsx';

/** The most rows one sheet lists (the list API pages by 200). */
const MAX_ROWS = 2000;

/** Every approved application of the program instance in my scope, page by page. */
function useApproved(programId: number) {
  return useQuery({
    queryKey: ['applications', 'print-summary', programId],
    enabled: programId > 0,
    queryFn: async () => {
      const rows: ApplicationRow[] = [];
      let total = 0;
      for (let page = 1; rows.length < MAX_ROWS; page++) {
        const p = await api.get<Page<ApplicationRow>>('/applications', { programId, status: 'approved', page, pageSize: 200 });
        rows.push(...p.items);
        total = p.total;
        if (rows.length >= p.total || !p.items.length) break;
      }
      return { rows, total };
    },
  });
}

type Col = { h: string; w?: string; num?: boolean; v: (a: ApplicationRow) => string };

export default function ClaimSummaryPrint() {
  const programId = Number(useSearchParams()[0].get('programId'));
  const { data: me } = useMe();
  const program = useProgram(programId || undefined);
  const list = useApproved(programId);
  const { value } = useFieldLabels(programId || undefined, 'zh');
  const code = program.data?.program;
  const applicant = (a: ApplicationRow) => a.applicant?.org?.name ?? a.member?.name ?? a.org.name;
  const f = (a: ApplicationRow, k: string) => (a.form[k] === undefined ? '' : value(k, a.form[k]));
  const [title, cols]: [string, Col[]] =
    code === 'nursing-room-subsidy'
      ? [
          '女职工幸福关爱行动申领汇总表——爱心妈咪小屋项目',
          [
            { h: '小屋名称', v: (a) => a.subject ?? '' },
            { h: '建屋时间', w: '16%', v: (a) => cnDate(String(a.form.builtOn ?? '')) },
            { h: '申领标准（元）', w: '14%', num: true, v: (a) => yuanPlain(a.amount) },
            { h: '申领金额（元）', w: '14%', num: true, v: (a) => yuanPlain(a.amount) },
            { h: '备注', w: '18%', v: (a) => a.org.name },
          ],
        ]
      : code === 'childcare-subsidy'
        ? [
            '女职工幸福关爱行动申领汇总表—亲子工作室项目',
            [
              { h: '亲子工作室所在单位名称', v: applicant },
              { h: '类型', w: '12%', v: (a) => f(a, 'type') },
              { h: '托管时间（周）', w: '11%', v: (a) => f(a, 'weeks') },
              { h: '托管人数', w: '9%', v: (a) => f(a, 'children') },
              { h: '申领金额（元）', w: '13%', num: true, v: (a) => yuanPlain(a.amount) },
              { h: '备注', w: '14%', v: (a) => a.no },
            ],
          ]
        : [
            `${program.data?.title ?? ''}申领汇总表`,
            [
              { h: '申请人（单位）', w: '14%', v: applicant },
              { h: '所属工会', v: (a) => a.org.name },
              { h: '申报事项', v: (a) => a.subject ?? '' },
              { h: '申请日期', w: '13%', v: (a) => a.appliedOn },
              { h: '申领金额（元）', w: '13%', num: true, v: (a) => yuanPlain(a.amount) },
              { h: '备注', w: '13%', v: (a) => a.no },
            ],
          ];
  const rows = list.data?.rows ?? [];
  const sum = rows.reduce((s, a) => s + a.amount, 0);
  const today = dayjs();
  return (
    <PrintSheet title={title} loading={program.isLoading || list.isLoading} error={program.error ?? list.error} testId="print-claims">
      <h1 data-testid="print-title">{title}</h1>
      <div className="sub">{program.data ? `${program.data.title}（${program.data.year} 年度）` : ''}</div>
      <div className="meta">
        <span>区局（产业）：{me?.orgName ?? ''}</span>
        <span>
          制表时间：{today.month() + 1} 月 {today.date()} 日
        </span>
        <span>（请加盖工会章）</span>
      </div>
      <table data-testid="print-claims-rows">
        <thead>
          <tr>
            <th style={{ width: '7%' }}>序号</th>
            {cols.map((c) => (
              <th key={c.h} className={c.num ? 'num' : undefined} style={c.w ? { width: c.w } : undefined}>
                {c.h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((a, i) => (
            <tr key={a.id}>
              <td className="c">{i + 1}</td>
              {cols.map((c) => (
                <td key={c.h} className={c.num ? 'num' : undefined}>
                  {c.v(a)}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <td className="c">
              <b>总金额</b>
            </td>
            <td colSpan={cols.length - 1}>
              共 {rows.length} 项{list.data && list.data.total > rows.length ? `（另有 ${list.data.total - rows.length} 项未列入本表）` : ''}
            </td>
            <td className="num" data-testid="print-claims-total">
              <b>{yuanPlain(sum)}</b>（元）
            </td>
          </tr>
        </tbody>
      </table>
      <div className="note">
        列入本表的为已审核通过的申请（{program.data?.title ?? ''}）。打印时间：{today.format('YYYY-MM-DD HH:mm')}
      </div>
    </PrintSheet>
  );
}
