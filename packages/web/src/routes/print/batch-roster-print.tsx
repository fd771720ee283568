// 发放名册: a payout batch as the list the paying unit sends to the rights department and both sign
// (沪工总办〔2017〕360号《大病职工慰问行动实施方案》三(五): 每月汇总后报市总权益保障部，经市总权益保障部、
// 财务资产管理部共同审核通过后核拨; 三(六): a member without a usable card is paid through the regional
// union's account). One row per ledger entry in the caller's scope; the sign-off boxes carry who signed.
import { useParams } from 'react-router-dom';
import dayjs from 'dayjs';
import { useBatch, type Signer } from '../../api/payouts.ts';
import { cnDate, maskId, PrintSheet, yuanPlain } from './print-sheet.tsx';

const signed = (s: Signer | null) => (s ? `${s.name ?? ''}　${cnDate(dayjs(s.at).format('YYYY-MM-DD'))}` : '');

export default function BatchRosterPrint() {
  const id = Number(useParams().id);
  const { data: b, isLoading, error } = useBatch(id);
  const title = b ? `${b.programTitle}发放名册` : '发放名册';
  const lines = b?.lines ?? [];
  return (
    <PrintSheet title={b ? `${title} ${b.no}` : title} loading={isLoading} error={error} testId="print-batch">
      {b && (
        <>
          <h1 data-testid="print-title">{title}</h1>
          <div className="sub">
            （{b.period.replace('-', '年')}月　批次号 {b.no}）
          </div>
          <div className="meta">
            <span>编制人：{b.preparedBy?.name ?? ''}</span>
            <span>截止日期：{cnDate(b.closesOn)}</span>
            <span>应发放日期：{cnDate(b.payBy)}</span>
            <span>状态：{b.statusName.zh}</span>
          </div>
          {b.scope === 'part' && (
            <div className="meta">
              <span>（本名册仅列本单位管辖范围内的明细，合计为本单位部分）</span>
            </div>
          )}
          <table data-testid="print-batch-lines">
            <thead>
              <tr>
                <th style={{ width: '7%' }}>序号</th>
                <th style={{ width: '10%' }}>姓名</th>
                <th style={{ width: '19%' }}>身份证号</th>
                <th>所属工会</th>
                <th style={{ width: '15%' }}>申请编号</th>
                <th style={{ width: '16%' }}>收款方</th>
                <th className="num" style={{ width: '12%' }}>
                  金额（元）
                </th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l, i) => (
                <tr key={l.entryId}>
                  <td className="c">{i + 1}</td>
                  <td>{l.name}</td>
                  <td style={{ fontFamily: 'monospace' }}>{maskId(l.idNumber)}</td>
                  <td>{l.org}</td>
                  <td style={{ fontFamily: 'monospace' }}>{l.applicationNo}</td>
                  <td>
                    {l.payTo === 'regional-union'
                      ? `区局（产业）工会账户${l.payeeOrg ? `（${l.payeeOrg.name}）` : ''}`
                      : l.payTo === 'member-card'
                        ? '会员服务卡'
                        : ''}
                    {l.kind === 'reversal' ? '（冲销）' : ''}
                  </td>
                  <td className="num">{yuanPlain(l.amount)}</td>
                </tr>
              ))}
              <tr>
                <td className="c" colSpan={2}>
                  <b>合计</b>
                </td>
                <td colSpan={4}>共 {b.entries} 笔</td>
                <td className="num" data-testid="print-batch-total">
                  <b>{yuanPlain(b.total)}</b>
                </td>
              </tr>
            </tbody>
          </table>
          <div className="sign">
            <div>
              编制（经办人、日期）：
              <br />
              {signed(b.preparedBy)}
            </div>
            <div>
              权益保障部审核：
              <br />
              {signed(b.rightsApprovedBy)}
            </div>
            <div>
              财务资产管理部审核：
              <br />
              {signed(b.financeApprovedBy)}
            </div>
          </div>
          {b.paidOn && (
            <div className="meta" style={{ marginTop: '4mm' }}>
              <span>发放日期：{cnDate(b.paidOn)}</span>
              <span>支付凭证号：{b.paymentReference}</span>
              <span>发放人：{b.paidBy?.name ?? ''}</span>
            </div>
          )}
          <div className="note">
            依据沪工总办〔2017〕360号《大病职工慰问行动实施方案》三（五）：名单报市总权益保障部，经权益保障部、财务资产管理部共同审核通过后核拨；三（六）：会员服务卡不能使用的，划转至区局（产业）工会指定账户。身份证号已按规定隐去部分数字。打印时间：
            {dayjs().format('YYYY-MM-DD HH:mm')}
          </div>
        </>
      )}
    </PrintSheet>
  );
}
