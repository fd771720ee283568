// 申请审批表: one application as the form the member's union stamps and files (e.g. 沪工总办〔2017〕360号
// 《大病职工慰问行动实施方案》三(二)1「经会员所属区局（产业）工会盖章的……慰问金申请审批表」): the applicant,
// what the form asked, the amount set, each review step with its opinion, and the boxes for the stamps.
import { useParams } from 'react-router-dom';
import dayjs from 'dayjs';
import { useApplication } from '../../api/applications.ts';
import { useProgram } from '../../api/programs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useFieldLabels } from '../applications/application-labels.tsx';
import { useDocName } from '../applications/application-form.tsx';
import { cnDate, maskId, PrintSheet, yuanPlain } from './print-sheet.tsx';

const levelName: Record<string, string> = { grassroots: '基层工会初审', regional: '区局（产业）工会复审', federation: '市总工会终审' };
const actionName: Record<string, string> = {
  submit: '提交申请',
  resubmit: '补正后重新提交',
  skip: '按规定跳过',
  approve: '审核通过',
  return: '退回补正',
  reject: '不予通过',
  withdraw: '申请人撤回',
};

export default function ApplicationPrint() {
  const id = Number(useParams().id);
  const { data: a, isLoading, error } = useApplication(id);
  const program = useProgram(a?.programId);
  const docName = useDocName(program.data);
  const { label, value } = useFieldLabels(a?.programId, 'zh');
  const { tx } = useI18n();
  const title = a ? `${a.programTitle}申请审批表` : '申请审批表';
  return (
    <PrintSheet title={a ? `${title} ${a.no}` : title} loading={isLoading} error={error} testId="print-application">
      {a && (
        <>
          <h1 data-testid="print-title">{title}</h1>
          <div className="sub">申请编号 {a.no}</div>
          <table>
            <tbody>
              {a.member ? (
                <>
                  <tr>
                    <td className="label">申请人</td>
                    <td>{a.member.name}</td>
                    <td className="label">身份证号</td>
                    <td style={{ fontFamily: 'monospace' }}>{maskId(a.member.idNumber)}</td>
                  </tr>
                  <tr>
                    <td className="label">会员证号</td>
                    <td>{a.member.memberNo}</td>
                    <td className="label">申请日期</td>
                    <td>{cnDate(a.appliedOn)}</td>
                  </tr>
                </>
              ) : (
                <tr>
                  <td className="label">申请单位</td>
                  <td>{a.applicant?.org?.name ?? a.org.name}</td>
                  <td className="label">申请日期</td>
                  <td>{cnDate(a.appliedOn)}</td>
                </tr>
              )}
              <tr>
                <td className="label">所属基层工会</td>
                <td>{a.org.name}</td>
                <td className="label">区局（产业）工会</td>
                <td>{a.region?.name ?? ''}</td>
              </tr>
              <tr>
                <td className="label">申报事项</td>
                <td colSpan={3}>{a.subject}</td>
              </tr>
            </tbody>
          </table>
          <table data-testid="print-application-form">
            <thead>
              <tr>
                <th colSpan={2}>申请内容</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(a.form).map(([k, v]) => (
                <tr key={k}>
                  <td className="label" style={{ width: '40%' }}>
                    {label(k)}
                  </td>
                  <td>{value(k, v)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {a.documents.length > 0 && (
            <table>
              <thead>
                <tr>
                  <th style={{ width: '8%' }}>序号</th>
                  <th>申报材料</th>
                  <th style={{ width: '30%' }}>上传时间</th>
                </tr>
              </thead>
              <tbody>
                {a.documents.map((d, i) => (
                  <tr key={d.id}>
                    <td className="c">{i + 1}</td>
                    <td>{docName(d.type)}</td>
                    <td>{dayjs(d.uploadedAt).format('YYYY-MM-DD HH:mm')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <table data-testid="print-application-history">
            <thead>
              <tr>
                <th style={{ width: '22%' }}>审核环节</th>
                <th style={{ width: '14%' }}>办理</th>
                <th>意见</th>
                <th style={{ width: '18%' }}>经办人</th>
                <th style={{ width: '16%' }}>日期</th>
              </tr>
            </thead>
            <tbody>
              {a.history.map((h, i) => (
                <tr key={i}>
                  <td>
                    {h.level ? (levelName[h.level] ?? tx(`appl.level.${h.level}`, h.level)) : '申请'}
                    {h.org ? <div style={{ fontSize: '9pt' }}>{h.org}</div> : null}
                  </td>
                  <td>{actionName[h.action] ?? h.action}</td>
                  <td>{h.comment ?? ''}</td>
                  <td>{h.actor === 'system' ? '' : h.actor}</td>
                  <td>{dayjs(h.at).format('YYYY-MM-DD')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table>
            <tbody>
              <tr>
                <td className="label">办理结果</td>
                <td>
                  {a.statusName.zh}
                  {a.rejectReason ? `：${a.rejectReason}` : ''}
                </td>
                <td className="label">核定金额（元）</td>
                <td className="num" data-testid="print-application-amount">
                  {yuanPlain(a.amount)}
                </td>
              </tr>
            </tbody>
          </table>
          <div className="sign">
            <div>
              基层工会（盖章）：
              <br />
              <br />
              年　　月　　日
            </div>
            <div>
              区局（产业）工会（盖章）：
              <br />
              <br />
              年　　月　　日
            </div>
            <div>
              审核单位（盖章）：
              <br />
              <br />
              年　　月　　日
            </div>
          </div>
          <div className="note">身份证号已按规定隐去部分数字。打印时间：{dayjs().format('YYYY-MM-DD HH:mm')}</div>
        </>
      )}
    </PrintSheet>
  );
}
