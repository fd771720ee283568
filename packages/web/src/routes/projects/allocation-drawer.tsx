// 目标分配表: how a target is split over the unions below, split further down by a union holding a
// share, edited by hand or imported from a table (every row must add up, else nothing is written).
import { useMemo, useState } from 'react';
import { Alert, App, Button, Drawer, Flex, Grid, InputNumber, Modal, Space, Statistic, Table, Typography, Upload } from 'antd';
import { DeleteOutlined, DownloadOutlined, EditOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { ApiError, fileUrl } from '../../api/client.ts';
import {
  useAllocationMutations,
  useAllocations,
  type AllocationImport,
  type AllocationItem,
  type AllocationList,
  type Project,
  type TargetRow,
} from '../../api/lifecycle.ts';
import { useI18n } from '../../i18n/index.tsx';
import { OrgSelect } from '../../components/org-select.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { fmtNum } from './lifecycle-ui.tsx';

interface Holder {
  /** undefined: the list's owner splits the whole target. */
  orgId?: number;
  name: string;
  share: number;
}

type Node = AllocationItem & { children?: Node[] };

function tree(items: AllocationItem[]): Node[] {
  const ids = new Set(items.map((i) => i.orgId));
  const byParent = new Map<number | null, AllocationItem[]>();
  for (const i of items) {
    const p = i.parentOrgId !== null && ids.has(i.parentOrgId) ? i.parentOrgId : null;
    byParent.set(p, [...(byParent.get(p) ?? []), i]);
  }
  const build = (p: number | null): Node[] =>
    (byParent.get(p) ?? []).map((i) => {
      const children = build(i.orgId);
      return children.length ? { ...i, children } : { ...i };
    });
  return build(null);
}

function SplitModal({
  targetId,
  unit,
  holder,
  current,
  onClose,
}: {
  targetId: number;
  unit: string;
  holder: Holder;
  current: AllocationItem[];
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const m = useAllocationMutations(targetId);
  const [rows, setRows] = useState<{ orgId?: number; name?: string; value: number }[]>(() =>
    current.map((c) => ({ orgId: c.orgId, name: c.orgName, value: c.plannedValue })),
  );
  const sum = rows.reduce((a, r) => a + (r.value || 0), 0);
  const over = sum > holder.share;
  return (
    <Modal
      open
      width={640}
      title={t('lc.a.editTitle', { holder: holder.name, share: fmtNum(holder.share, lang), unit })}
      onCancel={onClose}
      okButtonProps={{ disabled: over || rows.some((r) => !r.orgId), 'data-testid': 'alloc-split-submit' }}
      confirmLoading={m.split.isPending}
      onOk={() =>
        m.split.mutate(
          { parentOrgId: holder.orgId, rows: rows.map((r) => ({ orgId: r.orgId!, value: r.value || 0 })) },
          {
            onSuccess: () => {
              message.success(t('common.saved'));
              onClose();
            },
          },
        )
      }
    >
      <div data-testid="alloc-split-form" style={{ maxHeight: 420, overflow: 'auto' }}>
        {rows.map((r, i) => (
          <Flex key={i} gap={8} style={{ marginBottom: 8 }}>
            <OrgSelect
              style={{ flex: 1 }}
              value={r.orgId}
              initialLabel={r.name}
              testId={`alloc-row-org-${i}`}
              kinds={['district', 'industry', 'street', 'park', 'grassroots']}
              onChange={(id, org) => setRows(rows.map((x, j) => (j === i ? { ...x, orgId: id, name: org?.name } : x)))}
            />
            <InputNumber
              data-testid={`alloc-row-value-${i}`}
              min={0}
              precision={0}
              value={r.value}
              style={{ width: 140 }}
              onChange={(v) => setRows(rows.map((x, j) => (j === i ? { ...x, value: Number(v ?? 0) } : x)))}
            />
            <Button icon={<DeleteOutlined />} onClick={() => setRows(rows.filter((_, j) => j !== i))} aria-label={t('common.delete')} />
          </Flex>
        ))}
      </div>
      <Flex justify="space-between" align="center" style={{ marginTop: 8 }}>
        <Button icon={<PlusOutlined />} onClick={() => setRows([...rows, { value: 0 }])} data-testid="alloc-add-row">
          {t('lc.a.addRow')}
        </Button>
        <Typography.Text type={over ? 'danger' : 'secondary'} data-testid="alloc-split-sum">
          {over
            ? t('lc.a.over', { sum: fmtNum(sum, lang), share: fmtNum(holder.share, lang) })
            : t('lc.a.summary', { allocated: fmtNum(sum, lang), unallocated: fmtNum(holder.share - sum, lang) })}
        </Typography.Text>
      </Flex>
      <ServerError error={m.split.error} style={{ marginTop: 12 }} />
    </Modal>
  );
}

function ImportModal({ targetId, holder, onClose }: { targetId: number; holder: Holder; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const m = useAllocationMutations(targetId);
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<AllocationImport | null>(null);
  const err = m.importFile.error;
  const rowErrors = err instanceof ApiError ? err.errors : [];
  const run = (dryRun: boolean) =>
    m.importFile.mutate(
      { file: file!, dryRun, parentOrgId: holder.orgId },
      {
        onSuccess: (r) => {
          if (r.dryRun) setChecked(r);
          else {
            message.success(t('lc.a.imported', { rows: r.rows }));
            onClose();
          }
        },
        onError: () => setChecked(null),
      },
    );
  return (
    <Modal
      open
      width={720}
      title={t('lc.a.importTitle')}
      onCancel={onClose}
      footer={
        <Space>
          <a href={fileUrl(`/targets/${targetId}/allocations/template`, { parentOrgId: holder.orgId })} data-testid="alloc-template">
            <Button icon={<DownloadOutlined />}>{t('lc.a.template')}</Button>
          </a>
          <Button
            disabled={!file}
            onClick={() => run(true)}
            loading={m.importFile.isPending && m.importFile.variables?.dryRun}
            data-testid="alloc-import-check"
          >
            {t('lc.a.check')}
          </Button>
          <Button
            type="primary"
            disabled={!checked}
            onClick={() => run(false)}
            loading={m.importFile.isPending && !m.importFile.variables?.dryRun}
            data-testid="alloc-import-run"
          >
            {t('lc.a.run')}
          </Button>
        </Space>
      }
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('lc.a.importHint')} />
      <Upload
        accept=".xlsx,.csv"
        maxCount={1}
        beforeUpload={(f) => {
          setFile(f);
          setChecked(null);
          m.importFile.reset();
          return false;
        }}
        onRemove={() => {
          setFile(null);
          setChecked(null);
        }}
      >
        <Button icon={<UploadOutlined />} data-testid="alloc-import-upload">
          {t('lc.a.import')}
        </Button>
      </Upload>
      {checked && (
        <Alert
          type="success"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="alloc-import-ok"
          title={t('lc.a.checkOk', { rows: checked.rows, sum: fmtNum(checked.sum, lang), expected: fmtNum(checked.expected, lang) })}
        />
      )}
      {err && <ServerError error={err} style={{ marginTop: 12 }} />}
      {rowErrors.length > 0 && (
        <Table
          data-testid="alloc-import-errors"
          size="small"
          style={{ marginTop: 12 }}
          rowKey={(_, i) => String(i)}
          pagination={{ pageSize: 8, hideOnSinglePage: true }}
          dataSource={rowErrors}
          columns={[{ title: t('lc.a.errors'), dataIndex: 'message' }]}
        />
      )}
    </Modal>
  );
}

export function AllocationDrawer({ project, target, onClose }: { project: Project; target: TargetRow; onClose: () => void }) {
  const { t, lang } = useI18n();
  const screens = Grid.useBreakpoint();
  const { data, isLoading, error } = useAllocations(target.targetId);
  const [splitting, setSplitting] = useState<Holder | null>(null);
  const [importing, setImporting] = useState<Holder | null>(null);
  const rows = useMemo(() => tree(data?.items ?? []), [data]);
  const owner = data && data.allocated !== undefined;
  const whole: Holder = { name: project.orgName, share: target.planned };
  const childrenOf = (d: AllocationList | undefined, h: Holder) =>
    (d?.items ?? []).filter((i) => (h.orgId === undefined ? i.parentOrgId === null || i.parentOrgId === project.orgId : i.parentOrgId === h.orgId));

  return (
    <Drawer
      open
      onClose={onClose}
      size={screens.md ? 820 : '100%'}
      title={t('lc.a.title', { indicator: target.indicator, planned: fmtNum(target.planned, lang), unit: target.unit })}
      destroyOnHidden
    >
      <ServerError error={error} />
      {owner && (
        <Flex gap={24} wrap style={{ marginBottom: 12 }}>
          <Statistic title={t('lc.t.planned')} value={target.planned} />
          <Statistic title={t('lc.a.total')} value={data.allocated} valueStyle={data.mismatch ? { color: '#cf1322' } : undefined} data-testid="alloc-total" />
          <Statistic title={t('lc.a.unallocated')} value={data.unallocated} />
        </Flex>
      )}
      {owner && data.mismatch && data.allocated! > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('lc.t.mismatch', { n: fmtNum(data.allocated, lang), planned: fmtNum(target.planned, lang) })}
        />
      )}
      {project.abilities.allocate && (
        <Space style={{ marginBottom: 12 }} wrap>
          <Button icon={<EditOutlined />} onClick={() => setSplitting(whole)} data-testid="alloc-edit">
            {t('lc.a.edit')}
          </Button>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(whole)} data-testid="alloc-import">
            {t('lc.a.import')}
          </Button>
        </Space>
      )}
      <Table<Node>
        data-testid="alloc-table"
        rowKey="id"
        size="small"
        loading={isLoading}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: t('lc.a.none') }}
        onRow={(r) => ({ 'data-testid': `alloc-row-${r.orgId}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '#', dataIndex: 'allocationNo', width: 56, render: (n: number | null) => n ?? '' },
          { title: t('lc.a.union'), dataIndex: 'orgName', render: (n: string, r) => r.shortName ?? n },
          { title: t('lc.a.share'), dataIndex: 'plannedValue', width: 100, align: 'right', render: (v: number) => fmtNum(v, lang) },
          { title: t('lc.a.splitDown'), dataIndex: 'splitDown', width: 100, align: 'right', render: (v: number) => (v ? fmtNum(v, lang) : '') },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 180,
            render: (_, r) =>
              r.abilities.split && (
                <Space size={4}>
                  <Button
                    size="small"
                    type="link"
                    onClick={() => setSplitting({ orgId: r.orgId, name: r.orgName, share: r.plannedValue })}
                    data-testid={`alloc-split-${r.orgId}`}
                  >
                    {t('lc.a.splitFurther')}
                  </Button>
                  <Button size="small" type="link" onClick={() => setImporting({ orgId: r.orgId, name: r.orgName, share: r.plannedValue })}>
                    {t('lc.a.import')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      {splitting && (
        <SplitModal targetId={target.targetId} unit={target.unit} holder={splitting} current={childrenOf(data, splitting)} onClose={() => setSplitting(null)} />
      )}
      {importing && <ImportModal targetId={target.targetId} holder={importing} onClose={() => setImporting(null)} />}
    </Drawer>
  );
}
