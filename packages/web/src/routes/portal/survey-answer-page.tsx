// The member answers a survey on a phone: one card per question, big touch targets, required marks;
// a clear page after answering, and the same when the survey was already answered (server 409).
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Card, Checkbox, Flex, Input, Radio, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { ApiError } from '../../api/client.ts';
import { useRespond, useSurvey, type Answer, type Question } from '../../api/surveys.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ServerError } from '../../components/server-error.tsx';

type Value = { choice?: number; choices?: number[]; rating?: number; text?: string };

const answered = (q: Question, v: Value | undefined) =>
  q.kind === 'single'
    ? v?.choice !== undefined
    : q.kind === 'multiple'
      ? !!v?.choices?.length
      : q.kind === 'rating'
        ? v?.rating !== undefined
        : !!v?.text?.trim();

export default function SurveyAnswerPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const { data: survey, isLoading, error } = useSurvey(id);
  const respond = useRespond(id);
  const [values, setValues] = useState<Record<number, Value>>({});
  const [missing, setMissing] = useState<number | null>(null);
  const [done, setDone] = useState(false);
  const back = (
    <Link to="/me/surveys" data-testid="survey-back">
      <Button>{t('sv.a.back')}</Button>
    </Link>
  );

  if (isLoading) return <Skeleton active />;
  if (!survey) return <ServerError error={error} />;
  if (done) return <Result status="success" data-testid="survey-thanks" title={t('sv.a.thanks')} subTitle={t('sv.a.thanksSub')} extra={back} />;
  const already = survey.responded || (respond.error instanceof ApiError && respond.error.status === 409 && respond.error.code === 'already-responded');
  if (already)
    return (
      <Result
        status="info"
        data-testid="survey-already"
        title={t('sv.a.already')}
        subTitle={respond.error instanceof ApiError ? respond.error.title : t('sv.a.alreadySub')}
        extra={back}
      />
    );
  if (survey.state !== 'open')
    return <Result status="warning" data-testid="survey-closed" title={t('sv.a.closed')} subTitle={`${survey.opensOn} ~ ${survey.closesOn}`} extra={back} />;

  const set = (qid: number, v: Value) => {
    setValues((o) => ({ ...o, [qid]: { ...o[qid], ...v } }));
    if (missing === qid) setMissing(null);
  };
  const submit = () => {
    const gap = survey.questions.find((q) => q.required && !answered(q, values[q.id]));
    if (gap) {
      setMissing(gap.id);
      document.querySelector(`[data-testid="survey-q-${gap.position}"]`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      return;
    }
    const answers: Answer[] = survey.questions
      .filter((q) => answered(q, values[q.id]))
      .map((q) => {
        const v = values[q.id]!;
        return q.kind === 'single'
          ? { questionId: q.id, choice: v.choice }
          : q.kind === 'multiple'
            ? { questionId: q.id, choices: v.choices }
            : q.kind === 'rating'
              ? { questionId: q.id, rating: v.rating }
              : { questionId: q.id, text: v.text!.trim() };
      });
    respond.mutate(answers, {
      onSuccess: () => {
        setDone(true);
        window.scrollTo(0, 0);
      },
    });
  };
  const gapQuestion = survey.questions.find((q) => q.id === missing);

  return (
    <div data-testid="survey-answer-page">
      <Card size="small" style={{ marginBottom: 10 }}>
        <Typography.Title level={5} style={{ margin: 0 }} data-testid="survey-title">
          {survey.title}
        </Typography.Title>
        {survey.project && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {survey.slate.year} · {survey.project.no}. {survey.project.title}
          </Typography.Text>
        )}
        {survey.intro && <Typography.Paragraph style={{ margin: '8px 0 0', fontSize: 13 }}>{survey.intro}</Typography.Paragraph>}
        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginTop: 4 }}>
          {t('sv.my.closes', { date: survey.closesOn })} · {t('sv.my.anonymous')}
        </Typography.Text>
      </Card>
      <Space orientation="vertical" size={10} style={{ width: '100%' }}>
        {survey.questions.map((q) => {
          const v = values[q.id];
          return (
            <Card key={q.id} size="small" data-testid={`survey-q-${q.position}`} style={missing === q.id ? { borderColor: '#ff4d4f' } : undefined}>
              <div style={{ fontWeight: 500, marginBottom: 8 }}>
                {q.position}. {q.prompt}
                {q.required ? (
                  <abbr style={{ color: '#c8102e', marginLeft: 4, textDecoration: 'none' }} title={t('sv.a.required')}>
                    *
                  </abbr>
                ) : (
                  <Tag style={{ marginLeft: 6 }}>{t('sv.q.optional')}</Tag>
                )}
              </div>
              {q.kind === 'single' && (
                <Radio.Group value={v?.choice} onChange={(e) => set(q.id, { choice: e.target.value as number })} style={{ width: '100%' }}>
                  <Space orientation="vertical" style={{ width: '100%' }}>
                    {q.options.map((o, i) => (
                      <Radio key={i} value={i} data-testid={`survey-q-${q.position}-opt-${i}`} style={{ padding: '6px 0' }}>
                        {o}
                      </Radio>
                    ))}
                  </Space>
                </Radio.Group>
              )}
              {q.kind === 'multiple' && (
                <Checkbox.Group
                  value={v?.choices ?? []}
                  onChange={(c) => set(q.id, { choices: (c as number[]).slice().sort((a, b) => a - b) })}
                  style={{ width: '100%' }}
                >
                  <Space orientation="vertical" style={{ width: '100%' }}>
                    {q.options.map((o, i) => (
                      <Checkbox key={i} value={i} data-testid={`survey-q-${q.position}-opt-${i}`} style={{ padding: '6px 0' }}>
                        {o}
                      </Checkbox>
                    ))}
                  </Space>
                </Checkbox.Group>
              )}
              {q.kind === 'rating' && (
                <>
                  <Radio.Group
                    value={v?.rating}
                    onChange={(e) => set(q.id, { rating: e.target.value as number })}
                    optionType="button"
                    buttonStyle="solid"
                    style={{ display: 'flex', width: '100%' }}
                  >
                    {[1, 2, 3, 4, 5].map((n) => (
                      <Radio.Button key={n} value={n} style={{ flex: 1, textAlign: 'center', height: 40, lineHeight: '38px', fontSize: 16, padding: 0 }}>
                        <span data-testid={`survey-q-${q.position}-rate-${n}`} style={{ display: 'block' }}>
                          {n}
                        </span>
                      </Radio.Button>
                    ))}
                  </Radio.Group>
                  <Flex justify="space-between" style={{ fontSize: 12, color: '#888', marginTop: 4 }}>
                    <span>{t('sv.a.rate1')}</span>
                    <span>{t('sv.a.rate5')}</span>
                  </Flex>
                </>
              )}
              {q.kind === 'text' && (
                <Input.TextArea
                  value={v?.text ?? ''}
                  onChange={(e) => set(q.id, { text: e.target.value })}
                  maxLength={2000}
                  showCount
                  autoSize={{ minRows: 3, maxRows: 8 }}
                  placeholder={t('sv.a.textPlaceholder')}
                  data-testid={`survey-q-${q.position}-text`}
                />
              )}
              {missing === q.id && (
                <Typography.Text type="danger" style={{ fontSize: 12, display: 'block', marginTop: 6 }}>
                  {t('sv.a.missing', { n: q.position })}
                </Typography.Text>
              )}
            </Card>
          );
        })}
      </Space>
      {gapQuestion && (
        <Alert type="error" showIcon title={t('sv.a.missing', { n: gapQuestion.position })} style={{ marginTop: 10 }} data-testid="survey-missing" />
      )}
      <ServerError error={respond.error} style={{ marginTop: 10 }} />
      <Button type="primary" block size="large" style={{ marginTop: 12 }} loading={respond.isPending} onClick={submit} data-testid="survey-submit">
        {t('sv.a.submit')}
      </Button>
    </div>
  );
}
