import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Card, Col, Input, Modal, Row, Select, Table } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { useBulkApprove, useQueue, type ApplicationQuery, type ApplicationRow, type BulkResult } from '../../api/applications.ts';
import { usePrograms } from '../../api/programs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ExportButton } from '../../components/export-button.tsx';
import { RemindButton } from '../../components/remind-button.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { applicationColumns } from './application-columns.tsx';

/** The reviewer's queue: applications whose current step is theirs, oldest deadline first. */
export default function QueuePage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const query: ApplicationQuery = {
    programId: Number(params.get('programId')) || undefined,
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || 50,
  };
  const { data, isFetching, error } = useQueue(query);
  const programs = usePrograms();
  const [selected, setSelected] = useState<number[]>([]);
  const [confirm, setConfirm] = useState(false);
  const [comment, setComment] = useState('');
  const [result, setResult] = useState<BulkResult | null>(null);
  const bulk = useBulkApprove();
  const rows = data?.items ?? [];
  const noOf = (id: number) => rows.find((r) => r.id === id)?.no ?? String(id);

  const run = () =>
    bulk.mutate(
      { ids: selected, ...(comment.trim() ? { comment: comment.trim() } : {}) },
      {
        onSuccess: (r) => {
          setResult(r);
          setConfirm(false);
          setSelected([]);
          setComment('');
          message.success(t('appl.bulkDone', { approved: r.approved, refused: r.refused }));
        },
      },
    );

  return (
    <div data-testid="queue-page">
      <PageHeader
        title={t('appl.queue')}
        sub={t('appl.queueSub')}
        extra={
          <>
            <RemindButton kind="reviews" />
            <ExportButton path="/applications/queue/export.xlsx" filters={{ programId: query.programId }} testId="queue-export" />
            <Button type="primary" icon={<CheckOutlined />} disabled={!selected.length} onClick={() => setConfirm(true)} data-testid="queue-bulk-approve">
              {t('appl.bulkApprove', { n: selected.length })}
            </Button>
          </>
        }
      />
      <Card styles={{ body: { paddingBottom: 8 } }} style={{ marginBottom: 16 }}>
        <Row gutter={12}>
          <Col xs={24} md={12} xl={8}>
            <Select
              data-testid="queue-filter-program"
              allowClear
              placeholder={t('appl.program')}
              value={query.programId}
              onChange={(v) => {
                const next = new URLSearchParams(params);
                if (v) next.set('programId', String(v));
                else next.delete('programId');
                next.delete('page');
                setParams(next, { replace: true });
              }}
              style={{ width: '100%' }}
              options={programs.data?.items.map((p) => ({ value: p.id, label: p.title }))}
            />
          </Col>
        </Row>
      </Card>
      {result && (
        <Alert
          data-testid="queue-bulk-result"
          closable={{ onClose: () => setResult(null) }}
          style={{ marginBottom: 16 }}
          type={result.refused ? 'warning' : 'success'}
          showIcon
          title={t('appl.bulkDone', { approved: result.approved, refused: result.refused })}
          description={
            result.refused ? (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {result.results
                  .filter((r) => !r.ok)
                  .map((r) => (
                    <li key={r.id}>
                      {noOf(r.id)}: {r.error?.message}
                    </li>
                  ))}
              </ul>
            ) : undefined
          }
        />
      )}
      <ServerError error={error ?? bulk.error} style={{ marginBottom: 16 }} />
      <Card styles={{ body: { padding: 0 } }}>
        <Table<ApplicationRow>
          data-testid="queue-table"
          rowKey="id"
          size="middle"
          loading={isFetching}
          dataSource={rows}
          columns={applicationColumns(t)}
          scroll={{ x: 1400 }}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys as number[]),
            getCheckboxProps: (r) => ({ disabled: !r.abilities.approve }),
          }}
          locale={{ emptyText: t('appl.queueEmpty') }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: data?.total ?? 0,
            showTotal: (total) => <span data-testid="queue-total">{t('common.total', { total })}</span>,
            onChange: (page) => {
              const next = new URLSearchParams(params);
              next.set('page', String(page));
              setParams(next, { replace: true });
            },
          }}
        />
      </Card>
      <Modal
        open={confirm}
        title={t('appl.bulkConfirm', { n: selected.length })}
        onCancel={() => setConfirm(false)}
        onOk={run}
        confirmLoading={bulk.isPending}
        okText={t('appl.approve')}
        okButtonProps={{ 'data-testid': 'queue-bulk-confirm' } as never}
      >
        <p>{selected.map(noOf).join('、')}</p>
        <Input.TextArea
          data-testid="queue-bulk-comment"
          rows={2}
          maxLength={500}
          placeholder={t('appl.commentOptional')}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </Modal>
    </div>
  );
}
