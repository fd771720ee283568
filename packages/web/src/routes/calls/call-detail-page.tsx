import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Grid, Result, Skeleton, Steps, Tabs, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useMe } from '../../api/auth.ts';
import { useCall, type Call } from '../../api/lifecycle.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { StageTag, useRange } from '../projects/lifecycle-ui.tsx';
import { CallFormModal } from './call-form-modal.tsx';
import { Consultation } from './consultation.tsx';
import { ProposalForm } from './proposal-form.tsx';
import { ProposalList } from './proposal-list.tsx';
import { ScreeningBoard } from './screening-board.tsx';

const order = ['collection', 'screening', 'consultation', 'publication'] as const;

function CallSteps({ call }: { call: Call }) {
  const { pick } = useI18n();
  const range = useRange();
  const screens = Grid.useBreakpoint();
  const current = call.stage === 'upcoming' ? -1 : order.indexOf(call.stage);
  return (
    <Steps
      data-testid="call-steps"
      size="small"
      orientation={screens.md ? 'horizontal' : 'vertical'}
      current={Math.max(current, 0)}
      status={current < 0 ? 'wait' : call.stage === 'publication' ? 'finish' : 'process'}
      items={call.stages.map((s, i) => ({
        title: (
          <span data-testid={`call-step-${s.key}`} data-current={i === current ? 'true' : 'false'}>
            {pick(s.name)}
          </span>
        ),
        content: range(s.startsOn, s.endsOn),
      }))}
    />
  );
}

export default function CallDetailPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const { data: me } = useMe();
  const { data: call, isLoading, error } = useCall(id);
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState(false);
  const range = useRange();

  if (isLoading) return <Skeleton active />;
  if (error || !call || !me)
    return (
      <Result
        status="warning"
        title={<ServerError error={error} />}
        extra={
          <Link to="/calls">
            <Button>{t('common.back')}</Button>
          </Link>
        }
      />
    );

  const manage = call.abilities.moderate;
  const collection = call.stages[0]!;
  const items = [
    {
      key: 'overview',
      label: t('lc.call.tab.overview'),
      children: (
        <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered data-testid="call-overview">
          <Descriptions.Item label={t('lc.calls.org')}>{call.orgName}</Descriptions.Item>
          <Descriptions.Item label={t('lc.year')}>{call.year}</Descriptions.Item>
          {call.stages.map((s) => (
            <Descriptions.Item key={s.key} label={t(`lc.stage.${s.key}`)}>
              {range(s.startsOn, s.endsOn)}
            </Descriptions.Item>
          ))}
          <Descriptions.Item label={t('lc.calls.maxSupports')}>{call.maxSupports}</Descriptions.Item>
          <Descriptions.Item label={t('lc.calls.hideTallies')}>{call.hideTallies ? t('common.yes') : t('common.no')}</Descriptions.Item>
          {call.publicationEvent && (
            <Descriptions.Item label={t('lc.calls.publicationEvent')} span={2}>
              {call.publicationEvent}
            </Descriptions.Item>
          )}
          {call.counts && (
            <Descriptions.Item label={t('lc.call.tab.proposals')} span={2}>
              <span data-testid="call-counts">{t('lc.call.counts', { n: call.counts.proposals, linked: call.counts.linked })}</span>
            </Descriptions.Item>
          )}
          {call.principles && (
            <Descriptions.Item label={t('lc.calls.principles')} span={2}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} ellipsis={{ rows: 6, expandable: true, symbol: t('common.view') }}>
                {call.principles}
              </Typography.Paragraph>
            </Descriptions.Item>
          )}
        </Descriptions>
      ),
    },
    ...(call.abilities.submit
      ? [
          {
            key: 'submit',
            label: <span data-testid="call-tab-submit">{t('lc.call.tab.submit')}</span>,
            children: <ProposalForm call={call} me={me} onDone={() => setParams({ tab: 'proposals' }, { replace: true })} />,
          },
        ]
      : []),
    {
      key: 'proposals',
      label: <span data-testid="call-tab-proposals">{manage ? t('lc.call.tab.proposals') : t('lc.call.tab.mine')}</span>,
      children: <ProposalList callId={call.id} />,
    },
    ...(manage
      ? [{ key: 'screening', label: <span data-testid="call-tab-screening">{t('lc.call.tab.screening')}</span>, children: <ScreeningBoard call={call} /> }]
      : []),
    { key: 'consultation', label: <span data-testid="call-tab-consultation">{t('lc.call.tab.consultation')}</span>, children: <Consultation call={call} /> },
  ];
  const fallback = call.abilities.submit ? 'submit' : call.stage === 'consultation' ? 'consultation' : call.abilities.screen ? 'screening' : 'overview';
  const wanted = params.get('tab');
  const active = items.some((i) => i.key === wanted) ? wanted! : fallback;

  return (
    <div data-testid="call-detail">
      <PageHeader
        title={<span data-testid="call-title">{call.title}</span>}
        sub={
          <>
            {call.orgName} · {call.year} <StageTag stage={call.stage} />
          </>
        }
        extra={
          call.abilities.update && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="call-edit">
              {t('lc.calls.edit')}
            </Button>
          )
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <CallSteps call={call} />
      </Card>
      {!call.abilities.submit && call.stage === 'collection' && !manage && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('lc.call.submitClosed', { range: range(collection.startsOn, collection.endsOn) })} />
      )}
      <Card size="small">
        <Tabs activeKey={active} onChange={(k) => setParams({ tab: k }, { replace: true })} items={items} />
      </Card>
      <CallFormModal open={editing} call={call} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />
    </div>
  );
}
