import { useState } from 'react';
import { Button, Descriptions, Empty, Table, Tag, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useProposals, useRevealContact, type Proposal } from '../../api/lifecycle.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { CategoryTag } from '../projects/lifecycle-ui.tsx';

const statusColors = { submitted: 'processing', classified: 'gold', merged: 'success', returned: 'error' } as const;

export function ProposalStatusTag({ p }: { p: Proposal }) {
  const { t } = useI18n();
  return (
    <Tag color={statusColors[p.status]} data-testid={`proposal-status-${p.id}`}>
      {t(`lc.p.status.${p.status}` as MessageKey)}
    </Tag>
  );
}

const detailFields = [
  'introduction',
  'content',
  'targetGroup',
  'approach',
  'funding',
  'resources',
  'design',
  'expectedOutcome',
  'assessmentOfLastYear',
  'filledBy',
  'contactPhone',
] as const;

/** The masked contact phone; the call's officers may show it in full (the server audits each reveal). */
function ContactPhone({ p }: { p: Proposal }) {
  const { t } = useI18n();
  const reveal = useRevealContact();
  const [full, setFull] = useState<string | null>(null);
  return (
    <>
      <Typography.Text style={{ fontFamily: 'monospace' }} data-testid={`proposal-phone-${p.id}`}>
        {full ?? p.contactPhone}
      </Typography.Text>
      {p.abilities.revealContact && !full && (
        <Button
          size="small"
          type="link"
          icon={<EyeOutlined />}
          loading={reveal.isPending}
          onClick={() => reveal.mutateAsync(p.id).then((r) => setFull(r.contactPhone))}
          data-testid={`proposal-phone-reveal-${p.id}`}
        >
          {t('lc.p.revealContact')}
        </Button>
      )}
    </>
  );
}

/** The proposals a caller may read: all of them for the call's owner, one's own (or one's unions') otherwise. */
export function ProposalList({ callId }: { callId: number }) {
  const { t, pick } = useI18n();
  const { data, isLoading, error } = useProposals(callId);
  return (
    <>
      <ServerError error={error} />
      <Table<Proposal>
        data-testid="proposal-table"
        rowKey="id"
        size="middle"
        loading={isLoading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('lc.p.none')} /> }}
        onRow={(p) => ({ 'data-testid': `proposal-row-${p.id}` }) as React.HTMLAttributes<HTMLElement>}
        expandable={{
          expandedRowRender: (p) => (
            <Descriptions size="small" column={1} bordered>
              {detailFields
                .filter((f) => p[f])
                .map((f) => (
                  <Descriptions.Item key={f} label={t(`lc.p.${f}` as MessageKey)}>
                    {f === 'contactPhone' ? <ContactPhone p={p} /> : <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{p[f]}</Typography.Text>}
                  </Descriptions.Item>
                ))}
            </Descriptions>
          ),
        }}
        columns={[
          { title: t('lc.p.title'), dataIndex: 'title' },
          { title: t('lc.p.form'), key: 'form', width: 150, render: (_, p) => pick(p.formName) },
          { title: t('lc.p.submitter'), key: 'submitter', width: 200, render: (_, p) => p.submitter.orgName ?? p.submitter.name },
          { title: t('lc.s.category'), key: 'category', width: 110, render: (_, p) => <CategoryTag category={p.category} /> },
          {
            title: t('lc.p.status'),
            key: 'status',
            width: 220,
            render: (_, p) => (
              <>
                <ProposalStatusTag p={p} />
                {p.returnReason && (
                  <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }} data-testid={`proposal-return-reason-${p.id}`}>
                    {t('lc.p.returnReason')}：{p.returnReason}
                  </Typography.Text>
                )}
              </>
            ),
          },
        ]}
      />
    </>
  );
}
