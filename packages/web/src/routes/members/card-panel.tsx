// The member service card on the member page: status, e-card, years registered, the events that may
// happen today (the others greyed with the rule that stops them), and the card's history.
import { useEffect, useState } from 'react';
import { App, Button, Card, Descriptions, Form, Input, Modal, Space, Table, Tag, Tooltip } from 'antd';
import { useCard, useCardEvent, type Card as TCard, type CardEvent } from '../../api/cards.ts';
import { useI18n } from '../../i18n/index.tsx';
import { DateInput } from '../../components/date-input.tsx';
import { ServerError, formLevelError } from '../../components/server-error.tsx';
import { CardTag } from './member-labels.tsx';

export function CardPanel({ personId }: { personId: number }) {
  const { t, pick } = useI18n();
  const { data: card, error } = useCard(personId);
  const [event, setEvent] = useState<TCard['actions'][number] | null>(null);
  if (error) return <ServerError error={error} />;
  if (!card) return <Card title={t('card.title')} loading />;
  const shown = card.actions.filter((a) => a.code !== 'forbidden' && a.code !== 'no-active-membership');
  return (
    <Card title={t('card.title')} data-testid="card-panel">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          {
            key: 'status',
            label: t('member.cardStatus'),
            children: (
              <span data-testid="card-status">
                <CardTag code={card.status ?? 'none'} />
              </span>
            ),
          },
          { key: 'e', label: t('card.eCard'), children: card.eMembership ? <Tag color="blue">{t('card.eCardYes')}</Tag> : t('card.eCardNo') },
          {
            key: 'reg',
            label: t('card.registered'),
            children: <span data-testid="card-registered">{card.registeredYears.length ? card.registeredYears.join('、') : '—'}</span>,
          },
        ]}
      />
      {shown.length > 0 && (
        <Space wrap style={{ margin: '12px 0' }}>
          {shown.map((a) => {
            const b = (
              <Button
                key={a.event}
                size="small"
                disabled={!a.allowed}
                danger={a.event === 'cancel' || a.event === 'report-lost'}
                onClick={() => setEvent(a)}
                data-testid={`card-action-${a.event}`}
              >
                {pick(a.name)}
              </Button>
            );
            return a.allowed ? (
              b
            ) : (
              <Tooltip key={a.event} title={a.reason ? pick(a.reason) : undefined}>
                {b}
              </Tooltip>
            );
          })}
        </Space>
      )}
      <Table
        size="small"
        rowKey="id"
        data-testid="card-events"
        pagination={card.events.length > 10 ? { pageSize: 10 } : false}
        dataSource={card.events}
        locale={{ emptyText: t('card.noEvents') }}
        columns={[
          { title: t('card.onDate'), dataIndex: 'onDate', width: 110 },
          { title: t('card.event'), key: 'event', render: (_, e) => `${pick(e.name)}${e.year ? ` ${e.year}` : ''}` },
          {
            title: t('card.change'),
            key: 'change',
            render: (_, e) =>
              e.fromStatus === e.toStatus ? (
                <CardTag code={e.toStatus} />
              ) : (
                <Space size={4}>
                  <CardTag code={e.fromStatus} />→<CardTag code={e.toStatus} />
                </Space>
              ),
          },
          { title: t('card.by'), key: 'by', render: (_, e) => `${e.by ?? ''}${e.orgName ? `（${e.orgName}）` : ''}` },
          { title: t('card.note'), dataIndex: 'note', render: (v: string | null) => v ?? '' },
        ]}
      />
      <div style={{ color: '#888', fontSize: 12, marginTop: 8 }} data-testid="card-rules">
        {t('card.rules', {
          pause: `${card.rules.pause.from}～${card.rules.pause.to}`,
          reg: `${card.rules.registration.from}～${card.rules.registration.to}`,
          source: card.rules.registration.source,
        })}
      </div>
      <EventModal personId={personId} today={card.today} action={event} onClose={() => setEvent(null)} />
    </Card>
  );
}

function EventModal({ personId, today, action, onClose }: { personId: number; today: string; action: TCard['actions'][number] | null; onClose: () => void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ date?: string; note?: string }>();
  const m = useCardEvent(personId);
  const [error, setError] = useState<unknown>(null);
  // Each event starts from a clean form (today, no note): the last one's note is not carried over.
  useEffect(() => {
    if (action) form.setFieldsValue({ date: today, note: undefined });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [action]);
  return (
    <Modal
      open={!!action}
      title={action ? pick(action.name) : ''}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'card-event-submit' }}
      confirmLoading={m.isPending}
      onOk={async () => {
        const v = await form.validateFields().catch(() => null);
        if (!v || !action) return;
        setError(null);
        m.mutate(
          { event: action.event as CardEvent, date: v.date || undefined, note: v.note?.trim() || undefined },
          {
            onSuccess: () => {
              message.success(t('common.saved'));
              onClose();
            },
            onError: (e) => setError(formLevelError(form, e, ['date', 'note'])),
          },
        );
      }}
    >
      <Form form={form} layout="vertical" initialValues={{ date: today }} data-testid="card-event-form">
        <Form.Item name="date" label={t('card.onDate')} rules={[{ required: true, message: t('common.required') }]}>
          <DateInput testId="card-event-date" />
        </Form.Item>
        <Form.Item name="note" label={t('card.note')}>
          <Input maxLength={200} data-testid="card-event-note" />
        </Form.Item>
      </Form>
      <ServerError error={error} />
    </Modal>
  );
}
