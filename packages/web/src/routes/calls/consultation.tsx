// 征求意见: the shortlist, a support button per candidate (limited per account), comments and moderation.
import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Flex, Input, List, Space, Tag, Typography } from 'antd';
import { CommentOutlined, EyeInvisibleOutlined, LikeFilled, LikeOutlined } from '@ant-design/icons';
import { useAddComment, useCandidates, useComments, useHideComment, useSupport, type Call, type Candidate } from '../../api/lifecycle.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { CategoryTag, useRange } from '../projects/lifecycle-ui.tsx';
import { CandidateStatusTag, ReasonModal } from './screening-board.tsx';

function Comments({ c, call }: { c: Candidate; call: Call }) {
  const { t, lang } = useI18n();
  const { data, isLoading } = useComments(c.id);
  const add = useAddComment(c.id);
  const hide = useHideComment(c.id);
  const [text, setText] = useState('');
  const [hiding, setHiding] = useState<number | null>(null);
  const canWrite = call.stage === 'consultation' && call.abilities.support;
  return (
    <div data-testid={`comments-${c.id}`} style={{ marginTop: 8 }}>
      <List
        size="small"
        loading={isLoading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('lc.v.noComments') }}
        renderItem={(m) => (
          <List.Item
            data-testid={`comment-${m.id}`}
            actions={
              m.abilities.hide
                ? [
                    <Button
                      key="hide"
                      size="small"
                      type="link"
                      icon={<EyeInvisibleOutlined />}
                      onClick={() => setHiding(m.id)}
                      data-testid={`comment-hide-${m.id}`}
                    >
                      {t('lc.v.hide')}
                    </Button>,
                  ]
                : []
            }
          >
            <div style={{ minWidth: 0 }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {m.author} · {new Date(m.createdAt).toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN')}
              </Typography.Text>
              {m.body !== null && (
                <div style={{ whiteSpace: 'pre-wrap', color: m.hidden ? '#999' : undefined, textDecoration: m.hidden ? 'line-through' : undefined }}>
                  {m.body}
                </div>
              )}
              {m.hidden && (
                <Typography.Text type="warning" style={{ fontSize: 12, display: 'block' }} data-testid={`comment-hidden-${m.id}`}>
                  {t('lc.v.hiddenNote', { reason: m.hiddenReason ?? '' })}
                </Typography.Text>
              )}
            </div>
          </List.Item>
        )}
      />
      {canWrite && (
        <Space.Compact style={{ width: '100%', marginTop: 8 }}>
          <Input.TextArea
            data-testid={`comment-input-${c.id}`}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t('lc.v.commentPlaceholder')}
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={2000}
          />
          <Button
            type="primary"
            data-testid={`comment-submit-${c.id}`}
            disabled={!text.trim()}
            loading={add.isPending}
            onClick={() => add.mutate(text.trim(), { onSuccess: () => setText('') })}
          >
            {t('lc.v.addComment')}
          </Button>
        </Space.Compact>
      )}
      <ServerError error={add.error} style={{ marginTop: 8 }} />
      <ReasonModal
        open={hiding !== null}
        title={t('lc.v.hideTitle')}
        label={t('lc.v.hideReason')}
        testId="hide-reason"
        pending={hide.isPending}
        error={hide.error}
        onCancel={() => setHiding(null)}
        onOk={(reason) => hide.mutate({ id: hiding!, reason }, { onSuccess: () => setHiding(null) })}
      />
    </div>
  );
}

export function Consultation({ call }: { call: Call }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const range = useRange();
  const { data, isLoading, error } = useCandidates(call.id);
  const support = useSupport(call.id);
  const [open, setOpen] = useState<Record<number, boolean>>({});
  const stage = call.stages.find((s) => s.key === 'consultation')!;
  const before = call.stage === 'upcoming' || call.stage === 'collection' || call.stage === 'screening';
  const items = (data?.items ?? []).filter((c) => !before || c.status === 'shortlisted');
  const left = data ? data.maxSupports - data.supportsUsed : 0;

  return (
    <div data-testid="consultation">
      <ServerError error={error ?? support.error} style={{ marginBottom: 12 }} />
      {before && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('lc.v.notYet', { range: range(stage.startsOn, stage.endsOn) })} />}
      {call.stage === 'publication' && <Alert type="success" showIcon style={{ marginBottom: 12 }} title={t('lc.v.closed')} />}
      {call.stage === 'consultation' && call.abilities.support && data && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={<span data-testid="support-left">{t('lc.v.left', { n: left, max: data.maxSupports })}</span>}
        />
      )}
      {data?.talliesHidden && call.stage === 'consultation' && <Typography.Paragraph type="secondary">{t('lc.v.hidden')}</Typography.Paragraph>}
      {!isLoading && !items.length && <Empty description={t('common.empty')} />}
      {items.map((c) => (
        <Card key={c.id} size="small" style={{ marginBottom: 12 }} data-testid={`vote-candidate-${c.id}`}>
          <Flex justify="space-between" gap={12} wrap>
            <div style={{ minWidth: 0, flex: 1 }}>
              <Typography.Text strong style={{ fontSize: 15 }}>
                {c.title}
              </Typography.Text>
              <div style={{ margin: '4px 0' }}>
                <CategoryTag category={c.category} />
                {c.status !== 'shortlisted' && <CandidateStatusTag c={c} />}
              </div>
              {c.summary && (
                <Typography.Paragraph
                  type="secondary"
                  style={{ marginBottom: 4, whiteSpace: 'pre-wrap' }}
                  ellipsis={{ rows: 3, expandable: true, symbol: t('common.view') }}
                >
                  {c.summary}
                </Typography.Paragraph>
              )}
              {c.rationale && (
                <Typography.Text style={{ fontSize: 12 }} type="secondary">
                  {t('lc.s.rationale')}：{c.rationale}
                </Typography.Text>
              )}
            </div>
            <Flex vertical align="end" gap={6}>
              {c.supportCount !== null ? (
                <Tag color="red" data-testid={`support-count-${c.id}`}>
                  {t('lc.v.count', { n: c.supportCount })}
                </Tag>
              ) : null}
              {c.abilities.support && call.abilities.support && (
                <Button
                  data-testid={`support-${c.id}`}
                  type={c.supportedByMe ? 'default' : 'primary'}
                  icon={c.supportedByMe ? <LikeFilled /> : <LikeOutlined />}
                  disabled={!c.supportedByMe && left <= 0}
                  loading={support.isPending && support.variables?.id === c.id}
                  onClick={() => support.mutate({ id: c.id, on: !c.supportedByMe }, { onSuccess: () => message.success(t('common.done')) })}
                >
                  {c.supportedByMe ? t('lc.v.withdraw') : t('lc.v.support')}
                </Button>
              )}
              {c.supportedByMe && (
                <Tag color="success" data-testid={`supported-${c.id}`}>
                  {t('lc.v.supported')}
                </Tag>
              )}
            </Flex>
          </Flex>
          <Button
            type="link"
            size="small"
            icon={<CommentOutlined />}
            style={{ paddingInline: 0 }}
            onClick={() => setOpen({ ...open, [c.id]: !open[c.id] })}
            data-testid={`comments-toggle-${c.id}`}
          >
            {t('lc.v.comments')}
          </Button>
          {open[c.id] && <Comments c={c} call={call} />}
        </Card>
      ))}
    </div>
  );
}
