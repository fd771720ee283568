import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, App, Button, Card, Col, Descriptions, Popconfirm, Result, Row, Skeleton, Space, Typography } from 'antd';
import { CheckOutlined, CloseOutlined, EditOutlined, PrinterOutlined, RollbackOutlined, StopOutlined } from '@ant-design/icons';
import { ApiError } from '../../api/client.ts';
import { useApplication, useDecide, useWithdrawApplication, type Decision } from '../../api/applications.ts';
import { CancelBooking } from './cancel-booking.tsx';
import { useProgram } from '../../api/programs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { ApplicationStatusTag, ChannelTag, OverdueTag, StepText, yuan } from './application-labels.tsx';
import { DocumentList, EvaluationCard, FormValues, HistoryTimeline, lastDecisionNote } from './application-parts.tsx';
import { useDocName } from './application-form.tsx';
import { DecisionModal } from './decision-modal.tsx';

export default function ApplicationDetailPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const { data: a, isLoading, error } = useApplication(id);
  const program = useProgram(a?.programId);
  const docName = useDocName(program.data);
  const decide = useDecide();
  const withdraw = useWithdrawApplication();
  const navigate = useNavigate();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [modalKey, setModalKey] = useState(0);

  if (isLoading) return <Skeleton active />;
  if (error instanceof ApiError && error.status === 404)
    return <Result status="404" title={t('appl.notFound')} extra={<Link to="/applications">{t('common.back')}</Link>} />;
  if (error || !a) return <ServerError error={error} />;

  const act = (text: string) =>
    decide.mutate(
      { id: a.id, decision: decision!, text: text || undefined },
      {
        onSuccess: () => {
          message.success(t(`appl.done.${decision!}`));
          setDecision(null);
          setModalKey((k) => k + 1);
        },
      },
    );
  const note = lastDecisionNote(a);

  return (
    <div data-testid="application-detail">
      <PageHeader
        testId="application-no"
        title={
          <Space wrap>
            <span style={{ fontFamily: 'monospace' }}>{a.no}</span>
            <ApplicationStatusTag status={a.status} testId="application-status" />
            <OverdueTag overdue={a.overdue} />
          </Space>
        }
        sub={a.programTitle}
        extra={
          <>
            <Button icon={<PrinterOutlined />} href={`/print/applications/${a.id}`} target="_blank" data-testid="application-print">
              {t('print.application')}
            </Button>
            {a.abilities.approve && (
              <Button type="primary" icon={<CheckOutlined />} data-testid="application-approve" onClick={() => setDecision('approve')}>
                {t('appl.approve')}
              </Button>
            )}
            {a.abilities.return && (
              <Button icon={<RollbackOutlined />} data-testid="application-return" onClick={() => setDecision('return')}>
                {t('appl.return')}
              </Button>
            )}
            {/* The union that filed a returned application corrects and resubmits it, or withdraws it. */}
            {a.abilities.resubmit && (
              <Button type="primary" icon={<EditOutlined />} data-testid="application-resubmit" onClick={() => navigate(`/applications/${a.id}/edit`)}>
                {t('myp.editResubmit')}
              </Button>
            )}
            {a.abilities.withdraw && (
              <Popconfirm
                title={t('myp.withdrawConfirm')}
                onConfirm={() => withdraw.mutate(a.id, { onSuccess: () => message.success(t('myp.withdrawn')) })}
                okButtonProps={{ 'data-testid': 'application-withdraw-confirm' } as never}
              >
                <Button danger icon={<StopOutlined />} loading={withdraw.isPending} data-testid="application-withdraw">
                  {t('myp.withdraw')}
                </Button>
              </Popconfirm>
            )}
            {a.abilities.cancel && <CancelBooking id={a.id} testId="application-cancel" />}
            {a.abilities.reject && (
              <Button danger icon={<CloseOutlined />} data-testid="application-reject" onClick={() => setDecision('reject')}>
                {t('appl.reject')}
              </Button>
            )}
          </>
        }
      />
      <ServerError error={withdraw.error} style={{ marginBottom: 16 }} />
      {a.status === 'in-review' && !a.abilities.approve && a.step && (
        <Alert
          style={{ marginBottom: 16 }}
          type="info"
          showIcon
          data-testid="application-not-your-turn"
          title={t('appl.notYourTurn')}
          description={<StepText a={a} />}
        />
      )}
      {(a.status === 'returned' || a.status === 'rejected') && note && (
        <Alert
          style={{ marginBottom: 16 }}
          type={a.status === 'rejected' ? 'error' : 'warning'}
          showIcon
          data-testid="application-decision-note"
          title={t(a.status === 'rejected' ? 'appl.rejectedBecause' : 'appl.returnedBecause')}
          description={note}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('appl.summary')}>
              <Descriptions
                size="small"
                column={{ xs: 1, sm: 2 }}
                items={[
                  a.member
                    ? {
                        key: 'member',
                        label: t('appl.member'),
                        children: (
                          <span data-testid="application-member">
                            {a.member.name}（{a.member.memberNo}）
                          </span>
                        ),
                      }
                    : {
                        key: 'member',
                        label: t('appl.member'),
                        children: (
                          <span data-testid="application-member">
                            {a.applicant?.org?.name ?? a.org.name}（{t('appl.orgApplicant')}）
                          </span>
                        ),
                      },
                  ...(a.member
                    ? [{ key: 'id', label: t('appl.idNumber'), children: <span style={{ fontFamily: 'monospace' }}>{a.member.idNumber}</span> }]
                    : []),
                  { key: 'org', label: t('appl.org'), children: a.org.name },
                  { key: 'region', label: t('appl.region'), children: a.region?.name ?? t('common.none') },
                  { key: 'channel', label: t('appl.channel'), children: <ChannelTag channel={a.channel} /> },
                  { key: 'subject', label: t('appl.subject'), children: a.subject },
                  { key: 'applied', label: t('appl.appliedOn'), children: a.appliedOn },
                  { key: 'decided', label: t('appl.decidedOn'), children: a.decidedOn ?? t('common.none') },
                  { key: 'amount', label: t('appl.amount'), children: <b data-testid="application-amount">{yuan(a.amount)}</b> },
                  { key: 'step', label: t('appl.step'), children: <StepText a={a} /> },
                ]}
              />
            </Card>
            <FormValues form={a.form} programId={a.programId} />
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <DocumentList docs={a.documents} canView={a.abilities.viewDocuments} docName={docName} />
            <HistoryTimeline history={a.history} />
            {program.data && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <Link to={`/programs?id=${a.programId}`}>{t('appl.programRules')}</Link>
              </Typography.Text>
            )}
          </Space>
        </Col>
        <Col span={24}>
          <EvaluationCard ev={a.evaluation} amount={a.amount} program={a.program} programId={a.programId} />
        </Col>
      </Row>
      <DecisionModal
        key={modalKey}
        decision={decision}
        no={a.no}
        pending={decide.isPending}
        error={decide.error}
        onCancel={() => {
          setDecision(null);
          decide.reset();
        }}
        onOk={act}
      />
    </div>
  );
}
