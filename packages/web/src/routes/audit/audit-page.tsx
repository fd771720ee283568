// 审计日志 (issue 12 §3): the audit trail in Chinese, filtered by action, person, org and date; the
// export carries exactly the filters shown. Filters wrap onto a second line rather than clip.
import { Button, Card, Col, DatePicker, Descriptions, Flex, Input, Row, Select, Table, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useAudit, useAuditActions, type AuditEntry, type AuditQuery } from '../../api/audit.ts';
import { useI18n } from '../../i18n/index.tsx';
import { JsonView } from '../../components/json-view.tsx';
import { OrgSelect } from '../../components/org-select.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ExportButton } from '../../components/export-button.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { useListParams } from '../../components/use-list-params.ts';

export default function AuditPage() {
  const { t, tx, pick } = useI18n();
  const [params, set, clear] = useListParams();
  const q: AuditQuery = {
    action: params.get('action') || undefined,
    actor: params.get('actor') || undefined,
    orgId: Number(params.get('orgId')) || undefined,
    from: params.get('from') || undefined,
    to: params.get('to') || undefined,
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || 20,
  };
  const { data, isFetching, error } = useAudit(q);
  const actions = useAuditActions();
  const filters = { action: q.action, actor: q.actor, orgId: q.orgId, from: q.from, to: q.to };
  return (
    <div data-testid="audit-page">
      <PageHeader
        title={t('audit.title')}
        extra={
          // The export carries the filters shown.
          <ExportButton path="/audit/export.xlsx" filters={filters} testId="audit-export" />
        }
      />
      <Card style={{ marginBottom: 16 }} styles={{ body: { paddingBottom: 16 } }}>
        <Flex wrap gap={12} data-testid="audit-filters">
          <Select
            data-testid="audit-filter-action"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('audit.action')}
            value={q.action}
            loading={actions.isLoading}
            onChange={(v?: string) => set({ action: v })}
            style={{ width: 220 }}
            popupMatchSelectWidth={false}
            options={actions.data?.items.map((a) => ({ value: a.code, label: pick(a.name) }))}
          />
          <Input.Search
            data-testid="audit-filter-actor"
            allowClear
            placeholder={t('audit.actorPlaceholder')}
            defaultValue={q.actor}
            onSearch={(v) => set({ actor: v.trim() })}
            style={{ width: 220 }}
          />
          <OrgSelect testId="audit-filter-org" value={q.orgId} placeholder={t('audit.org')} onChange={(id) => set({ orgId: id })} style={{ width: 280 }} />
          <DatePicker.RangePicker
            data-testid="audit-filter-range"
            style={{ width: 280 }}
            value={q.from && q.to ? [dayjs(q.from), dayjs(q.to)] : null}
            onChange={(r) => set({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
          />
          <Button icon={<ReloadOutlined />} onClick={() => clear()} data-testid="audit-reset">
            {t('common.reset')}
          </Button>
        </Flex>
      </Card>
      <ServerError error={error} style={{ marginBottom: 16 }} />
      <Card styles={{ body: { padding: 0 } }}>
        <Table<AuditEntry>
          data-testid="audit-table"
          rowKey="id"
          size="small"
          loading={isFetching}
          dataSource={data?.items ?? []}
          scroll={{ x: 1100 }}
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
            {
              title: t('audit.at'),
              dataIndex: 'at',
              width: 160,
              render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{dayjs(v).format('YYYY-MM-DD HH:mm:ss')}</span>,
            },
            { title: t('audit.actor'), dataIndex: 'actor', width: 110 },
            { title: t('audit.role'), dataIndex: 'actorRole', width: 150, render: (v: string | null) => (v ? <Tag>{tx(`role.${v}`, v)}</Tag> : null) },
            { title: t('audit.action'), dataIndex: 'action', width: 150, render: (v: string, r) => <span title={v}>{pick(r.actionName)}</span> },
            { title: t('audit.object'), dataIndex: 'entity', width: 200, render: (_: string, r) => r.object },
            // The summary wraps: the whole text stays readable (and is the same in the export).
            {
              title: t('audit.summary'),
              dataIndex: 'summary',
              render: (v: unknown) => (
                <Typography.Text style={{ wordBreak: 'break-word' }}>{typeof v === 'string' ? v : v == null ? '' : JSON.stringify(v)}</Typography.Text>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
