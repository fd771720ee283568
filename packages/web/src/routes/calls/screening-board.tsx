// 汇总梳理: the call's owner classifies proposals, merges them into candidates, returns what does not
// fit (with a reason the submitter reads), and shortlists or leaves out candidates with a rationale.
import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Col, Empty, Flex, Form, Input, List, Modal, Row, Select, Space, Tag, Typography } from 'antd';
import { CheckOutlined, CloseOutlined, MergeCellsOutlined, RollbackOutlined } from '@ant-design/icons';
import { categories, useCandidates, useProposals, useScreening, type Call, type Candidate, type Category, type Proposal } from '../../api/lifecycle.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { CategoryTag, useRange } from '../projects/lifecycle-ui.tsx';
import { ProposalStatusTag } from './proposal-list.tsx';

export function CandidateStatusTag({ c }: { c: Candidate }) {
  const { t } = useI18n();
  const color = c.status === 'shortlisted' ? 'success' : c.status === 'dropped' ? 'default' : 'gold';
  return (
    <Tag color={color} data-testid={`candidate-status-${c.id}`}>
      {t(`lc.c.status.${c.status}` as MessageKey)}
    </Tag>
  );
}

/** A modal asking for one text (a reason or rationale) before acting. */
export function ReasonModal({
  open,
  title,
  label,
  testId,
  onCancel,
  onOk,
  pending,
  error,
}: {
  open: boolean;
  title: string;
  label: string;
  testId: string;
  onCancel: () => void;
  onOk: (text: string) => void;
  pending: boolean;
  error: unknown;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ text: string }>();
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onCancel}
      destroyOnHidden
      okButtonProps={{ 'data-testid': `${testId}-submit` }}
      confirmLoading={pending}
      onOk={async () => {
        const v = await form.validateFields().catch(() => null);
        if (v) onOk(v.text.trim());
      }}
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="text" label={label} rules={[{ required: true, min: 2, whitespace: true, message: t('common.required') }]}>
          <Input.TextArea data-testid={testId} rows={3} maxLength={3000} />
        </Form.Item>
      </Form>
      <ServerError error={error} />
    </Modal>
  );
}

export function ScreeningBoard({ call }: { call: Call }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const range = useRange();
  const proposals = useProposals(call.id);
  const candidates = useCandidates(call.id);
  const screen = useScreening(call.id);
  const [selected, setSelected] = useState<number[]>([]);
  const [merging, setMerging] = useState(false);
  const [intoId, setIntoId] = useState<number>();
  const [returning, setReturning] = useState<Proposal | null>(null);
  const [deciding, setDeciding] = useState<{ c: Candidate; decision: 'shortlist' | 'drop' } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [mergeForm] = Form.useForm<{ title: string; summary?: string; category: Category }>();
  const active = call.abilities.screen;
  const stage = call.stages.find((s) => s.key === 'screening')!;

  const open = useMemo(() => (proposals.data?.items ?? []).filter((p) => p.status === 'submitted' || p.status === 'classified'), [proposals.data]);
  const settled = useMemo(() => (proposals.data?.items ?? []).filter((p) => p.status === 'merged' || p.status === 'returned'), [proposals.data]);
  const chosen = open.filter((p) => selected.includes(p.id));
  const catOptions = categories.map((c) => ({ value: c, label: t(`lc.cat.${c}` as MessageKey) }));
  const done = (msg = t('common.done')) => {
    message.success(msg);
    setError(null);
  };

  const startMerge = () => {
    const first = chosen[0];
    mergeForm.setFieldsValue({
      title: first?.title,
      summary: chosen.map((p) => p.introduction).join('\n'),
      category: chosen.find((p) => p.category)?.category ?? undefined,
    });
    setMerging(true);
  };

  return (
    <div data-testid="screening-board">
      {!active && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('lc.s.notScreening', { range: range(stage.startsOn, stage.endsOn) })} />}
      <ServerError error={error} style={{ marginBottom: 12 }} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={13}>
          <Card
            size="small"
            title={`${t('lc.s.proposals')}（${open.length}）`}
            extra={
              active && (
                <Space wrap>
                  <Typography.Text type="secondary">{t('lc.s.selected', { n: chosen.length })}</Typography.Text>
                  <Button size="small" type="primary" icon={<MergeCellsOutlined />} disabled={!chosen.length} onClick={startMerge} data-testid="screen-merge">
                    {t('lc.s.merge')}
                  </Button>
                  <Select
                    size="small"
                    placeholder={t('lc.s.mergeInto')}
                    style={{ width: 180 }}
                    disabled={!chosen.length}
                    value={intoId}
                    data-testid="screen-merge-into"
                    options={(candidates.data?.items ?? []).map((c) => ({ value: c.id, label: c.title }))}
                    onChange={(id: number) => {
                      setIntoId(id);
                      screen.link.mutate(
                        { id, proposalIds: chosen.map((p) => p.id) },
                        {
                          onSuccess: () => {
                            setSelected([]);
                            setIntoId(undefined);
                            done();
                          },
                          onError: (e) => {
                            setIntoId(undefined);
                            setError(e);
                          },
                        },
                      );
                    }}
                  />
                </Space>
              )
            }
          >
            <List
              data-testid="screen-proposals"
              loading={proposals.isLoading}
              dataSource={open}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('lc.p.none')} /> }}
              renderItem={(p) => (
                <List.Item data-testid={`screen-proposal-${p.id}`} style={{ alignItems: 'flex-start' }}>
                  <Flex gap={10} style={{ width: '100%' }}>
                    {active && (
                      <Checkbox
                        data-testid={`screen-select-${p.id}`}
                        checked={selected.includes(p.id)}
                        onChange={(e) => setSelected(e.target.checked ? [...selected, p.id] : selected.filter((x) => x !== p.id))}
                      />
                    )}
                    <div style={{ flex: 1, minWidth: 0 }}>
                      <Flex justify="space-between" gap={8} wrap>
                        <Typography.Text strong>{p.title}</Typography.Text>
                        <Space size={4}>
                          <Tag>{pick(p.formName)}</Tag>
                          <ProposalStatusTag p={p} />
                        </Space>
                      </Flex>
                      <Typography.Paragraph
                        type="secondary"
                        style={{ margin: '4px 0', fontSize: 13 }}
                        ellipsis={{ rows: 2, expandable: true, symbol: t('common.view') }}
                      >
                        {p.introduction}
                        {p.expectedOutcome ? ` —— ${t('lc.p.expectedOutcome')}：${p.expectedOutcome}` : ''}
                      </Typography.Paragraph>
                      <Flex justify="space-between" align="center" gap={8} wrap>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {p.submitter.orgName ?? p.submitter.name}
                        </Typography.Text>
                        <Space size={6}>
                          <Select
                            size="small"
                            style={{ width: 130 }}
                            placeholder={t('lc.s.classify')}
                            disabled={!p.abilities.classify}
                            value={p.category ?? undefined}
                            options={catOptions}
                            data-testid={`screen-classify-${p.id}`}
                            onChange={(category: Category) => screen.classify.mutate({ id: p.id, category }, { onSuccess: () => done(), onError: setError })}
                          />
                          <Button
                            size="small"
                            icon={<RollbackOutlined />}
                            disabled={!p.abilities.return}
                            onClick={() => setReturning(p)}
                            data-testid={`screen-return-${p.id}`}
                          >
                            {t('lc.s.return')}
                          </Button>
                        </Space>
                      </Flex>
                    </div>
                  </Flex>
                </List.Item>
              )}
            />
            {settled.length > 0 && (
              <List
                size="small"
                header={
                  <Typography.Text type="secondary">
                    {t('lc.p.status.merged')} / {t('lc.p.status.returned')}
                  </Typography.Text>
                }
                dataSource={settled}
                renderItem={(p) => (
                  <List.Item data-testid={`screen-proposal-${p.id}`}>
                    <Flex justify="space-between" gap={8} style={{ width: '100%' }} wrap>
                      <span>
                        {p.title} <CategoryTag category={p.category} />
                      </span>
                      <span>
                        <ProposalStatusTag p={p} />
                        {p.returnReason && (
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {p.returnReason}
                          </Typography.Text>
                        )}
                      </span>
                    </Flex>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={11}>
          <Card size="small" title={`${t('lc.s.candidates')}（${candidates.data?.items.length ?? 0}）`} data-testid="screen-candidates">
            {!candidates.data?.items.length && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('lc.s.noCandidates')} />}
            {candidates.data?.items.map((c) => (
              <Card key={c.id} size="small" type="inner" style={{ marginBottom: 8 }} data-testid={`candidate-${c.id}`}>
                <Flex justify="space-between" gap={8} wrap>
                  <Typography.Text strong>{c.title}</Typography.Text>
                  <Space size={4}>
                    <CategoryTag category={c.category} />
                    <CandidateStatusTag c={c} />
                  </Space>
                </Flex>
                <div style={{ fontSize: 12, margin: '6px 0' }}>
                  <Typography.Text type="secondary">{t('lc.s.sources')}：</Typography.Text>
                  {c.sourceProposals.map((s) => (
                    <Tag key={s.id} style={{ marginBottom: 4 }}>
                      {s.title}
                      {s.orgName ? ` · ${s.orgName}` : ''}
                    </Tag>
                  ))}
                </div>
                {c.rationale && (
                  <Typography.Paragraph style={{ fontSize: 13, marginBottom: 6 }}>
                    <Typography.Text type="secondary">{t('lc.s.rationale')}：</Typography.Text>
                    {c.rationale}
                  </Typography.Paragraph>
                )}
                {(c.abilities.shortlist || c.abilities.drop) && (
                  <Space>
                    <Button
                      size="small"
                      type="primary"
                      icon={<CheckOutlined />}
                      disabled={!c.abilities.shortlist}
                      onClick={() => setDeciding({ c, decision: 'shortlist' })}
                      data-testid={`candidate-shortlist-${c.id}`}
                    >
                      {t('lc.s.shortlist')}
                    </Button>
                    <Button
                      size="small"
                      icon={<CloseOutlined />}
                      disabled={!c.abilities.drop}
                      onClick={() => setDeciding({ c, decision: 'drop' })}
                      data-testid={`candidate-drop-${c.id}`}
                    >
                      {t('lc.s.drop')}
                    </Button>
                  </Space>
                )}
              </Card>
            ))}
          </Card>
        </Col>
      </Row>

      <Modal
        open={merging}
        title={t('lc.s.merge')}
        onCancel={() => setMerging(false)}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'candidate-form-submit' }}
        confirmLoading={screen.createCandidate.isPending}
        onOk={async () => {
          const v = await mergeForm.validateFields().catch(() => null);
          if (!v) return;
          screen.createCandidate.mutate(
            { title: v.title.trim(), summary: v.summary?.trim() ?? '', category: v.category, proposalIds: chosen.map((p) => p.id) },
            {
              onSuccess: () => {
                setMerging(false);
                setSelected([]);
                done();
              },
              onError: setError,
            },
          );
        }}
      >
        <Form form={mergeForm} layout="vertical" data-testid="candidate-form">
          <Typography.Paragraph type="secondary">{chosen.map((p) => p.title).join('、')}</Typography.Paragraph>
          <Form.Item name="title" label={t('lc.s.candidateTitle')} rules={[{ required: true, min: 2, whitespace: true, message: t('common.required') }]}>
            <Input data-testid="candidate-form-title" maxLength={200} />
          </Form.Item>
          <Form.Item name="category" label={t('lc.s.category')} rules={[{ required: true, message: t('common.required') }]}>
            <Select data-testid="candidate-form-category" options={catOptions} />
          </Form.Item>
          <Form.Item name="summary" label={t('lc.s.summary')}>
            <Input.TextArea rows={3} maxLength={5000} />
          </Form.Item>
        </Form>
        <ServerError error={screen.createCandidate.error} />
      </Modal>

      <ReasonModal
        open={!!returning}
        title={t('lc.s.returnTitle', { title: returning?.title ?? '' })}
        label={t('lc.s.reason')}
        testId="return-reason"
        pending={screen.returnProposal.isPending}
        error={screen.returnProposal.error}
        onCancel={() => setReturning(null)}
        onOk={(reason) =>
          screen.returnProposal.mutate(
            { id: returning!.id, reason },
            {
              onSuccess: () => {
                setReturning(null);
                done();
              },
            },
          )
        }
      />
      <ReasonModal
        open={!!deciding}
        title={t('lc.s.decideTitle', {
          action: deciding ? t(deciding.decision === 'shortlist' ? 'lc.s.shortlist' : 'lc.s.drop') : '',
          title: deciding?.c.title ?? '',
        })}
        label={t('lc.s.rationale')}
        testId="decide-rationale"
        pending={screen.decide.isPending}
        error={screen.decide.error}
        onCancel={() => setDeciding(null)}
        onOk={(rationale) =>
          screen.decide.mutate(
            { id: deciding!.c.id, decision: deciding!.decision, rationale },
            {
              onSuccess: () => {
                setDeciding(null);
                done();
              },
            },
          )
        }
      />
    </div>
  );
}
