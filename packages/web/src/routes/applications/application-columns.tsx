import { Link } from 'react-router-dom';
import { Typography } from 'antd';
import type { ApplicationRow, ApplicationStatus } from '../../api/applications.ts';
import type { Translate } from '../../i18n/index.tsx';
import { ApplicationStatusTag, ChannelTag, OverdueTag, StepText, yuan } from './application-labels.tsx';

/** Columns shared by the officer's list and the review queue. */
export function applicationColumns(t: Translate) {
  return [
    {
      title: t('appl.no'),
      dataIndex: 'no',
      width: 150,
      fixed: 'left' as const,
      render: (no: string, r: ApplicationRow) => (
        <Link to={`/applications/${r.id}`} data-testid={`application-link-${r.no}`}>
          <span style={{ fontFamily: 'monospace' }}>{no}</span>
        </Link>
      ),
    },
    {
      title: t('appl.member'),
      key: 'member',
      width: 150,
      render: (_: unknown, r: ApplicationRow) => (
        <div>
          <div>{r.member?.name ?? r.applicant?.org?.name ?? r.org.name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: r.member ? 'monospace' : undefined }}>
            {r.member ? r.member.memberNo : t('appl.orgApplicant')}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('appl.program'),
      key: 'program',
      ellipsis: true,
      render: (_: unknown, r: ApplicationRow) => (
        <div style={{ minWidth: 0 }}>
          <Typography.Text ellipsis style={{ maxWidth: 300 }}>
            {r.programTitle}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }} ellipsis>
            {r.subject}
          </Typography.Text>
        </div>
      ),
    },
    { title: t('appl.org'), key: 'org', width: 200, ellipsis: true, render: (_: unknown, r: ApplicationRow) => r.org.name },
    { title: t('appl.channel'), dataIndex: 'channel', width: 100, render: (c: ApplicationRow['channel']) => <ChannelTag channel={c} /> },
    { title: t('appl.appliedOn'), dataIndex: 'appliedOn', width: 110 },
    { title: t('appl.amount'), dataIndex: 'amount', width: 110, align: 'right' as const, render: (n: number) => yuan(n) },
    { title: t('appl.step'), key: 'step', width: 230, render: (_: unknown, r: ApplicationRow) => <StepText a={r} /> },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 130,
      fixed: 'right' as const,
      render: (s: ApplicationStatus, r: ApplicationRow) => (
        <span>
          <ApplicationStatusTag status={s} testId={`application-status-${r.no}`} />
          <OverdueTag overdue={r.overdue} />
        </span>
      ),
    },
  ];
}
