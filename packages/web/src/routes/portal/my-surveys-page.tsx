import { Link } from 'react-router-dom';
import { Button, Card, Empty, Flex, Skeleton, Space, Tag, Typography } from 'antd';
import { CheckCircleOutlined, FormOutlined } from '@ant-design/icons';
import { useMySurveys } from '../../api/surveys.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ServerError } from '../../components/server-error.tsx';

/** 问卷: the satisfaction surveys open to the member now, answered or not. */
export default function MySurveysPage() {
  const { t } = useI18n();
  const { data, isLoading, error } = useMySurveys();
  if (isLoading) return <Skeleton active />;
  return (
    <div data-testid="my-surveys-page">
      <ServerError error={error} style={{ marginBottom: 12 }} />
      {!data?.items.length ? (
        <Card>
          <Empty description={t('sv.my.none')} />
        </Card>
      ) : (
        <Space orientation="vertical" size={10} style={{ width: '100%' }} data-testid="my-survey-list">
          {data.items.map((s) => (
            <Card key={s.id} size="small" data-testid={`my-survey-${s.id}`} data-responded={s.responded}>
              <Typography.Text strong style={{ display: 'block', fontSize: 15 }}>
                {s.title}
              </Typography.Text>
              {s.project && (
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {s.slate.year} · {s.project.no}. {s.project.title}
                </Typography.Text>
              )}
              <Flex justify="space-between" align="center" gap={8} style={{ marginTop: 8 }}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('sv.my.closes', { date: s.closesOn })} · {t('sv.questionCount', { n: s.questions.length })}
                </Typography.Text>
                {s.responded ? (
                  <Tag color="success" icon={<CheckCircleOutlined />} data-testid={`my-survey-done-${s.id}`}>
                    {t('sv.my.done')}
                  </Tag>
                ) : (
                  <Link to={`/me/surveys/${s.id}`} data-testid={`my-survey-answer-${s.id}`}>
                    <Button type="primary" size="small" icon={<FormOutlined />}>
                      {t('sv.my.answer')}
                    </Button>
                  </Link>
                )}
              </Flex>
            </Card>
          ))}
        </Space>
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 12 }}>
        {t('sv.my.anonymous')}
      </Typography.Paragraph>
    </div>
  );
}
