// A survey's results: responses, response rate, average satisfaction; one chart per question from
// the server's ECharts option; free-text answers with a hide action (moderation, with a reason);
// the part of each regional union; export .xlsx.
import { useState } from 'react';
import { Alert, App, Button, Card, Col, Empty, Flex, Form, Input, List, Modal, Row, Skeleton, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import { DownloadOutlined, EyeInvisibleOutlined } from '@ant-design/icons';
import { surveyResultsXlsx, useSurveyMutations, useSurveyResults, type QuestionResult, type Survey, type SurveyResults } from '../../api/surveys.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { fmtNum } from '../projects/lifecycle-ui.tsx';
import { SurveyChart } from './survey-chart.tsx';

export function SurveyResultsView({ survey, projectId }: { survey: Survey; projectId: number }) {
  const { t, lang } = useI18n();
  const { data, isLoading, error } = useSurveyResults(survey.id);
  if (isLoading) return <Skeleton active />;
  if (!data) return <ServerError error={error} />;
  return (
    <div data-testid="survey-results" data-responses={data.responses}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('sv.r.title')} · {survey.title}
        </Typography.Title>
        <Button icon={<DownloadOutlined />} href={surveyResultsXlsx(survey.id)} data-testid="survey-export">
          {t('sv.r.export')}
        </Button>
      </Flex>
      {data.scope === 'own-region' && <Alert type="info" showIcon title={t('sv.r.ownRegion')} style={{ marginBottom: 12 }} />}
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={12} md={8}>
          <Card size="small">
            <Statistic title={t('sv.r.responses')} value={data.responses} valueRender={(v) => <span data-testid="survey-res-responses">{v}</span>} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('sv.r.asOf', { date: data.asOf })}
            </Typography.Text>
          </Card>
        </Col>
        {data.responseRate != null && (
          <Col xs={12} md={8}>
            <Card size="small">
              <Statistic title={t('sv.r.rate')} value={data.responseRate} suffix="%" valueRender={(v) => <span data-testid="survey-res-rate">{v}</span>} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('sv.r.rateOf', { n: fmtNum(data.audienceSize, lang) })}
              </Typography.Text>
            </Card>
          </Col>
        )}
        <Col xs={24} md={8}>
          <Card size="small">
            <Statistic
              title={t('sv.r.average')}
              value={data.ratingAverage ?? '—'}
              precision={data.ratingAverage == null ? undefined : 2}
              valueRender={(v) => <span data-testid="survey-res-average">{v}</span>}
            />
          </Card>
        </Col>
      </Row>
      {data.suppressed ? (
        <Alert type="warning" showIcon data-testid="survey-res-suppressed" title={t('sv.r.suppressed', { n: data.minimumGroup ?? 5 })} />
      ) : data.responses === 0 ? (
        <Empty description={t('sv.r.empty')} />
      ) : (
        <>
          {data.charts && data.questions.some((q) => q.kind === 'rating') && (
            <Card size="small" title={t('sv.r.ratings')} style={{ marginBottom: 12 }}>
              <SurveyChart option={data.charts.ratings} testId="survey-chart-ratings" height={220} />
            </Card>
          )}
          <Row gutter={[12, 12]}>
            {data.questions.map((q) => (
              <Col key={q.questionId} xs={24} lg={q.kind === 'text' ? 24 : 12}>
                <QuestionCard q={q} surveyId={survey.id} projectId={projectId} moderate={survey.abilities.moderate} />
              </Col>
            ))}
          </Row>
          {data.regions.length > 0 && <Regions data={data} />}
        </>
      )}
    </div>
  );
}

function QuestionCard({ q, surveyId, projectId, moderate }: { q: QuestionResult; surveyId: number; projectId: number; moderate: boolean }) {
  const { t } = useI18n();
  const title = (
    <span style={{ whiteSpace: 'normal' }}>
      {t('sv.q', { n: q.position })} · {q.prompt} <Tag style={{ marginLeft: 4 }}>{t(`sv.kind.${q.kind}` as MessageKey)}</Tag>
    </span>
  );
  return (
    <Card size="small" title={title} data-testid={`survey-q-${q.position}`} data-answered={q.answered} style={{ height: '100%' }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('sv.r.answered', { n: q.answered })}
        {q.kind === 'rating' && q.average != null && (
          <>
            {' '}
            · <b data-testid={`survey-avg-${q.position}`}>{t('sv.r.avg', { avg: q.average.toFixed(2) })}</b> · {t('sv.r.satisfied', { p: q.satisfiedPercent })}
          </>
        )}
      </Typography.Text>
      {q.kind === 'text' ? (
        <TextAnswers q={q} surveyId={surveyId} projectId={projectId} moderate={moderate} />
      ) : (
        <SurveyChart option={q.chart} testId={`survey-chart-${q.position}`} />
      )}
    </Card>
  );
}

function TextAnswers({
  q,
  surveyId,
  projectId,
  moderate,
}: {
  q: Extract<QuestionResult, { kind: 'text' }>;
  surveyId: number;
  projectId: number;
  moderate: boolean;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const m = useSurveyMutations(projectId);
  const [hiding, setHiding] = useState<string | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  if (!q.answers.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sv.r.noText')} />;
  return (
    <>
      <List
        size="small"
        data-testid={`survey-texts-${q.position}`}
        pagination={q.answers.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
        dataSource={q.answers}
        renderItem={(a) => (
          <List.Item
            data-testid={`survey-text-${a.responseId}`}
            data-hidden={a.hidden}
            actions={
              moderate && !a.hidden
                ? [
                    <Button
                      key="h"
                      size="small"
                      type="link"
                      danger
                      icon={<EyeInvisibleOutlined />}
                      data-testid={`survey-hide-${a.responseId}`}
                      onClick={() => {
                        form.resetFields();
                        setHiding(a.responseId);
                      }}
                    >
                      {t('sv.r.hide')}
                    </Button>,
                  ]
                : []
            }
          >
            {a.hidden ? (
              <Typography.Text type="secondary" italic>
                {t('sv.r.hidden', { reason: a.hiddenReason ?? '' })}
              </Typography.Text>
            ) : (
              a.text
            )}
          </List.Item>
        )}
      />
      <Modal
        open={!!hiding}
        title={t('sv.r.hideTitle')}
        onCancel={() => setHiding(null)}
        confirmLoading={m.hide.isPending}
        okButtonProps={{ danger: true, 'data-testid': 'survey-hide-submit' }}
        okText={t('sv.r.hide')}
        destroyOnHidden
        onOk={async () => {
          const v = await form.validateFields().catch(() => null);
          if (!v || !hiding) return;
          m.hide.mutate(
            { surveyId, responseId: hiding, questionId: q.questionId, reason: v.reason.trim() },
            {
              onSuccess: () => {
                message.success(t('sv.r.hidden.ok'));
                setHiding(null);
              },
            },
          );
        }}
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="reason" label={t('sv.r.hideReason')} rules={[{ required: true, whitespace: true, min: 2, message: t('common.required') }]}>
            <Input.TextArea data-testid="survey-hide-reason" maxLength={300} autoSize={{ minRows: 2 }} />
          </Form.Item>
        </Form>
        <ServerError error={m.hide.error} />
      </Modal>
    </>
  );
}

function Regions({ data }: { data: SurveyResults }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('sv.r.regions')} style={{ marginTop: 12 }}>
      <Table
        data-testid="survey-regions"
        size="small"
        rowKey={(r) => String(r.orgId)}
        pagination={false}
        dataSource={data.regions}
        columns={[
          { title: t('sv.r.region'), dataIndex: 'orgName', render: (n: string | null) => n ?? t('sv.r.regionNone') },
          { title: t('sv.responses'), dataIndex: 'responses', align: 'right', width: 110 },
          {
            title: t('sv.r.average'),
            dataIndex: 'ratingAverage',
            align: 'right',
            width: 200,
            render: (v: number | null) =>
              v == null ? (
                <Tooltip title={t('sv.r.regionSmall')}>
                  <span>—</span>
                </Tooltip>
              ) : (
                v.toFixed(2)
              ),
          },
        ]}
      />
    </Card>
  );
}
