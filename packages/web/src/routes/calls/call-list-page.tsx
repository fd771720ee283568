import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Button, Card, Flex, Grid, List, Select, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMe } from '../../api/auth.ts';
import { canLc, useCalls, type Call } from '../../api/lifecycle.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ExportButton } from '../../components/export-button.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { StageTag, useRange } from '../projects/lifecycle-ui.tsx';
import { CallFormModal } from './call-form-modal.tsx';

export default function CallListPage() {
  const { t } = useI18n();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const range = useRange();
  const screens = Grid.useBreakpoint();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || undefined;
  const { data, isFetching, error } = useCalls({ year });
  const [creating, setCreating] = useState(false);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 12 }, (_, i) => thisYear + 1 - i);

  const columns = [
    { title: t('lc.year'), dataIndex: 'year', width: 80 },
    {
      title: t('lc.calls.name'),
      dataIndex: 'title',
      render: (title: string, c: Call) => (
        <Link to={`/calls/${c.id}`} data-testid={`call-link-${c.id}`}>
          {title}
        </Link>
      ),
    },
    { title: t('lc.calls.org'), dataIndex: 'orgName', width: 200 },
    { title: t('lc.calls.stage'), dataIndex: 'stage', width: 110, render: (_: unknown, c: Call) => <StageTag stage={c.stage} /> },
    { title: t('lc.calls.collection'), key: 'collection', width: 220, render: (_: unknown, c: Call) => range(c.collectionStartsOn, c.collectionEndsOn) },
    {
      title: t('lc.calls.consultation'),
      key: 'consultation',
      width: 220,
      render: (_: unknown, c: Call) => range(c.consultationStartsOn, c.consultationEndsOn),
    },
  ];

  return (
    <div data-testid="calls-page">
      <PageHeader
        title={t('lc.calls.title')}
        sub={t('lc.calls.sub')}
        extra={
          <>
            <ExportButton path="/calls/export.xlsx" filters={{ year }} testId="calls-export" />
            {canLc(me, 'calls.manage') && (
              <Button type="primary" icon={<PlusOutlined />} data-testid="call-new" onClick={() => setCreating(true)}>
                {t('lc.calls.new')}
              </Button>
            )}
          </>
        }
      />
      <ServerError error={error} style={{ marginBottom: 12 }} />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Select
          data-testid="call-filter-year"
          allowClear
          placeholder={t('lc.allYears')}
          value={year}
          style={{ width: 160 }}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          onChange={(v?: number) => setParams(v ? { year: String(v) } : {}, { replace: true })}
        />
      </Card>
      {screens.md ? (
        <Table<Call>
          data-testid="call-table"
          rowKey="id"
          size="middle"
          loading={isFetching}
          columns={columns}
          dataSource={data?.items ?? []}
          pagination={false}
          scroll={{ x: 900 }}
        />
      ) : (
        <List
          data-testid="call-table"
          loading={isFetching}
          dataSource={data?.items ?? []}
          renderItem={(c) => (
            <Card size="small" style={{ marginBottom: 8 }} onClick={() => navigate(`/calls/${c.id}`)}>
              <Flex justify="space-between" gap={8}>
                <Link to={`/calls/${c.id}`} data-testid={`call-link-${c.id}`}>
                  <Typography.Text strong>{c.title}</Typography.Text>
                </Link>
                <StageTag stage={c.stage} />
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {c.orgName} · {range(c.collectionStartsOn, c.collectionEndsOn)}
              </Typography.Text>
            </Card>
          )}
        />
      )}
      <CallFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(c) => {
          setCreating(false);
          navigate(`/calls/${c.id}`);
        }}
      />
    </div>
  );
}
