// 区局申领: a regional union files its summary claim (申领汇总表 + 结算票据, 000 女职工 一(三)3, 二(四)2) for a kind
// and year; the federation's department accepts it (the total is paid to the district's account) or returns it.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Flex, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, FileDoneOutlined } from '@ant-design/icons';
import { can, useMe } from '../../api/auth.ts';
import { fileUrl } from '../../api/client.ts';
import { siteKinds, useClaimAction, useSiteClaim, useSiteClaims, type ClaimStatus, type SiteClaim, type SiteKind } from '../../api/sites.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { PhotoUpload } from './photo-upload.tsx';
import { kindLabel, useTx } from './sites-ui.tsx';
import { yuan } from '../applications/application-labels.tsx';

/** Yuan with two decimals and thousands separators, as the other money columns show them: 15,000.00. */
const amount = (v: number) => yuan(v).replace(/^¥/, '');

const statusColor: Record<ClaimStatus, string> = { filed: 'processing', accepted: 'green', returned: 'red' };

function FileClaimModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const tx = useTx();
  const { pick } = useI18n();
  const [kind, setKind] = useState<SiteKind>('nursing-room');
  const [year, setYear] = useState(new Date().getFullYear());
  const [voucherNo, setVoucherNo] = useState('');
  const [scan, setScan] = useState<number[]>([]);
  const action = useClaimAction();
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={tx('向市总工会申领补贴', 'File the summary claim')}
      destroyOnHidden
      okText={tx('提交申领', 'File')}
      cancelText={tx('取消', 'Cancel')}
      okButtonProps={{ loading: action.isPending, 'data-testid': 'claim-submit' } as any}
      onOk={async () => {
        await action
          .mutateAsync({ path: '', body: { kind, year, voucherNo: voucherNo.trim() || undefined, voucherDocumentId: scan.at(-1) } })
          .then(onClose, () => undefined);
      }}
    >
      <Typography.Paragraph type="secondary">
        {tx(
          '按本区局已验收、补助已核定且尚未申领或按阵地拨付的阵地生成申领汇总表，提交时固定；爱心妈咪小屋和亲子工作室须于项目年度 9 月 15 日前申领。',
          'The claim holds the district’s accepted sites with an approved grant not yet claimed or paid per site, frozen when filed; nursing rooms and childcare studios are claimed by 15 September of the program year.',
        )}
      </Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={tx('阵地类型', 'Kind')}>
          <Select value={kind} onChange={setKind} options={siteKinds.map((x) => ({ value: x, label: pick(kindLabel[x]) }))} data-testid="claim-file-kind" />
        </Form.Item>
        <Form.Item label={tx('资助年度', 'Program year')}>
          <InputNumber min={2016} max={2100} value={year} onChange={(v) => v && setYear(v)} data-testid="claim-file-year" />
        </Form.Item>
        <Form.Item label={tx('申领汇总表', 'Summary sheet')}>
          <a href={fileUrl('/sites/claims/summary.xlsx', { kind, year })}>
            <Button icon={<DownloadOutlined />}>{tx('下载申领汇总表（打印盖章）', 'Download to stamp')}</Button>
          </a>
        </Form.Item>
        <Form.Item
          label={tx('结算票据号码', 'Voucher number')}
          required
          extra={tx('区局（产业）工会开具的《上海市行政事业单位资金往来结算票据》', 'The union’s settlement voucher')}
        >
          <Input value={voucherNo} onChange={(e) => setVoucherNo(e.target.value)} maxLength={60} data-testid="claim-voucher-no" />
        </Form.Item>
        <Form.Item label={tx('结算票据扫描件', 'Voucher scan')} required>
          <PhotoUpload
            value={scan}
            onChange={setScan}
            type="settlement-voucher"
            testId="claim-voucher-upload"
            accept="application/pdf,image/jpeg,image/png"
            label={tx('上传扫描件', 'Upload the scan')}
          />
        </Form.Item>
      </Form>
      {action.error != null && <ServerError error={action.error} testId="claim-error" />}
    </Modal>
  );
}

function ClaimDetail({ id, onClose }: { id: number | null; onClose: () => void }) {
  const tx = useTx();
  const { pick } = useI18n();
  const claim = useSiteClaim(id);
  const action = useClaimAction();
  const [comment, setComment] = useState('');
  const c = claim.data;
  return (
    <Modal open={id !== null} onCancel={onClose} footer={null} width={820} title={c ? tx(`申领 ${c.no}`, `Claim ${c.no}`) : ''} destroyOnHidden>
      {c && (
        <>
          <Descriptions size="small" column={2} bordered data-testid="claim-detail">
            <Descriptions.Item label={tx('区局', 'District')}>{c.region.name}</Descriptions.Item>
            <Descriptions.Item label={tx('状态', 'Status')}>
              <Tag color={statusColor[c.status]}>{pick(c.statusName)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={tx('项目', 'Program')}>{c.program.title}</Descriptions.Item>
            <Descriptions.Item label={tx('申领金额', 'Total')}>
              {yuan(c.total)}（{tx(`${c.items} 处`, `${c.items} sites`)}）
            </Descriptions.Item>
            <Descriptions.Item label={tx('结算票据', 'Voucher')}>
              {c.voucherNo}　
              <a href={fileUrl(`/sites/claims/${c.id}/voucher`)} target="_blank" rel="noreferrer">
                {c.voucher.fileName}
              </a>
            </Descriptions.Item>
            <Descriptions.Item label={tx('申领期限', 'Deadline')}>{c.deadline ?? tx('文件未规定', 'none in the documents')}</Descriptions.Item>
            <Descriptions.Item label={tx('申领人', 'Filed by')}>
              {c.filedBy}（{c.filedOn}）
            </Descriptions.Item>
            <Descriptions.Item label={tx('拨付', 'Payment')}>
              {c.payout
                ? c.payout.paid
                  ? tx(`已拨付（${c.payout.batchNo}，${c.payout.paidOn}）`, `paid (${c.payout.batchNo})`)
                  : tx('已列入拨付，待结算', 'booked, awaiting the batch')
                : '—'}
            </Descriptions.Item>
            {c.comment && (
              <Descriptions.Item label={tx('审核意见', 'Comment')} span={2}>
                {c.comment}（{c.decidedBy}）
              </Descriptions.Item>
            )}
          </Descriptions>
          <Flex justify="flex-end" style={{ marginTop: 12 }}>
            {/* The claim's own 申领汇总表 (000 附件1/2): its rows as frozen when filed, tabled on the filing day. */}
            <a href={fileUrl(`/sites/claims/${c.id}/summary.xlsx`)} data-testid="claim-sheet">
              <Button icon={<DownloadOutlined />}>{tx('下载本申领的申领汇总表', 'Download this claim’s summary sheet')}</Button>
            </a>
          </Flex>
          <Table
            size="small"
            rowKey="siteId"
            style={{ marginTop: 8 }}
            pagination={false}
            dataSource={c.rows}
            data-testid="claim-rows"
            columns={[
              { title: tx('编号', 'No.'), dataIndex: 'siteNo', width: 140, render: (v, r) => <Link to={`/sites/${r.siteId}`}>{v}</Link> },
              { title: tx('名称', 'Name'), dataIndex: 'name' },
              { title: tx('所属单位', 'Union'), dataIndex: 'org', ellipsis: true },
              { title: tx('申领金额（元）', 'Amount (yuan)'), dataIndex: 'amount', width: 130, align: 'right', render: (v: number) => amount(v) },
            ]}
          />
          {(c.abilities.accept || c.abilities.return) && (
            <Flex vertical gap={8} style={{ marginTop: 12 }}>
              <Input.TextArea
                rows={2}
                maxLength={500}
                placeholder={tx('审核意见（退回时必填）', 'Comment (required to return)')}
                value={comment}
                onChange={(e) => setComment(e.target.value)}
                data-testid="claim-comment"
              />
              <Space>
                {c.abilities.accept && (
                  <Button
                    type="primary"
                    icon={<FileDoneOutlined />}
                    loading={action.isPending}
                    data-testid="claim-accept"
                    onClick={() =>
                      action.mutate(
                        { path: `/${c.id}/accept`, body: comment.trim() ? { comment: comment.trim() } : {} },
                        { onSuccess: () => void claim.refetch() },
                      )
                    }
                  >
                    {tx('受理并列入拨付', 'Accept and book')}
                  </Button>
                )}
                {c.abilities.return && (
                  <Button
                    danger
                    loading={action.isPending}
                    data-testid="claim-return"
                    onClick={() => action.mutate({ path: `/${c.id}/return`, body: { comment: comment.trim() } }, { onSuccess: () => void claim.refetch() })}
                  >
                    {tx('退回', 'Return')}
                  </Button>
                )}
              </Space>
              <Typography.Text type="secondary">
                {tx(
                  '受理后，申领总额一次列入区局收款账户的拨付；所列阵地原按单位计入的补助同时冲销，不重复拨付。',
                  'Accepting books the total once to the district’s account and reverses the sites’ own payables: nothing is paid twice.',
                )}
              </Typography.Text>
            </Flex>
          )}
          {action.error != null && <ServerError error={action.error} testId="claim-error" />}
        </>
      )}
    </Modal>
  );
}

export default function SiteClaimsPage() {
  const tx = useTx();
  const { pick } = useI18n();
  const { data: me } = useMe();
  const [status, setStatus] = useState<string | undefined>();
  const list = useSiteClaims({ ...(status ? { status } : {}) });
  const [filing, setFiling] = useState(false);
  const [open, setOpen] = useState<number | null>(null);
  const [paperYear, setPaperYear] = useState(new Date().getFullYear());
  const filer = me?.role === 'regional-officer' && can(me, 'sites.write');
  return (
    <>
      <PageHeader
        title={tx('区局申领', 'District claims')}
        extra={
          <>
            {filer && (
              <Button type="primary" icon={<FileDoneOutlined />} onClick={() => setFiling(true)} data-testid="claim-new">
                {tx('申领补贴', 'File a claim')}
              </Button>
            )}
            <Link to="/sites">
              <Button>{tx('阵地台账', 'Site register')}</Button>
            </Link>
          </>
        }
      />
      <Card>
        {filer && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            message={tx(
              '爱心妈咪小屋、亲子工作室：项目年度 9 月 15 日前凭申领汇总表和结算票据向市总工会申领（沪工总办〔2017〕360号）。其他阵地文件未规定申领期限。',
              'Nursing rooms and childcare studios: claim by 15 September of the program year with the summary sheet and the voucher. The other kinds have no claim deadline in the documents.',
            )}
          />
        )}
        <Flex gap={8} style={{ marginBottom: 12 }}>
          <Select
            allowClear
            style={{ width: 200 }}
            placeholder={tx('状态', 'Status')}
            value={status}
            onChange={setStatus}
            data-testid="claims-filter-status"
            options={(['filed', 'accepted', 'returned'] as const).map((s) => ({
              value: s,
              label: { filed: tx('待市总审核', 'Filed'), accepted: tx('已受理', 'Accepted'), returned: tx('已退回', 'Returned') }[s],
            }))}
          />
          {/* 000 女职工 一(三)4: the rooms of the accepted claims get next year's 《劳动报》, delivered in November–December. */}
          <Space.Compact style={{ marginLeft: 'auto' }}>
            <InputNumber
              min={2016}
              max={2100}
              value={paperYear}
              onChange={(v) => v && setPaperYear(v)}
              addonBefore={tx('申领年度', 'Claim year')}
              style={{ width: 190 }}
              data-testid="paper-year"
            />
            <a href={fileUrl('/sites/claims/newspaper-delivery.xlsx', { year: paperYear })} data-testid="paper-download">
              <Button icon={<DownloadOutlined />}>{tx('《劳动报》集订分送单', 'Newspaper delivery list')}</Button>
            </a>
          </Space.Compact>
        </Flex>
        <Table<SiteClaim>
          rowKey="id"
          size="middle"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          data-testid="claims-table"
          pagination={false}
          scroll={{ x: 900 }}
          columns={[
            {
              title: tx('申领编号', 'No.'),
              dataIndex: 'no',
              width: 140,
              render: (v, r) => (
                <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpen(r.id)} data-testid={`claim-link-${r.id}`}>
                  {v}
                </Button>
              ),
            },
            { title: tx('区局', 'District'), dataIndex: ['region', 'name'], width: 150 },
            { title: tx('类型', 'Kind'), dataIndex: 'kind', width: 130, render: (v: SiteKind) => pick(kindLabel[v]) },
            { title: tx('年度', 'Year'), dataIndex: 'year', width: 70 },
            { title: tx('阵地数', 'Sites'), dataIndex: 'items', width: 80 },
            { title: tx('申领金额（元）', 'Total (yuan)'), dataIndex: 'total', width: 130, align: 'right', render: (v: number) => amount(v) },
            { title: tx('结算票据', 'Voucher'), dataIndex: 'voucherNo', width: 130 },
            { title: tx('申领日期', 'Filed on'), dataIndex: 'filedOn', width: 110 },
            {
              title: tx('状态', 'Status'),
              dataIndex: 'status',
              width: 150,
              render: (v: ClaimStatus, r) => (
                <Tag color={statusColor[v]} data-testid="claim-status">
                  {pick(r.statusName)}
                </Tag>
              ),
            },
          ]}
        />
      </Card>
      <FileClaimModal open={filing} onClose={() => setFiling(false)} />
      <ClaimDetail id={open} onClose={() => setOpen(null)} />
    </>
  );
}
