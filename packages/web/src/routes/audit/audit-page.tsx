import { Button, Card, Col, DatePicker, Descriptions, Input, Row, Select, Space, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { fileUrl } from '../../api/client.ts';
import { ReloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useAudit, type AuditEntry, type AuditQuery } from '../../api/audit.ts';
import { useI18n } from '../../i18n/index.tsx';
import { JsonView } from '../../components/json-view.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { useListParams } from '../../components/use-list-params.ts';

const entities = ['member', 'org', 'account', 'import', 'system'];

export default function AuditPage() {
  const { t, tx, pick } = useI18n();
  const [params, set, clear] = useListParams();
  const q: AuditQuery = {
    entity: params.get('entity') || undefined,
    action: params.get('action') || undefined,
    actor: params.get('actor') || undefined,
    orgId: Number(params.get('orgId')) || undefined,
    from: params.get('from') || undefined,
    to: params.get('to') || undefined,
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || 20,
  };
  const { data, isFetching, error } = useAudit(q);
  return (
    <div data-testid="audit-page">
      <PageHeader title={t('audit.title')} />
      <Card style={{ marginBottom: 16 }} styles={{ body: { paddingBottom: 8 } }}>
        <Row gutter={[12, 12]}>
          <Col xs={12} md={6} xl={4}>
            <Select
              data-testid="audit-filter-entity"
              allowClear
              placeholder={t('audit.entity')}
              value={q.entity}
              onChange={(v) => set({ entity: v })}
              style={{ width: '100%' }}
              options={entities.map((e) => ({ value: e, label: tx(`audit.entity.${e}`, e) }))}
            />
          </Col>
          <Col xs={12} md={6} xl={5}>
            <Input.Search data-testid="audit-filter-action" allowClear placeholder={t('audit.actionPlaceholder')} defaultValue={q.action} onSearch={(v) => set({ action: v.trim() })} />
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Input.Search data-testid="audit-filter-actor" allowClear placeholder={t('audit.actorPlaceholder')} defaultValue={q.actor} onSearch={(v) => set({ actor: v.trim() })} />
          </Col>
          <Col xs={24} md={12} xl={7}>
            <DatePicker.RangePicker
              data-testid="audit-filter-range"
              style={{ width: '100%' }}
              value={q.from && q.to ? [dayjs(q.from), dayjs(q.to)] : null}
              onChange={(r) => set({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
            />
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Space>
              <Button icon={<ReloadOutlined />} onClick={() => clear()}>
                {t('common.reset')}
              </Button>
              {/* The export carries the filters shown. */}
              <Button icon={<DownloadOutlined />} data-testid="audit-export" href={fileUrl('/audit/export.xlsx', { entity: q.entity, action: q.action, actor: q.actor, orgId: q.orgId, from: q.from, to: q.to })}>
                {t('common.exportXlsx')}
              </Button>
            </Space>
          </Col>
        </Row>
      </Card>
      <ServerError error={error} style={{ marginBottom: 16 }} />
      <Card styles={{ body: { padding: 0 } }}>
        <Table<AuditEntry>
          data-testid="audit-table"
          rowKey="id"
          size="small"
          loading={isFetching}
          dataSource={data?.items ?? []}
          scroll={{ x: 1000 }}
          expandable={{
            expandedRowRender: (r) => (
              <div data-testid={`audit-detail-${r.id}`}>
                <Descriptions
                  size="small"
                  column={{ xs: 1, md: 3 }}
                  style={{ marginBottom: 8 }}
                  items={[
                    { key: 'ip', label: t('audit.ip'), children: r.ip ?? t('common.none') },
                    { key: 'req', label: t('audit.requestId'), children: r.requestId ?? t('common.none') },
                    { key: 'eid', label: t('audit.entityId'), children: r.entityId ?? t('common.none') },
                  ]}
                />
                <Row gutter={16}>
                  <Col xs={24} md={12}>
                    <div style={{ fontWeight: 500, marginBottom: 4 }}>{t('audit.before')}</div>
                    <JsonView value={r.before} />
                  </Col>
                  <Col xs={24} md={12}>
                    <div style={{ fontWeight: 500, marginBottom: 4 }}>{t('audit.after')}</div>
                    <JsonView value={r.after} />
                  </Col>
                </Row>
              </div>
            ),
          }}
          pagination={{
            current: q.page,
            pageSize: q.pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => set({ page, pageSize }),
          }}
          columns={[
            { title: t('audit.at'), dataIndex: 'at', width: 170, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss') },
            { title: t('audit.actor'), dataIndex: 'actor', width: 120 },
            { title: t('audit.role'), dataIndex: 'actorRole', width: 150, render: (v: string | null) => (v ? <Tag>{tx(`role.${v}`, v)}</Tag> : null) },
            { title: t('audit.action'), dataIndex: 'action', width: 160, render: (v: string, r) => <span title={v}>{pick(r.actionName)}</span> },
            { title: t('audit.entity'), dataIndex: 'entity', width: 140, render: (_: string, r) => r.object },
            { title: t('audit.summary'), dataIndex: 'summary', ellipsis: true },
          ]}
        />
      </Card>
    </div>
  );
}
