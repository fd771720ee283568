// The card-work index (000 “卡卡”服务会员行动 一): per union under mine (or the one chosen), members,
// card holders, covers and applicants of the year, and the four rates, with how each is counted.
import { useState } from 'react';
import { Alert, Button, Card, Select, Space, Table } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useCardWork, type CardWorkRow } from '../../api/cards.ts';
import { fileUrl } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { OrgSelect } from '../../components/org-select.tsx';
import { ServerError } from '../../components/server-error.tsx';

const pct = (r: number | null) => (r == null ? '—' : `${(r * 100).toFixed(1)}%`);
const num = (n: number) => n.toLocaleString('zh-CN');

export default function CardWorkPage() {
  const { t, pick } = useI18n();
  const thisYear = new Date().getFullYear();
  // The year defaults to the server's (its clock is the one every window is counted from).
  const [chosenYear, setYear] = useState<number | undefined>();
  const [orgId, setOrgId] = useState<number | undefined>();
  const { data, error, isFetching } = useCardWork(chosenYear, orgId);
  const year = chosenYear ?? data?.year;
  const columns = [
    { title: t('cw.org'), dataIndex: 'orgName', key: 'orgName' },
    { title: t('cw.members'), dataIndex: 'members', key: 'members', align: 'right' as const, render: num },
    { title: t('cw.holders'), dataIndex: 'holders', key: 'holders', align: 'right' as const, render: num },
    { title: t('cw.cardRate'), dataIndex: 'cardRate', key: 'cardRate', align: 'right' as const, render: pct },
    { title: t('cw.covered'), dataIndex: 'covered', key: 'covered', align: 'right' as const, render: num },
    { title: t('cw.coverRate'), dataIndex: 'coverRate', key: 'coverRate', align: 'right' as const, render: pct },
    { title: t('cw.users'), dataIndex: 'users', key: 'users', align: 'right' as const, render: num },
    { title: t('cw.useRate'), dataIndex: 'useRate', key: 'useRate', align: 'right' as const, render: pct },
    { title: t('cw.active'), dataIndex: 'active', key: 'active', align: 'right' as const, render: num },
    { title: t('cw.activationRate'), dataIndex: 'activationRate', key: 'activationRate', align: 'right' as const, render: pct },
  ];
  return (
    <div data-testid="card-work-page">
      <PageHeader
        title={t('cw.title')}
        extra={
          <Button icon={<DownloadOutlined />} href={fileUrl('/reports/card-work', { year, orgId, format: 'xlsx' })} data-testid="card-work-xlsx">
            {t('common.exportXlsx')}
          </Button>
        }
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <span>{t('cw.year')}</span>
        <Select
          data-testid="card-work-year"
          value={year}
          onChange={setYear}
          style={{ width: 110 }}
          options={Array.from({ length: 10 }, (_, i) => (data?.year ?? thisYear) + 1 - i).map((y) => ({ value: y, label: String(y) }))}
        />
        <span>{t('cw.org')}</span>
        <OrgSelect value={orgId} onChange={(id) => setOrgId(id)} style={{ width: 280 }} testId="card-work-org" />
      </Space>
      <ServerError error={error} />
      <Card>
        <Table<CardWorkRow>
          size="small"
          rowKey="orgId"
          loading={isFetching}
          data-testid="card-work-table"
          dataSource={data?.rows ?? []}
          columns={columns}
          pagination={(data?.rows.length ?? 0) > 50 ? { pageSize: 50 } : false}
          scroll={{ x: 900 }}
          summary={() =>
            data ? (
              <Table.Summary.Row data-testid="card-work-total">
                <Table.Summary.Cell index={0}>
                  <b>
                    {t('cw.total')}（{data.total.orgName}）
                  </b>
                </Table.Summary.Cell>
                {columns.slice(1).map((c, i) => (
                  <Table.Summary.Cell key={c.key} index={i + 1} align="right">
                    {(c.render as (v: never) => string)((data.total as unknown as Record<string, number | null>)[c.dataIndex] as never)}
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            ) : null
          }
        />
      </Card>
      {data && (
        <Alert
          style={{ marginTop: 16 }}
          type="info"
          showIcon
          title={t('cw.definitions')}
          data-testid="card-work-definitions"
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {[data.definitions.cardRate, data.definitions.coverRate, data.definitions.useRate, data.definitions.activationRate].map((d) => (
                <li key={d.zh}>{pick(d)}</li>
              ))}
              <li>{data.definitions.source}</li>
            </ul>
          }
        />
      )}
    </div>
  );
}
