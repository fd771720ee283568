// 阵地台账: the sites of my subtree, by kind, status and name; export and import as .xlsx.
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Button, Card, Flex, Form, Input, InputNumber, Modal, Select, Table, Typography } from 'antd';
import { DownloadOutlined, FileExcelOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { can, useMe } from '../../api/auth.ts';
import { fileUrl } from '../../api/client.ts';
import { siteKinds, siteStatuses, useSites, type Site, type SiteQuery } from '../../api/sites.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ExportButton } from '../../components/export-button.tsx';
import { kindLabel, statusLabel, StatusTag, useTx } from './sites-ui.tsx';
import { SiteImportModal } from './site-import-modal.tsx';

/**
 * The district's summary claim (申领汇总表, 沪工总办〔2017〕360号 附件1/2): its accepted sites of a kind
 * and year with an approved grant, to stamp and send to the federation with the settlement receipt.
 */
function ClaimModal({ open, onClose, kind }: { open: boolean; onClose: () => void; kind?: string }) {
  const tx = useTx();
  const { pick } = useI18n();
  const [k, setK] = useState(kind ?? 'nursing-room');
  const [year, setYear] = useState(new Date().getFullYear());
  return (
    <Modal open={open} onCancel={onClose} footer={null} title={tx('申领汇总表', 'Summary claim')} destroyOnHidden>
      <Typography.Paragraph type="secondary">
        {tx(
          '按本区局已验收、补助已核定的阵地生成，格式同《女职工幸福关爱行动申领汇总表》（沪工总办〔2017〕360号 附件1、附件2），打印盖章后连同结算票据报市总工会。',
          'Built from the district’s accepted sites with an approved grant, in the seed’s columns.',
        )}
      </Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={tx('阵地类型', 'Kind')}>
          <Select value={k} onChange={setK} options={siteKinds.map((x) => ({ value: x, label: pick(kindLabel[x]) }))} data-testid="claim-kind" />
        </Form.Item>
        <Form.Item label={tx('资助年度', 'Program year')}>
          <InputNumber min={2016} max={2100} value={year} onChange={(v) => v && setYear(v)} data-testid="claim-year" />
        </Form.Item>
      </Form>
      <a href={fileUrl('/sites/claims/summary.xlsx', { kind: k, year })} data-testid="claim-download">
        <Button type="primary" icon={<DownloadOutlined />}>
          {tx('下载申领汇总表', 'Download')}
        </Button>
      </a>
    </Modal>
  );
}

export default function SiteListPage() {
  const { pick } = useI18n();
  const tx = useTx();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  // 挂牌年度: the year's list of plaqued sites (issue 11 §3 “Plaques and the year's list”), on screen and as .xlsx.
  const plaqueYear = params.get('plaqueYear') ? Number(params.get('plaqueYear')) : undefined;
  const q = {
    // The URL's own values, as the filters wrote them (a stray one the server refuses by name).
    kind: (params.get('kind') ?? undefined) as SiteQuery['kind'],
    status: (params.get('status') ?? undefined) as SiteQuery['status'],
    q: params.get('q') ?? undefined,
    ...(plaqueYear ? { plaqueYear } : {}),
    page: Number(params.get('page') ?? 1),
    pageSize: 20,
  };
  const list = useSites(q);
  const [claim, setClaim] = useState(false);
  const [importing, setImporting] = useState(false);
  const set = (k: string, v?: string) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    if (k !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageHeader
        title={tx('阵地台账', 'Site register')}
        extra={
          <>
            <ExportButton path="/sites/export.xlsx" filters={{ kind: q.kind, status: q.status, q: q.q, plaqueYear }} testId="sites-export" />
            {can(me, 'sites.write') && (
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="sites-import">
                {tx('导入', 'Import')}
              </Button>
            )}
            {can(me, 'sites.inspect') && (
              <Button icon={<FileExcelOutlined />} onClick={() => setClaim(true)} data-testid="sites-claim">
                {tx('申领汇总表', 'Summary claim')}
              </Button>
            )}
            {can(me, 'sites.inspect') && (
              <Link to="/sites/claims">
                <Button data-testid="sites-claims">{tx('区局申领', 'District claims')}</Button>
              </Link>
            )}
            {can(me, 'sites.write') && (
              <Link to="/sites/new">
                <Button type="primary" icon={<PlusOutlined />} data-testid="sites-new">
                  {tx('登记阵地', 'Register a site')}
                </Button>
              </Link>
            )}
            <Link to="/public/sites">
              <Button>{tx('公开地图', 'Public map')}</Button>
            </Link>
          </>
        }
      />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Select
            allowClear
            style={{ width: 180 }}
            placeholder={tx('类型', 'Kind')}
            value={q.kind}
            onChange={(v) => set('kind', v)}
            options={siteKinds.map((k) => ({ value: k, label: pick(kindLabel[k]) }))}
            data-testid="sites-filter-kind"
          />
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={tx('状态', 'Status')}
            value={q.status}
            onChange={(v) => set('status', v)}
            options={siteStatuses.map((s) => ({ value: s, label: pick(statusLabel[s]) }))}
            data-testid="sites-filter-status"
          />
          <InputNumber
            min={2016}
            max={2100}
            style={{ width: 170 }}
            addonBefore={tx('挂牌年度', 'Plaqued')}
            value={plaqueYear ?? null}
            onChange={(v) => (v == null || (v >= 2016 && v <= 2100)) && set('plaqueYear', v ? String(v) : undefined)}
            data-testid="sites-filter-plaque-year"
          />
          <Input.Search
            allowClear
            style={{ width: 240 }}
            placeholder={tx('名称、地址或编号', 'Name, address or number')}
            defaultValue={q.q}
            onSearch={(v) => set('q', v)}
          />
        </Flex>
        <Table<Site>
          rowKey="id"
          size="middle"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          data-testid="sites-table"
          pagination={{
            current: q.page,
            pageSize: 20,
            total: list.data?.total ?? 0,
            onChange: (p) => set('page', String(p)),
            showTotal: (n) => tx(`共 ${n} 处`, `${n} sites`),
          }}
          scroll={{ x: 900 }}
          columns={[
            { title: tx('编号', 'No.'), dataIndex: 'no', width: 130 },
            {
              title: tx('名称', 'Name'),
              dataIndex: 'name',
              render: (v, r) => (
                <Link to={`/sites/${r.id}`} data-testid={`site-link-${r.id}`}>
                  {v}
                </Link>
              ),
            },
            { title: tx('类型', 'Kind'), dataIndex: 'kind', width: 130, render: (v) => pick(kindLabel[v as Site['kind']]) },
            { title: tx('所属工会', 'Union'), dataIndex: ['org', 'name'], ellipsis: true },
            { title: tx('区局', 'District'), dataIndex: ['region', 'name'], width: 130 },
            { title: tx('状态', 'Status'), dataIndex: 'status', width: 120, render: (v) => <StatusTag status={v} /> },
            { title: tx('挂牌年度', 'Plaque'), dataIndex: 'plaqueYear', width: 90 },
          ]}
        />
      </Card>
      <ClaimModal open={claim} onClose={() => setClaim(false)} kind={q.kind} />
      <SiteImportModal open={importing} onClose={() => setImporting(false)} />
    </>
  );
}
