import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Col, Row, Skeleton, Space, Tabs } from 'antd';
import { ArrowLeftOutlined, EditOutlined, EyeInvisibleOutlined, EyeOutlined, StopOutlined, SwapOutlined } from '@ant-design/icons';
import { can, useMe } from '../../api/auth.ts';
import { ApiError } from '../../api/client.ts';
import { useMember, useMemberHistory, useRevealMember } from '../../api/members.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { StatusTag } from './member-labels.tsx';
import { CurrentMembershipCard, HistoryCard, PersonCard } from './member-view.tsx';
import { EditMemberModal, EndMembershipModal, TransferMemberModal } from './member-action-modals.tsx';
import { EntitlementsView } from './entitlements-view.tsx';
import { CardPanel } from './card-panel.tsx';

export default function MemberDetailPage() {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const id = Number(useParams().id);
  const { data: member, isLoading, error } = useMember(id);
  // A union the member has left gets a 404 on the record, but keeps its own rows of the history.
  const gone = error instanceof ApiError && error.status === 404;
  const past = useMemberHistory(id, gone);
  const reveal = useRevealMember();
  const [revealed, setRevealed] = useState<{ idNumber: string; mobile: string | null } | null>(null);
  const [dialog, setDialog] = useState<null | 'edit' | 'transfer' | 'end'>(null);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'entitlements' ? 'entitlements' : 'info';

  if (isLoading || (gone && past.isLoading)) return <Skeleton active />;
  if (gone && past.data)
    return (
      <div data-testid="member-detail-page">
        <PageHeader
          title={
            <Space>
              <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('common.back')} />
              <span data-testid="member-name">{past.data.name}</span>
              <span style={{ fontFamily: 'monospace', fontSize: 14 }}>{past.data.idNumber}</span>
            </Space>
          }
        />
        <Alert type="info" showIcon title={t('member.pastOnly')} style={{ marginBottom: 16 }} data-testid="member-past-only" />
        <HistoryCard history={past.data.history} />
      </div>
    );
  if (error || !member) return <ServerError error={error} />;
  const a = member.abilities;

  const askReveal = () =>
    modal.confirm({
      title: t('member.revealTitle'),
      content: t('member.revealConfirm'),
      okText: t('member.reveal'),
      okButtonProps: { 'data-testid': 'member-reveal-confirm' },
      onOk: () => reveal.mutateAsync(member.personId).then(setRevealed),
    });

  return (
    <div data-testid="member-detail-page">
      <PageHeader
        title={
          <Space>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('common.back')} />
            <span data-testid="member-name">{member.name}</span>
            {member.current ? <StatusTag status="active" /> : member.history[0] && <StatusTag status={member.history[0].status} />}
          </Space>
        }
        extra={
          <>
            {a.update && (
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="member-edit">
                {t('common.edit')}
              </Button>
            )}
            {a.transfer && (
              <Button icon={<SwapOutlined />} onClick={() => setDialog('transfer')} data-testid="member-transfer">
                {t('member.transfer')}
              </Button>
            )}
            {a.end && (
              <Button danger icon={<StopOutlined />} onClick={() => setDialog('end')} data-testid="member-end">
                {t('member.end')}
              </Button>
            )}
          </>
        }
      />
      {revealed && <Alert type="warning" showIcon title={t('member.revealed')} style={{ marginBottom: 16 }} data-testid="member-revealed" />}
      <ServerError error={reveal.error} style={{ marginBottom: 16 }} />
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'info' ? {} : { tab: k }, { replace: true })}
        items={[
          {
            key: 'info',
            label: <span data-testid="member-tab-info">{t('member.tab.info')}</span>,
            children: (
              <Row gutter={[16, 16]}>
                <Col span={24}>
                  <PersonCard
                    member={member}
                    revealed={revealed}
                    extra={
                      a.reveal &&
                      (revealed ? (
                        <Button size="small" icon={<EyeInvisibleOutlined />} onClick={() => setRevealed(null)}>
                          {t('member.hide')}
                        </Button>
                      ) : (
                        <Button size="small" icon={<EyeOutlined />} onClick={askReveal} loading={reveal.isPending} data-testid="member-reveal">
                          {t('member.reveal')}
                        </Button>
                      ))
                    }
                  />
                </Col>
                <Col xs={24} lg={12}>
                  <CurrentMembershipCard
                    m={member.current}
                    orgLink={can(me, 'orgs.read') ? (m) => <Link to={`/orgs?id=${m.orgId}`}>{m.orgName}</Link> : undefined}
                  />
                </Col>
                <Col xs={24} lg={12}>
                  <HistoryCard history={member.history} />
                </Col>
                {member.current && (
                  <Col span={24}>
                    <CardPanel personId={member.personId} />
                  </Col>
                )}
              </Row>
            ),
          },
          {
            key: 'entitlements',
            label: <span data-testid="member-tab-entitlements">{t('ent.title')}</span>,
            children: <EntitlementsView personId={member.personId} />,
          },
        ]}
      />
      <EditMemberModal open={dialog === 'edit'} member={member} onClose={() => setDialog(null)} />
      <TransferMemberModal open={dialog === 'transfer'} member={member} onClose={() => setDialog(null)} />
      <EndMembershipModal open={dialog === 'end'} member={member} onClose={() => setDialog(null)} />
    </div>
  );
}
