// 公益乐学 (000 公益乐学职工文体服务实施方案) for officers: 现场版 class sessions (open one, book for a member, who booked,
// cancel), 企业版送教上门 (two free visits per unit per year, the engine's refusal shown as the server words it), and the
// unit forms 附件1 / 附件2 filed on the application engine, each downloadable as the seed's form (.xlsx).
import { useMemo, useState } from 'react';
import { App, Button, Card, Col, Form, Input, InputNumber, Modal, Popconfirm, Progress, Row, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { can, useMe } from '../../api/auth.ts';
import { fileUrl } from '../../api/client.ts';
import {
  sessionTime,
  shanghaiTime,
  useBook,
  useBookings,
  useBookVisit,
  useCancelBooking,
  useCancelVisit,
  useCategories,
  useCourses,
  useCreateCourse,
  useVisits,
  type Course,
  type Visit,
} from '../../api/classes.ts';
import { useMembers } from '../../api/members.ts';
import { usePrograms, useProgramForm } from '../../api/programs.ts';
import { formBody, initialValues, SchemaFields } from '../../components/schema-form.tsx';
import { useApplications, useSubmitApplication } from '../../api/applications.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { OrgSelect } from '../../components/org-select.tsx';
import { DateInput } from '../../components/date-input.tsx';

const stateColor: Record<Course['state'], string> = { scheduled: 'default', open: 'processing', full: 'error', closed: 'default' };
const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A Shanghai wall-clock day and time as an instant. */
const instant = (day: string, time: string) => `${day}T${time}:00+08:00`;

function CategorySelect(props: { value?: string; onChange?: (v: string) => void; testId: string }) {
  const { pick } = useI18n();
  const cats = useCategories();
  return (
    <Select
      showSearch
      value={props.value}
      onChange={props.onChange}
      data-testid={props.testId}
      options={(cats.data?.items ?? []).map((c) => ({ value: c.code, label: pick(c.name) }))}
      optionFilterProp="label"
    />
  );
}

function MemberPicker({ value, onChange }: { value?: number; onChange?: (v: number) => void }) {
  const [q, setQ] = useState('');
  const members = useMembers({ q: q || undefined, pageSize: 20 }, q.length > 0);
  return (
    <Select
      showSearch
      filterOption={false}
      onSearch={setQ}
      value={value}
      onChange={onChange}
      data-testid="class-member"
      notFoundContent={null}
      options={(members.data?.items ?? []).map((m) => ({ value: m.personId, label: `${m.name} ${m.idNumber}` }))}
    />
  );
}

function NewCourse({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const me = useMe();
  const create = useCreateCourse();
  const [form] = Form.useForm();
  const submit = async () => {
    const v = await form.validateFields();
    create.mutate(
      {
        title: v.title,
        category: v.category,
        teachingPoint: v.teachingPoint,
        venue: v.venue,
        ...(v.teacher ? { teacher: v.teacher } : {}),
        startsAt: instant(v.day, v.start),
        endsAt: instant(v.day, v.end),
        capacity: v.capacity,
        orgId: v.orgId,
      },
      {
        onSuccess: () => {
          message.success(t('cl.course.created'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      open
      title={t('cl.course.new')}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'course-submit' }}
      width={640}
    >
      <ServerError error={create.error} style={{ marginBottom: 12 }} />
      <Form form={form} layout="vertical" initialValues={{ orgId: me.data?.orgId, capacity: 30, start: '18:30', end: '20:00' }}>
        <Form.Item name="title" label={t('cl.course.title')} rules={[{ required: true }]}>
          <Input data-testid="course-title" maxLength={100} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="category" label={t('cl.course.category')} rules={[{ required: true }]}>
              <CategorySelect testId="course-category" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="capacity" label={t('cl.course.capacity')} rules={[{ required: true }]}>
              <InputNumber min={1} max={10000} style={{ width: '100%' }} data-testid="course-capacity" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="teachingPoint" label={t('cl.course.point')} rules={[{ required: true, min: 2 }]}>
          <Input data-testid="course-point" />
        </Form.Item>
        <Form.Item name="venue" label={t('cl.course.venue')} rules={[{ required: true, min: 2 }]}>
          <Input data-testid="course-venue" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={10}>
            <Form.Item name="day" label={t('cl.course.time')} rules={[{ required: true }]}>
              <DateInput testId="course-day" />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name="start" label={t('cl.course.starts')} rules={[{ required: true, pattern: hhmm }]}>
              <Input data-testid="course-start" placeholder="18:30" />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name="end" label={t('cl.course.ends')} rules={[{ required: true, pattern: hhmm }]}>
              <Input data-testid="course-end" placeholder="20:00" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="teacher" label={t('cl.course.teacher')}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="orgId" label={t('cl.course.org')} rules={[{ required: true }]}>
              <OrgSelect initialLabel={me.data?.orgName ?? undefined} testId="course-org" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

function Bookings({ course, onClose }: { course: Course; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const list = useBookings(course.id);
  const book = useBook();
  const cancel = useCancelBooking();
  const [memberId, setMemberId] = useState<number>();
  return (
    <Modal
      open
      title={`${t('cl.course.bookings')} · ${course.title}`}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
      width={680}
    >
      <ServerError error={list.error ?? book.error ?? cancel.error} style={{ marginBottom: 12 }} />
      {course.abilities.bookForMembers && (
        <Space.Compact style={{ width: '100%', marginBottom: 12 }}>
          <div style={{ flex: 1 }}>
            <MemberPicker value={memberId} onChange={setMemberId} />
          </div>
          <Button
            type="primary"
            disabled={!memberId}
            loading={book.isPending}
            data-testid="class-book-for"
            onClick={() =>
              book.mutate(
                { id: course.id, memberId: memberId! },
                {
                  onSuccess: (r) => {
                    message.success(t('cl.course.bookedOk', { n: r.remaining }));
                    setMemberId(undefined);
                  },
                },
              )
            }
          >
            {t('cl.course.bookFor')}
          </Button>
        </Space.Compact>
      )}
      <Table
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        data-testid="class-bookings"
        columns={[
          { title: '#', render: (_: unknown, _r: unknown, i: number) => i + 1, width: 40 },
          { title: t('cl.course.member'), render: (_: unknown, b) => `${b.name} ${b.memberNo}` },
          { title: t('cl.visit.org'), dataIndex: 'orgName' },
          { title: t('cl.course.booked'), render: (_: unknown, b) => shanghaiTime(b.createdAt).slice(5) },
          {
            title: '',
            render: (_: unknown, b) =>
              course.abilities.cancel &&
              b.memberId > 0 && (
                <Popconfirm
                  title={t('cl.course.cancelConfirm')}
                  onConfirm={() => cancel.mutate({ id: course.id, memberId: b.memberId }, { onSuccess: () => message.success(t('cl.course.cancelled')) })}
                >
                  <Button size="small" danger>
                    {t('cl.course.cancel')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Modal>
  );
}

function CoursesTab() {
  const { t, pick } = useI18n();
  const me = useMe();
  const courses = useCourses();
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<Course>();
  const manage = can(me.data, 'pools.manage');
  return (
    <>
      <ServerError error={courses.error} style={{ marginBottom: 12 }} />
      {manage && (
        <Button type="primary" style={{ marginBottom: 12 }} onClick={() => setCreating(true)} data-testid="course-new">
          {t('cl.course.new')}
        </Button>
      )}
      <Table
        rowKey="id"
        loading={courses.isLoading}
        dataSource={courses.data?.items ?? []}
        data-testid="course-table"
        pagination={{ pageSize: 20 }}
        scroll={{ x: 900 }}
        columns={[
          {
            title: t('cl.course.title'),
            render: (_: unknown, c: Course) => (
              <>
                <Typography.Text strong>{c.title}</Typography.Text>
                <br />
                <Tag>{pick(c.categoryName)}</Tag>
              </>
            ),
          },
          {
            title: t('cl.course.point'),
            render: (_: unknown, c: Course) => (
              <>
                {c.teachingPoint}
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.venue}
                </Typography.Text>
              </>
            ),
          },
          { title: t('cl.course.time'), render: (_: unknown, c: Course) => sessionTime(c) },
          { title: t('cl.course.org'), dataIndex: 'orgName' },
          {
            title: t('cl.course.remaining'),
            width: 180,
            render: (_: unknown, c: Course) => (
              <div data-testid={`course-remaining-${c.id}`}>
                <Progress percent={Math.round((c.taken / c.capacity) * 100)} size="small" showInfo={false} />
                {c.remaining} / {c.capacity} <Tag color={stateColor[c.state]}>{t(`cl.state.${c.state}` as MessageKey)}</Tag>
              </div>
            ),
          },
          {
            title: '',
            render: (_: unknown, c: Course) =>
              manage && (
                <Button size="small" onClick={() => setOpen(c)} data-testid={`course-bookings-${c.id}`}>
                  {t('cl.course.bookings')}
                </Button>
              ),
          },
        ]}
      />
      {creating && <NewCourse onClose={() => setCreating(false)} />}
      {open && <Bookings course={(courses.data?.items ?? []).find((c) => c.id === open.id) ?? open} onClose={() => setOpen(undefined)} />}
    </>
  );
}

function NewVisit({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const me = useMe();
  const book = useBookVisit();
  const [form] = Form.useForm();
  const submit = async () => {
    const v = await form.validateFields();
    book.mutate(v, {
      onSuccess: (r) => {
        message.success(t('cl.visit.ok', { n: r.visitNumber }));
        onClose();
      },
    });
  };
  return (
    <Modal
      open
      title={t('cl.visit.new')}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={book.isPending}
      okButtonProps={{ 'data-testid': 'visit-submit' }}
      width={600}
    >
      <Typography.Paragraph type="secondary">{t('cl.visit.rule')}</Typography.Paragraph>
      <ServerError error={book.error} style={{ marginBottom: 12 }} testId="visit-error" />
      <Form form={form} layout="vertical" initialValues={{ orgId: me.data?.orgId, startTime: '14:00', attendees: 30 }}>
        <Form.Item name="orgId" label={t('cl.visit.org')} rules={[{ required: true }]}>
          <OrgSelect initialLabel={me.data?.orgName ?? undefined} testId="visit-org" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="visitOn" label={t('cl.visit.on')} rules={[{ required: true }]}>
              <DateInput testId="visit-on" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="startTime" label={t('cl.visit.start')} rules={[{ required: true, pattern: hhmm }]}>
              <Input data-testid="visit-start" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="category" label={t('cl.visit.category')} rules={[{ required: true }]}>
          <CategorySelect testId="visit-category" />
        </Form.Item>
        <Form.Item name="address" label={t('cl.visit.address')} rules={[{ required: true, min: 2 }]}>
          <Input data-testid="visit-address" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="contactName" label={t('cl.visit.contact')} rules={[{ required: true, min: 2 }]}>
              <Input data-testid="visit-contact" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="contactPhone" label={t('cl.visit.phone')} rules={[{ required: true }]}>
              <Input data-testid="visit-phone" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="attendees" label={t('cl.visit.attendees')} rules={[{ required: true }]}>
              <InputNumber min={1} max={2000} style={{ width: '100%' }} data-testid="visit-attendees" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

function VisitsTab() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const me = useMe();
  const visits = useVisits();
  const cancel = useCancelVisit();
  const [booking, setBooking] = useState(false);
  return (
    <>
      <Typography.Paragraph>{t('cl.visit.rule')}</Typography.Paragraph>
      <ServerError error={visits.error ?? cancel.error} style={{ marginBottom: 12 }} />
      <Space wrap style={{ marginBottom: 12 }} data-testid="visit-used">
        {can(me.data, 'pools.claim') && (
          <Button type="primary" onClick={() => setBooking(true)} data-testid="visit-new">
            {t('cl.visit.new')}
          </Button>
        )}
        {(visits.data?.used ?? []).map((u) => (
          <Tag key={`${u.orgId}:${u.year}`} color={u.booked >= u.free ? 'orange' : 'blue'}>
            {t('cl.visit.used', { org: u.orgName, year: u.year, n: u.booked, free: u.free })}
          </Tag>
        ))}
      </Space>
      <Table
        rowKey="id"
        loading={visits.isLoading}
        dataSource={visits.data?.items ?? []}
        data-testid="visit-table"
        scroll={{ x: 900 }}
        columns={[
          { title: t('cl.visit.org'), dataIndex: 'orgName' },
          { title: t('cl.visit.on'), render: (_: unknown, v: Visit) => `${v.visitOn} ${v.startTime}–${v.endTime}` },
          { title: t('cl.visit.category'), render: (_: unknown, v: Visit) => pick(v.categoryName) },
          { title: t('cl.visit.address'), dataIndex: 'address' },
          { title: t('cl.visit.contact'), render: (_: unknown, v: Visit) => `${v.contactName} ${v.contactPhone}` },
          { title: t('cl.visit.number'), render: (_: unknown, v: Visit) => `${v.visitNumber} / ${v.freeVisitsPerYear}` },
          {
            title: t('cl.visit.status'),
            render: (_: unknown, v: Visit) => (
              <Tag color={v.status === 'booked' ? 'green' : 'default'}>{t(v.status === 'booked' ? 'cl.visit.booked' : 'cl.visit.cancelled')}</Tag>
            ),
          },
          {
            title: '',
            render: (_: unknown, v: Visit) =>
              v.abilities.cancel && (
                <Popconfirm title={t('cl.visit.cancel')} onConfirm={() => cancel.mutate(v.id, { onSuccess: () => message.success(t('cl.visit.cancelled')) })}>
                  <Button size="small" danger data-testid={`visit-cancel-${v.id}`}>
                    {t('cl.visit.cancel')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      {booking && <NewVisit onClose={() => setBooking(false)} />}
    </>
  );
}

/**
 * A unit's 附件1 teaching-point application or 附件2 直通车 booking, drawn from the program's published form
 * (GET /programs/:id/form, the one renderer components/schema-form.tsx: issue 13 §4).
 */
function UnitForm({ kind, programId, onClose }: { kind: 'teaching' | 'direct'; programId: number; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const me = useMe();
  const submit = useSubmitApplication();
  const published = useProgramForm(programId);
  const schema = published.data?.schema;
  const [form] = Form.useForm();
  const values = Form.useWatch([], form) as Record<string, unknown> | undefined;
  const initial = useMemo(() => (schema ? initialValues(schema) : undefined), [schema]);
  const [orgId, setOrgId] = useState<number | undefined>(me.data?.orgId ?? undefined);
  const ok = async () => {
    if (!schema) return;
    const v = await form.validateFields();
    submit.mutate({ programId, form: formBody(schema, v), documentIds: [], ...(orgId ? { applicantOrgId: orgId } : {}) } as never, {
      onSuccess: (r) => {
        message.success(t('cl.forms.filed', { no: r.no }));
        onClose();
      },
    });
  };
  return (
    <Modal
      open
      title={t(kind === 'teaching' ? 'cl.forms.teaching' : 'cl.forms.direct')}
      onCancel={onClose}
      onOk={ok}
      confirmLoading={submit.isPending}
      okButtonProps={{ 'data-testid': 'uf-submit', disabled: !schema }}
      width={760}
    >
      <ServerError error={submit.error ?? published.error} style={{ marginBottom: 12 }} testId="uf-error" />
      <Form.Item label={`${t('cl.forms.applicant')}（单位名称）`} required layout="vertical">
        <OrgSelect value={orgId} onChange={(id) => setOrgId(id)} initialLabel={me.data?.orgName ?? undefined} testId="uf-org" />
      </Form.Item>
      {schema && initial && (
        <Form form={form} layout="vertical" size="small" initialValues={initial} data-testid="uf-form">
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', columnGap: 12 }}>
            <SchemaFields schema={schema} values={values} testIdPrefix="uf" radios />
          </div>
        </Form>
      )}
    </Modal>
  );
}

function FormsBlock({ kind, program }: { kind: 'teaching' | 'direct'; program: string }) {
  const { t, pick } = useI18n();
  const me = useMe();
  const programs = usePrograms({ program });
  const open = (programs.data?.items ?? []).filter((p) => p.status === 'open').sort((a, b) => b.year - a.year)[0];
  const apps = useApplications({ programId: open?.id, pageSize: 50 });
  const [filing, setFiling] = useState(false);
  return (
    <Card
      size="small"
      title={t(kind === 'teaching' ? 'cl.forms.teaching' : 'cl.forms.direct')}
      style={{ marginBottom: 12 }}
      data-testid={`forms-${kind}`}
      extra={
        open ? (
          can(me.data, 'applications.submit') && (
            <Button type="primary" size="small" onClick={() => setFiling(true)} data-testid={`forms-${kind}-file`}>
              {t('cl.forms.file')} · {open.title}
            </Button>
          )
        ) : (
          <Tag>{t('cl.forms.noProgram')}</Tag>
        )
      }
    >
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={open ? (apps.data?.items ?? []) : []}
        columns={[
          { title: t('cl.forms.no'), dataIndex: 'no' },
          { title: t('cl.forms.applicant'), render: (_: unknown, a) => a.applicant?.org?.name ?? a.org.name },
          { title: t('cl.forms.status'), render: (_: unknown, a) => <Tag>{pick(a.statusName)}</Tag> },
          {
            title: '',
            render: (_: unknown, a) => (
              <a href={fileUrl(`/classes/forms/${a.id}`)} data-testid={`forms-download-${a.id}`}>
                {t('cl.forms.download')}
              </a>
            ),
          },
        ]}
      />
      {filing && open && <UnitForm kind={kind} programId={open.id} onClose={() => setFiling(false)} />}
    </Card>
  );
}

export default function ClassesPage() {
  const { t } = useI18n();
  const me = useMe();
  const items = [
    { key: 'courses', label: t('cl.tab.courses'), children: <CoursesTab /> },
    { key: 'visits', label: t('cl.tab.visits'), children: <VisitsTab /> },
    ...(can(me.data, 'applications.read')
      ? [
          {
            key: 'forms',
            label: t('cl.tab.forms'),
            children: (
              <>
                <Typography.Paragraph>{t('cl.forms.intro')}</Typography.Paragraph>
                <FormsBlock kind="teaching" program="class-teaching-point" />
                <FormsBlock kind="direct" program="class-direct-booking" />
              </>
            ),
          },
        ]
      : []),
  ];
  return (
    <div data-testid="classes-page">
      <PageHeader title={t('cl.title')} sub={t('cl.sub')} />
      <Tabs items={items} destroyOnHidden data-testid="classes-tabs" />
    </div>
  );
}
