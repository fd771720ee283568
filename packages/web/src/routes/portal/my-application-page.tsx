import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Result, Skeleton, Space, Steps, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { ApiError } from '../../api/client.ts';
import { useMyApplication, useWithdrawApplication, type ApplicationDetail } from '../../api/applications.ts';
import { CancelBooking } from '../applications/cancel-booking.tsx';
import { useProgram } from '../../api/programs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { ApplicationStatusTag, yuan } from '../applications/application-labels.tsx';
import { DocumentList, FormValues, HistoryTimeline, lastDecisionNote, ReasonList } from '../applications/application-parts.tsx';
import { useDocName } from '../applications/application-form.tsx';

/** Where the application stands in the program's chain, as steps a member can follow. */
function Progress({ a, chain }: { a: ApplicationDetail; chain: { name: { zh: string; en: string }; skipForChannels: string[] }[] }) {
  const { t, pick } = useI18n();
  const levels = chain.map((s, i) => ({ ...s, i })).filter((s) => !s.skipForChannels.includes(a.channel));
  const doneIdx = a.status === 'approved' ? levels.length + 1 : levels.findIndex((s) => s.i === a.step?.index) + 1;
  return (
    <Steps
      data-testid="my-application-progress"
      orientation="vertical"
      size="small"
      current={doneIdx}
      status={a.status === 'rejected' ? 'error' : undefined}
      items={[
        { title: t('myp.step.submitted'), content: a.appliedOn },
        ...levels.map((s) => ({ title: pick(s.name) })),
        { title: t('myp.step.decided'), content: a.decidedOn ?? undefined },
      ]}
    />
  );
}

export default function MyApplicationPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const { data: a, isLoading, error } = useMyApplication(id);
  const program = useProgram(a?.programId);
  const docName = useDocName(program.data);
  const withdraw = useWithdrawApplication();
  if (isLoading) return <Skeleton active />;
  if (error instanceof ApiError && error.status === 404)
    return <Result status="404" title={t('appl.notFound')} extra={<Link to="/me/applications">{t('common.back')}</Link>} />;
  if (error || !a) return <ServerError error={error} />;
  const note = lastDecisionNote(a);

  return (
    <div data-testid="my-application-page">
      <Card size="small" style={{ marginBottom: 12 }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'flex-start' }}>
          <Typography.Text strong>{a.programTitle}</Typography.Text>
          <ApplicationStatusTag status={a.status} testId="my-application-status" />
        </div>
        <Descriptions
          size="small"
          column={1}
          style={{ marginTop: 8 }}
          items={[
            {
              key: 'no',
              label: t('appl.no'),
              children: (
                <span data-testid="my-application-no" style={{ fontFamily: 'monospace' }}>
                  {a.no}
                </span>
              ),
            },
            { key: 'subject', label: t('appl.subject'), children: a.subject },
            { key: 'applied', label: t('appl.appliedOn'), children: a.appliedOn },
            {
              key: 'amount',
              label: t(a.status === 'approved' ? 'myp.approved' : 'myp.expected'),
              children: <b data-testid="my-application-amount">{yuan(a.amount)}</b>,
            },
          ]}
        />
        {a.status === 'returned' && (
          <Alert type="warning" showIcon style={{ marginTop: 8 }} data-testid="my-application-returned" title={t('appl.returnedBecause')} description={note} />
        )}
        {a.status === 'rejected' && (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 8 }}
            data-testid="my-application-rejected"
            title={t('appl.rejectedBecause')}
            description={
              <>
                {note}
                {!a.evaluation.eligible && <ReasonList reasons={a.evaluation.reasons} />}
              </>
            }
          />
        )}
        {a.status === 'approved' && (
          <Alert
            type="success"
            showIcon
            style={{ marginTop: 8 }}
            title={t('myp.approvedNotice', { amount: yuan(a.amount) })}
            description={<Link to="/me/payments">{t('myp.seePayments')}</Link>}
          />
        )}
        {a.abilities.cancel && (
          <div style={{ marginTop: 12 }}>
            <CancelBooking id={a.id} block testId="my-application-cancel" />
          </div>
        )}
        {(a.abilities.resubmit || a.abilities.withdraw) && (
          <Space style={{ marginTop: 12, width: '100%' }} orientation="vertical">
            {a.abilities.resubmit && (
              <Button
                type="primary"
                block
                icon={<EditOutlined />}
                data-testid="my-application-edit"
                onClick={() => navigate(`/me/apply/${a.programId}?edit=${a.id}`)}
              >
                {t('myp.editResubmit')}
              </Button>
            )}
            {a.abilities.withdraw && (
              <Popconfirm
                title={t('myp.withdrawConfirm')}
                onConfirm={() => withdraw.mutate(a.id, { onSuccess: () => message.success(t('myp.withdrawn')) })}
                okButtonProps={{ 'data-testid': 'my-application-withdraw-confirm' } as never}
              >
                <Button block danger loading={withdraw.isPending} data-testid="my-application-withdraw">
                  {t('myp.withdraw')}
                </Button>
              </Popconfirm>
            )}
            <ServerError error={withdraw.error} />
          </Space>
        )}
      </Card>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {program.data && (
          <Card size="small" title={t('myp.progress')}>
            <Progress a={a} chain={program.data.reviewChain} />
          </Card>
        )}
        <HistoryTimeline history={a.history} compact />
        <FormValues form={a.form} programId={a.programId} compact />
        <DocumentList docs={a.documents} canView={false} docName={docName} compact />
      </Space>
    </div>
  );
}
