import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Progress, Result, Row, Space, Spin, Statistic, Steps, Table, Tag, Typography, Upload } from 'antd';
import { CloudUploadOutlined, DeleteOutlined, DownloadOutlined, InboxOutlined, ReloadOutlined, TeamOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useMe } from '../../api/auth.ts';
import { fileUrl } from '../../api/client.ts';
import {
  useCommitImport,
  useDiscardImport,
  useImportBatch,
  useImportProgress,
  useImports,
  useUploadMembers,
  type ImportBatch,
  type ImportListItem,
  type ImportStatus,
  type RowError,
} from '../../api/imports.ts';
import { memberKeys } from '../../api/members.ts';
import { useI18n } from '../../i18n/index.tsx';
import { OrgSelect } from '../../components/org-select.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ServerError } from '../../components/server-error.tsx';

const statusColor: Record<ImportStatus, string> = { validated: 'gold', importing: 'processing', imported: 'green', failed: 'red', discarded: 'default' };

function ImportStatusTag({ status }: { status: ImportStatus }) {
  const { t } = useI18n();
  return <Tag color={statusColor[status]}>{t(`import.status.${status}`)}</Tag>;
}

function ErrorTable({ batch }: { batch: ImportBatch }) {
  const { t } = useI18n();
  if (!batch.errorCount) return null;
  return (
    <div style={{ marginTop: 16 }}>
      <Space style={{ marginBottom: 8, justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Text strong>{t('import.errors')}</Typography.Text>
        <Button href={fileUrl(`/imports/${batch.id}/errors.xlsx`)} icon={<DownloadOutlined />} data-testid="import-error-report">
          {t('import.errorReport')}
        </Button>
      </Space>
      {batch.errorCount > batch.errors.length && (
        <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('import.errorsFirst', { n: batch.errors.length, total: batch.errorCount })} />
      )}
      <Table<RowError>
        data-testid="import-error-table"
        size="small"
        rowKey={(r, i) => `${r.row}-${r.column}-${i}`}
        dataSource={batch.errors}
        pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
        scroll={{ x: 640 }}
        columns={[
          { title: t('import.row'), dataIndex: 'row', width: 70 },
          { title: t('import.column'), dataIndex: 'column', width: 130 },
          {
            title: t('import.value'),
            dataIndex: 'value',
            width: 180,
            ellipsis: true,
            render: (v: string | null) => <span style={{ fontFamily: 'monospace' }}>{v ?? ''}</span>,
          },
          { title: t('import.message'), dataIndex: 'message' },
        ]}
      />
    </div>
  );
}

function Totals({ batch }: { batch: ImportBatch }) {
  const { t } = useI18n();
  return (
    <Row gutter={16} data-testid="import-summary">
      <Col xs={8}>
        <Statistic title={t('import.totalRows')} value={batch.total} />
      </Col>
      <Col xs={8}>
        <Statistic title={t('import.valid')} value={batch.validCount} styles={{ content: { color: '#389e0d' } }} data-testid="import-valid-count" />
      </Col>
      <Col xs={8}>
        <Statistic
          title={t('import.invalid')}
          value={batch.invalidCount}
          styles={{ content: { color: batch.invalidCount ? '#cf1322' : undefined } }}
          data-testid="import-invalid-count"
        />
      </Col>
    </Row>
  );
}

/** Step 3: the import job's progress, polled every 500 ms, then its result. */
function CommitProgress({ batch, onAgain }: { batch: ImportBatch; onAgain: () => void }) {
  const { t, tx } = useI18n();
  const qc = useQueryClient();
  const polling = batch.status === 'importing';
  const progress = useImportProgress(batch.id, polling);
  const p = progress.data;
  const status = p?.status ?? batch.status;
  useEffect(() => {
    if (p && p.status !== 'importing' && batch.status === 'importing') {
      void qc.invalidateQueries({ queryKey: ['imports'] });
      void qc.invalidateQueries({ queryKey: memberKeys.all });
      void qc.invalidateQueries({ queryKey: ['orgs'] });
    }
  }, [p, batch.status, qc]);

  if (status === 'imported')
    return (
      <Result
        data-testid="import-result"
        status="success"
        title={t('import.done', { n: p?.importedCount ?? batch.importedCount ?? batch.validCount })}
        subTitle={
          <>
            <div>{`${batch.fileName} · ${batch.orgName}`}</div>
            {batch.invalidCount > 0 && (
              <div>
                {t('import.skipped', { n: batch.invalidCount })} ·{' '}
                <a href={fileUrl(`/imports/${batch.id}/errors.xlsx`)} data-testid="import-error-report">
                  {t('import.errorReport')}
                </a>
              </div>
            )}
          </>
        }
        extra={[
          <Link key="m" to={batch.orgId ? `/members?orgId=${batch.orgId}` : '/members'}>
            <Button type="primary" icon={<TeamOutlined />} data-testid="import-to-members">
              {t('import.toMembers')}
            </Button>
          </Link>,
          <Button key="a" icon={<ReloadOutlined />} onClick={onAgain}>
            {t('import.again')}
          </Button>,
        ]}
      />
    );
  if (status === 'failed')
    return (
      <Result
        data-testid="import-result"
        status="error"
        title={t('import.failed')}
        subTitle={(p?.errors ?? batch.errors)
          .slice(0, 3)
          .map((e) => e.message)
          .join('；')}
        extra={<Button onClick={onAgain}>{t('import.again')}</Button>}
      />
    );
  const done = p?.progress?.done ?? 0;
  const total = p?.progress?.total || batch.validCount || 1;
  const percent = Math.min(100, Math.floor((done / total) * 100));
  return (
    <div style={{ padding: '24px 0', textAlign: 'center' }}>
      <Typography.Title level={5}>{t('import.importing')}</Typography.Title>
      <Progress data-testid="import-progress" percent={percent} status="active" style={{ maxWidth: 560 }} />
      <div>
        <Typography.Text type="secondary">
          {done} / {total}
          {p?.progress?.phase ? ` · ${t('import.phase', { phase: tx(`import.phase.${p.progress.phase}`, p.progress.phase) })}` : ''}
        </Typography.Text>
      </div>
      <ServerError error={progress.error} style={{ marginTop: 16 }} />
    </div>
  );
}

function PastBatches({ current, onOpen }: { current: number | null; onOpen: (id: number) => void }) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const { data, isFetching, error } = useImports(page, 10);
  return (
    <Card title={t('import.history')} style={{ marginTop: 16 }} styles={{ body: { padding: 0 } }}>
      <ServerError error={error} />
      <Table<ImportListItem>
        data-testid="import-history"
        size="small"
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items ?? []}
        scroll={{ x: 900 }}
        rowClassName={(r) => (r.id === current ? 'ant-table-row-selected' : '')}
        pagination={{ current: page, pageSize: 10, total: data?.total ?? 0, onChange: setPage, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          { title: '#', dataIndex: 'id', width: 60 },
          { title: t('import.file'), dataIndex: 'fileName', ellipsis: true },
          { title: t('member.org'), dataIndex: 'orgName', ellipsis: true },
          { title: t('import.createdAt'), dataIndex: 'createdAt', width: 150, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
          { title: t('import.totalRows'), dataIndex: 'total', width: 96 },
          { title: t('import.valid'), dataIndex: 'validCount', width: 96 },
          { title: t('import.invalid'), dataIndex: 'invalidCount', width: 96 },
          { title: t('import.imported'), dataIndex: 'importedCount', width: 96, render: (v: number | null) => v ?? t('common.none') },
          { title: t('common.status'), dataIndex: 'status', width: 90, render: (s: ImportStatus) => <ImportStatusTag status={s} /> },
          {
            title: t('common.actions'),
            width: 90,
            render: (_: unknown, r) => (
              <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(r.id)} data-testid={`import-open-${r.id}`}>
                {r.status === 'validated' ? t('import.resume') : t('common.view')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}

export default function ImportPage() {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const batchId = Number(params.get('batch')) || null;
  const [orgId, setOrgId] = useState<number | undefined>(me?.role === 'grassroots-officer' ? (me.orgId ?? undefined) : undefined);
  const [step, setStep] = useState(0);
  const batchQuery = useImportBatch(batchId);
  const batch = batchQuery.data ?? null;
  const upload = useUploadMembers();
  const commit = useCommitImport();
  const discard = useDiscardImport();

  const setBatch = (id: number | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('batch', String(id));
    else next.delete('batch');
    setParams(next, { replace: true });
  };
  const restart = () => {
    upload.reset();
    commit.reset();
    setBatch(null);
    setStep(0);
  };

  const current = batch ? (batch.status === 'validated' || batch.status === 'discarded' ? 1 : 2) : step;

  const onDiscard = () =>
    modal.confirm({
      title: t('import.discardConfirm'),
      okButtonProps: { danger: true, 'data-testid': 'import-discard-confirm' },
      onOk: () =>
        discard.mutateAsync(batch!.id).then(() => {
          message.info(t('import.discarded'));
          restart();
        }),
    });

  return (
    <div data-testid="import-page">
      <PageHeader title={t('import.title')} sub={batch ? `${t('import.batch', { id: batch.id })} · ${batch.fileName} · ${batch.orgName}` : undefined} />
      <Card>
        <Steps
          data-testid="import-steps"
          current={current}
          style={{ marginBottom: 24 }}
          items={[{ title: t('import.step.org') }, { title: t('import.step.upload') }, { title: t('import.step.commit') }]}
        />
        {batchId && batchQuery.isLoading && <Spin />}
        <ServerError error={batchQuery.error} />

        {current === 0 && (
          <div style={{ maxWidth: 640 }}>
            <Form layout="vertical">
              <Form.Item label={t('import.chooseOrg')} extra={t('import.chooseOrgHint')}>
                <OrgSelect
                  testId="import-org"
                  kind="grassroots"
                  value={orgId}
                  onChange={(id) => setOrgId(id)}
                  placeholder={t('member.orgPlaceholder')}
                  initialLabel={me?.role === 'grassroots-officer' ? (me.orgName ?? undefined) : undefined}
                />
              </Form.Item>
            </Form>
            <Space wrap>
              <Button href={fileUrl('/imports/template/members')} icon={<DownloadOutlined />} data-testid="import-template">
                {t('import.template')}
              </Button>
              <Button type="primary" onClick={() => setStep(1)} data-testid="import-next">
                {t('import.next')}
              </Button>
            </Space>
          </div>
        )}

        {current === 1 && !batch && (
          <div>
            <div data-testid="import-upload">
              <Upload.Dragger
                accept=".xlsx,.csv"
                multiple={false}
                showUploadList={false}
                disabled={upload.isPending}
                beforeUpload={(file) => {
                  upload.mutate({ orgId, file }, { onSuccess: (b) => setBatch(b.id) });
                  return false;
                }}
              >
                <p className="ant-upload-drag-icon">{upload.isPending ? <Spin /> : <InboxOutlined />}</p>
                <p className="ant-upload-text">{upload.isPending ? t('import.validating') : t('import.drag')}</p>
                <p className="ant-upload-hint">{t('import.dragHint')}</p>
              </Upload.Dragger>
            </div>
            <ServerError error={upload.error} style={{ marginTop: 16 }} testId="import-upload-error" />
            <Button style={{ marginTop: 16 }} onClick={() => setStep(0)}>
              {t('import.prev')}
            </Button>
          </div>
        )}

        {current === 1 && batch && (
          <div>
            {batch.status === 'discarded' && <Alert type="info" showIcon title={t('import.discarded')} style={{ marginBottom: 16 }} />}
            <Totals batch={batch} />
            <Alert
              style={{ marginTop: 16 }}
              type={batch.invalidCount ? (batch.validCount ? 'warning' : 'error') : 'success'}
              showIcon
              title={t('import.summary', { total: batch.total, valid: batch.validCount, invalid: batch.invalidCount })}
              description={batch.validCount ? undefined : t('import.noValid')}
            />
            <ErrorTable batch={batch} />
            <ServerError error={commit.error ?? discard.error} style={{ marginTop: 16 }} />
            {batch.status === 'validated' && (
              <Space wrap style={{ marginTop: 16 }}>
                <Button
                  type="primary"
                  icon={<CloudUploadOutlined />}
                  disabled={!batch.validCount}
                  loading={commit.isPending}
                  onClick={() => commit.mutate(batch.id)}
                  data-testid="import-commit"
                >
                  {t('import.commit', { n: batch.validCount })}
                </Button>
                <Button danger icon={<DeleteOutlined />} onClick={onDiscard} loading={discard.isPending} data-testid="import-discard">
                  {t('import.discard')}
                </Button>
                <Button
                  icon={<ReloadOutlined />}
                  onClick={() => {
                    upload.reset();
                    setBatch(null);
                    setStep(1);
                  }}
                  data-testid="import-reupload"
                >
                  {t('import.reupload')}
                </Button>
              </Space>
            )}
            {batch.status === 'discarded' && (
              <Button style={{ marginTop: 16 }} icon={<ReloadOutlined />} onClick={restart}>
                {t('import.again')}
              </Button>
            )}
          </div>
        )}

        {current === 2 && batch && <CommitProgress batch={batch} onAgain={restart} />}
      </Card>
      <PastBatches current={batchId} onOpen={(id) => setBatch(id)} />
    </div>
  );
}
