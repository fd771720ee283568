// 灵活就业会员专享保障 C/D 类 for officers (002 “五送”; 001 项目7): who is covered this year, record a cover (the server's
// engine decides C or D), and record the D-class deliveries (checkup, gifts, services) with the rules the server checks.
import { useState } from 'react';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Modal, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { can, useMe } from '../../api/auth.ts';
import { useMembers } from '../../api/members.ts';
import { useEnrollFlexible, useFlexibleCovers, useFlexibleSummary, useRecordDelivery, type FlexibleCover, type FlexibleKind } from '../../api/protection.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { DateInput } from '../../components/date-input.tsx';
import { ExportButton } from '../../components/export-button.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { yuan } from '../applications/application-labels.tsx';

const SERVICES = ['safety-training', 'legal-aid', 'skills', 'sanatorium', 'hardship-relief', 'culture-sports', 'other'] as const;
const GIFTS = ['transport-card', 'phone-card', 'online-voucher', 'goods', 'pickup-voucher'] as const;

function EnrollDialog({ onClose }: { onClose: () => void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [search, setSearch] = useState('');
  const channel = Form.useWatch('channel', form) as string | undefined;
  const people = useMembers({ q: search || undefined, category: 'flexible-worker', status: 'active', pageSize: 20 }, true);
  const enroll = useEnrollFlexible();
  return (
    <Modal
      open
      title={t('flex.enroll')}
      onCancel={onClose}
      confirmLoading={enroll.isPending}
      okButtonProps={{ 'data-testid': 'flex-enroll-ok' } as never}
      width={520}
      onOk={async () => {
        const v = await form.validateFields();
        const r = await enroll
          .mutateAsync({
            memberId: v.memberId,
            channel: v.channel,
            ...(v.channel === 'dues' ? { duesPaidYuan: v.dues, ...(v.duesOn ? { duesPaidOn: v.duesOn } : {}) } : {}),
          })
          .catch(() => null);
        if (!r) return; // the dialog shows the refusal
        message.success(t('flex.enrolled', { plan: pick(r.planName), from: r.coverageStart, to: r.coverageEnd }));
        onClose();
      }}
    >
      <ServerError error={enroll.error} testId="flex-enroll-error" style={{ marginBottom: 12 }} />
      <Form form={form} layout="vertical" initialValues={{ channel: 'qr-code', dues: 120 }}>
        <Form.Item name="memberId" label={t('flex.member')} rules={[{ required: true }]}>
          <Select
            showSearch
            filterOption={false}
            onSearch={setSearch}
            placeholder={t('flex.memberPh')}
            data-testid="flex-member"
            loading={people.isFetching}
            options={(people.data?.items ?? []).map((m) => ({ value: m.personId, label: `${m.name} ${m.memberNo ?? ''} ${m.idNumber}` }))}
          />
        </Form.Item>
        <Form.Item name="channel" label={t('flex.channel')} rules={[{ required: true }]}>
          <Select data-testid="flex-channel" options={(['qr-code', 'dues', 'officer'] as const).map((c) => ({ value: c, label: t(`flex.channel.${c}`) }))} />
        </Form.Item>
        {channel === 'dues' && (
          <Space>
            <Form.Item name="dues" label={t('flex.dues')} rules={[{ required: true }]}>
              <InputNumber min={0.01} max={100000} data-testid="flex-dues" />
            </Form.Item>
            <Form.Item name="duesOn" label={t('flex.duesOn')}>
              <DateInput testId="flex-dues-on" />
            </Form.Item>
          </Space>
        )}
      </Form>
    </Modal>
  );
}

function DeliveryDialog({ cover, onClose }: { cover: FlexibleCover; onClose: () => void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const kind = Form.useWatch('kind', form) as FlexibleKind | undefined;
  const record = useRecordDelivery();
  const open = cover.deliveries.filter((d) => d.kind === 'service' || d.done.length === 0);
  return (
    <Modal
      open
      title={`${t('flex.deliver')} · ${cover.name}`}
      onCancel={onClose}
      confirmLoading={record.isPending}
      okButtonProps={{ 'data-testid': 'flex-deliver-ok' } as never}
      width={520}
      onOk={async () => {
        const v = await form.validateFields();
        const r = await record
          .mutateAsync({
            id: cover.id,
            kind: v.kind,
            deliveredOn: v.deliveredOn,
            ...(v.service ? { service: v.service } : {}),
            ...(v.giftForm ? { giftForm: v.giftForm } : {}),
            ...(v.lateReason ? { lateReason: v.lateReason } : {}),
            ...(v.note ? { note: v.note } : {}),
          })
          .catch(() => null);
        if (!r) return;
        message.success(t('prot.done'));
        onClose();
      }}
    >
      <ServerError error={record.error} testId="flex-deliver-error" style={{ marginBottom: 12 }} />
      <Form form={form} layout="vertical" initialValues={{ kind: open[0]?.kind }}>
        <Form.Item name="kind" label={t('flex.kind')} rules={[{ required: true }]}>
          <Select data-testid="flex-kind" options={open.map((d) => ({ value: d.kind, label: `${pick(d.name)}${d.due ? `（${d.due} 前）` : ''}` }))} />
        </Form.Item>
        <Form.Item name="deliveredOn" label={t('flex.deliveredOn')} rules={[{ required: true }]}>
          <DateInput testId="flex-delivered-on" />
        </Form.Item>
        {kind === 'service' && (
          <Form.Item name="service" label={t('flex.service')} rules={[{ required: true }]}>
            <Select data-testid="flex-service" options={SERVICES.map((x) => ({ value: x, label: t(`flex.svc.${x}`) }))} />
          </Form.Item>
        )}
        {(kind === 'cooling-gift' || kind === 'warmth-gift') && (
          <Form.Item name="giftForm" label={t('flex.giftForm')} rules={[{ required: true }]}>
            <Select data-testid="flex-gift-form" options={GIFTS.map((x) => ({ value: x, label: t(`flex.gift.${x}`) }))} />
          </Form.Item>
        )}
        {kind === 'checkup' && (
          <Form.Item name="lateReason" label={t('flex.lateReason')}>
            <Input maxLength={500} data-testid="flex-late-reason" />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('flex.note')}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function FlexibleTab({ year }: { year: number }) {
  const { t, pick } = useI18n();
  const { data: me } = useMe();
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const [plan, setPlan] = useState<string | undefined>();
  const [checkup, setCheckup] = useState<string | undefined>();
  const [enrolling, setEnrolling] = useState(false);
  const [delivering, setDelivering] = useState<FlexibleCover | null>(null);
  const summary = useFlexibleSummary(year);
  const list = useFlexibleCovers({ year, page, q: q || undefined, plan, checkup });
  const mayEnroll = can(me, 'protection.enroll');
  const s = summary.data;
  return (
    <div data-testid="flexible-tab">
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('flex.hint')} />
      <ServerError error={summary.error ?? list.error} style={{ marginBottom: 12 }} />
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        {(
          [
            ['flex.c', s?.C.members],
            ['flex.d', s?.D.members],
            ['flex.checkups', s?.D.checkups],
          ] as const
        ).map(([k, v]) => (
          <Col xs={8} md={6} lg={4} key={k}>
            <Card size="small">
              <Statistic title={t(k)} value={v ?? 0} valueRender={(x) => <span data-testid={`flex-sum-${k}`}>{x}</span>} />
            </Card>
          </Col>
        ))}
      </Row>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('prot.searchName')}
          onSearch={(v) => {
            setQ(v);
            setPage(1);
          }}
          style={{ width: 220 }}
          data-testid="flex-search"
        />
        <Select
          allowClear
          placeholder={t('flex.plan')}
          style={{ width: 120 }}
          value={plan}
          onChange={(v) => {
            setPlan(v);
            setPage(1);
          }}
          options={[
            { value: 'C', label: 'C' },
            { value: 'D', label: 'D' },
          ]}
        />
        <Select
          allowClear
          placeholder={t('flex.checkupMissing')}
          style={{ width: 140 }}
          value={checkup}
          onChange={(v) => {
            setCheckup(v);
            setPage(1);
          }}
          options={[
            { value: 'missing', label: t('flex.checkupMissing') },
            { value: 'done', label: t('flex.checkups') },
          ]}
        />
        <ExportButton path="/protection/flexible/covers/export.xlsx" filters={{ year, q: q || undefined, plan, checkup }} testId="flex-export" />
        {mayEnroll && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEnrolling(true)} data-testid="flex-enroll">
            {t('flex.enroll')}
          </Button>
        )}
      </Space>
      <Table<FlexibleCover>
        data-testid="flex-table"
        size="small"
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 1200 }}
        locale={{ emptyText: t('flex.empty') }}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('prot.memberNo'), dataIndex: 'memberNo', width: 110 },
          { title: t('prot.name'), dataIndex: 'name', width: 80 },
          { title: t('prot.idNumber'), dataIndex: 'idMasked', width: 150 },
          { title: t('prot.union'), dataIndex: 'orgName', ellipsis: true, width: 150 },
          {
            title: t('flex.plan'),
            dataIndex: 'plan',
            width: 90,
            render: (p: string, c) => (
              <Tag
                color={p === 'D' ? 'gold' : 'blue'}
                data-testid={`flex-plan-${c.id}`}
                title={c.maxBenefit === null ? undefined : `${t('flex.maxBenefit')} ${yuan(c.maxBenefit)}`}
              >
                {p}
              </Tag>
            ),
          },
          {
            title: t('flex.channel'),
            dataIndex: 'channel',
            width: 140,
            render: (ch: string, c) => (
              <>
                {t(`flex.channel.${ch}` as MessageKey)}
                {c.duesPaid ? ` ${yuan(c.duesPaid)}` : ''}
              </>
            ),
          },
          { title: t('flex.period'), key: 'p', width: 180, render: (_: unknown, c) => `${c.coverageStart} ~ ${c.coverageEnd}` },
          {
            title: t('flex.deliveries'),
            key: 'd',
            width: 340,
            render: (_: unknown, c) =>
              c.plan === 'D' ? (
                <Space size={[4, 4]} wrap data-testid={`flex-deliveries-${c.id}`}>
                  {c.deliveries.map((d) => (
                    <Tag
                      key={d.kind}
                      color={d.done.length ? 'success' : d.required ? 'warning' : 'default'}
                      title={d.done.map((x) => x.deliveredOn + (x.lateReason ? `（${x.lateReason}）` : '')).join('、')}
                    >
                      {pick(d.name)} {d.done.length ? (d.kind === 'service' ? `×${d.done.length}` : d.done[0]!.deliveredOn) : t('flex.pending')}
                    </Tag>
                  ))}
                  {mayEnroll && (
                    <Button size="small" type="link" onClick={() => setDelivering(c)} data-testid={`flex-deliver-${c.id}`}>
                      {t('flex.deliver')}
                    </Button>
                  )}
                </Space>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              ),
          },
        ]}
      />
      {enrolling && <EnrollDialog onClose={() => setEnrolling(false)} />}
      {delivering && <DeliveryDialog cover={delivering} onClose={() => setDelivering(null)} />}
    </div>
  );
}
