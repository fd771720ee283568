import { PolicyVersionTag } from '../../components/policy-version-tag.tsx';
import { cite } from '../../components/cite.ts';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Col, DatePicker, Descriptions, Empty, Flex, Form, Row, Select, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { CalculatorOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError } from '../../api/client.ts';
import { useEvaluate, usePrograms, type EvaluateResult, type Program } from '../../api/policy.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { fieldName, ServerError } from '../../components/server-error.tsx';
import { TraceView, useKeyLabel, ValueView } from '../../components/policy-values.tsx';
import { formBody, initialValues, SchemaFields } from '../../components/schema-form.tsx';
import { ParameterPanel } from './parameter-panel.tsx';

const today = () => dayjs().format('YYYY-MM-DD');

function VersionList({ program, date }: { program: Program; date: string }) {
  const { t, pick } = useI18n();
  return (
    <div data-testid="policy-versions">
      {program.versions.map((v) => {
        const inForce = v.from <= date && (!v.to || date <= v.to);
        return (
          <div key={v.policy} style={{ marginBottom: 4 }}>
            <Tag color={inForce ? 'green' : 'default'}>
              {v.policy}
              {inForce ? ` · ${t('policy.inForce')}` : ''}
            </Tag>
            {v.carriedOver && (
              <Tag color="purple" data-testid="carried-over">
                {t('pv.carriedOver')}
              </Tag>
            )}
            <Typography.Text style={{ fontSize: 12 }}>
              {v.from} – {v.to ?? t('policy.open')}
            </Typography.Text>{' '}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {cite(v.source)}
              {v.note ? ` · ${cite(pick(v.note))}` : ''}
            </Typography.Text>
          </div>
        );
      })}
      {program.policyDate && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="policy-date-rule">
          {t('policy.policyDate')}: {pick(program.policyDate)}
        </Typography.Text>
      )}
    </div>
  );
}

function Result({ result, program }: { result: EvaluateResult; program: Program }) {
  const { t, pick, lang } = useI18n();
  const label = useKeyLabel();
  const outputs = [...new Set([...program.outputs, ...Object.keys(result.output)])].filter((k) => k in result.output);
  const unitOf = (k: string) => result.trace.find((e) => e.name === k || e.name === k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`))?.unit;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="policy-result" data-eligible={String(result.eligible)}>
      <Alert
        data-testid="policy-eligible"
        type={result.eligible ? 'success' : 'warning'}
        showIcon
        title={
          <span>
            {result.eligible ? t('policy.eligible') : t('policy.notEligible')}{' '}
            <PolicyVersionTag program={result.program} policy={result.policy} style={{ marginLeft: 8 }} />
          </span>
        }
        description={
          result.reasons.length ? (
            <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="policy-reasons">
              {result.reasons.map((r) => (
                <li key={r.code}>
                  {pick(r.message)}
                  {lang === 'en' && (
                    <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace' }}>
                      {' '}
                      {r.code}
                    </Typography.Text>
                  )}
                </li>
              ))}
            </ul>
          ) : undefined
        }
      />
      <Card size="small" title={t('policy.outputs')}>
        <Descriptions
          data-testid="policy-outputs"
          size="small"
          bordered
          column={1}
          styles={{ label: { width: 180 } }}
          items={outputs.map((k) => ({
            key: k,
            label: (
              <span>
                {label(k)}
                {lang === 'en' && label(k) !== k && <div style={{ fontSize: 11, color: '#8c8c8c', fontFamily: 'monospace' }}>{k}</div>}
              </span>
            ),
            children: (
              <span data-testid={`policy-output-${k}`}>
                <ValueView value={result.output[k]} k={k} unit={unitOf(k)} />
              </span>
            ),
          }))}
        />
      </Card>
    </Space>
  );
}

function TraceCard({ result }: { result: EvaluateResult }) {
  const { t } = useI18n();
  return (
    <Card
      size="small"
      title={t('policy.trace')}
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('policy.traceHint')}
        </Typography.Text>
      }
      style={{ marginTop: 16 }}
    >
      <TraceView trace={result.trace} />
    </Card>
  );
}

function EvaluatePanel({ program, date, onDate }: { program: Program; date: string; onDate: (d: string) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm();
  const evaluate = useEvaluate();
  const [error, setError] = useState<unknown>(null);
  const input = Form.useWatch('input', form) as Record<string, unknown> | undefined;
  const initial = useMemo(() => ({ date: dayjs(date), input: initialValues(program.inputSchema, { switches: true }) }), [program.code]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    form.resetFields();
    evaluate.reset();
    setError(null);
  }, [program.code]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    form.setFieldValue('date', dayjs(date));
  }, [date, form]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setError(null);
    // Clear the server's earlier errors on every field before asking again.
    form.setFields(Object.keys(program.inputSchema.properties ?? {}).map((k) => ({ name: ['input', k], errors: [] })));
    const d = (v.date as Dayjs).format('YYYY-MM-DD');
    evaluate.mutate(
      { program: program.code, date: d, input: formBody(program.inputSchema, v.input) },
      {
        onError: (e) => {
          // `input.plan` → the form field ['input', 'plan']; `date` → the date; the rest in the alert.
          if (!(e instanceof ApiError) || !e.errors.length) return setError(e);
          const props = Object.keys(program.inputSchema.properties ?? {});
          const placed: { name: (string | number)[]; errors: string[] }[] = [];
          let unmatched = 0;
          for (const fe of e.errors) {
            const path = fieldName(fe.field).split('.');
            if (path[0] === 'input' && path[1] && props.includes(path[1])) placed.push({ name: ['input', path[1]], errors: [fe.message] });
            else if (path[0] === 'date') placed.push({ name: ['date'], errors: [fe.message] });
            else unmatched++;
          }
          form.setFields(placed);
          setError(unmatched ? e : null);
        },
      },
    );
  };

  return (
    <>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Card size="small" title={t('policy.input')}>
            <Form form={form} layout="vertical" initialValues={initial} data-testid="policy-form" onFinish={submit} requiredMark>
              <Form.Item name="date" label={t('policy.evalDate')} rules={[{ required: true, message: t('common.required') }]} extra={t('policy.evalDateHint')}>
                <DatePicker data-testid="policy-eval-date" style={{ width: '100%' }} allowClear={false} onChange={(d) => d && onDate(d.format('YYYY-MM-DD'))} />
              </Form.Item>
              <SchemaFields schema={program.inputSchema} path={['input']} values={input} testIdPrefix="policy-input" showCodes />
              <Flex gap={8}>
                <Button type="primary" htmlType="submit" icon={<CalculatorOutlined />} loading={evaluate.isPending} data-testid="policy-evaluate">
                  {t('policy.evaluate')}
                </Button>
                <Button
                  onClick={() => {
                    form.resetFields();
                    evaluate.reset();
                    setError(null);
                  }}
                >
                  {t('common.reset')}
                </Button>
              </Flex>
            </Form>
            <ServerError error={error} style={{ marginTop: 12 }} testId="policy-error" />
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          {evaluate.data ? (
            <Result result={evaluate.data} program={program} />
          ) : (
            <Card size="small">
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('policy.emptyResult')} />
            </Card>
          )}
        </Col>
      </Row>
      {/* The trace is wide (values, sources, readings): full width under the form and the result. */}
      {evaluate.data && <TraceCard result={evaluate.data} />}
    </>
  );
}

export default function PolicyPage() {
  const { t, pick, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const { data, isLoading, error } = usePrograms();
  const programs = data?.items ?? [];
  const code = params.get('program') ?? programs[0]?.code;
  const date = params.get('date') ?? today();
  const tab = params.get('tab') === 'parameters' ? 'parameters' : 'evaluate';
  const program = programs.find((p) => p.code === code);
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch))
      if (v === undefined) next.delete(k);
      else next.set(k, v);
    setParams(next, { replace: true });
  };

  return (
    <div data-testid="policy-page">
      <PageHeader title={t('policy.title')} sub={t('policy.subtitle')} />
      <ServerError error={error} style={{ marginBottom: 16 }} />
      {isLoading ? (
        <Skeleton active />
      ) : (
        <>
          <Card style={{ marginBottom: 16 }}>
            <Row gutter={[16, 12]}>
              <Col xs={24} md={14}>
                <Typography.Text type="secondary">{t('policy.program')}</Typography.Text>
                <Select
                  data-testid="policy-program"
                  style={{ width: '100%', marginTop: 4 }}
                  value={code}
                  showSearch={{ optionFilterProp: 'label' }}
                  onChange={(v) => set({ program: v })}
                  options={programs.map((p) => ({ value: p.code, label: lang === 'en' ? `${pick(p.title)} · ${p.code}` : pick(p.title) }))}
                />
              </Col>
              <Col xs={24} md={10}>
                <Typography.Text type="secondary">{t('policy.date')}</Typography.Text>
                <DatePicker
                  data-testid="policy-date"
                  style={{ width: '100%', marginTop: 4 }}
                  value={dayjs(date)}
                  allowClear={false}
                  onChange={(d) => d && set({ date: d.format('YYYY-MM-DD') })}
                />
              </Col>
              {program && (
                <Col span={24}>
                  <VersionList program={program} date={date} />
                </Col>
              )}
            </Row>
          </Card>
          {program ? (
            <Tabs
              activeKey={tab}
              onChange={(k) => set({ tab: k === 'evaluate' ? undefined : k })}
              items={[
                {
                  key: 'evaluate',
                  label: <span data-testid="policy-tab-evaluate">{t('policy.tab.evaluate')}</span>,
                  children: <EvaluatePanel program={program} date={date} onDate={(d) => set({ date: d })} />,
                },
                {
                  key: 'parameters',
                  label: <span data-testid="policy-tab-parameters">{t('policy.tab.parameters', { date })}</span>,
                  children: <ParameterPanel code={program.code} date={date} />,
                },
              ]}
            />
          ) : (
            <Empty description={t('policy.noProgram')} />
          )}
        </>
      )}
    </div>
  );
}
