// 公益乐学 (000 公益乐学职工文体服务实施方案) for officers: 现场版 class sessions (open one, book for a member, who booked,
// cancel), 企业版送教上门 (two free visits per unit per year, the engine's refusal shown as the server words it), and the
// unit forms 附件1 / 附件2 filed on the application engine, each downloadable as the seed's form (.xlsx).
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Progress,
  Radio,
  Row,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
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
import { usePrograms } from '../../api/programs.ts';
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

// 附件1 / 附件2: the forms' own fields, as the server's adapters take them (modules/classes/forms.ts).
const opts = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }));
const ROOMS = { dance: '舞蹈房', other: '其他' };
const SOURCES = { own: '自有', rented: '租借', 'third-party': '购买第三方服务', other: '其他' };
const MODES = { single: '单次课', 'long-term': '长期班', both: '两者相结合' };
const CHANNELS = { wechat: '微信', website: '网站', phone: '电话', app: 'APP（非申工社）', other: '其他', none: '暂无' };
const NEEDS = {
  exhibition: '展览',
  performance: '演出',
  contest: '赛事',
  training: '培训',
  service: '服务（如中医义诊、名品试吃等）',
  activity: '活动（如灯谜、剪影等）',
};
const ACTIVITIES = {
  'straw-weaving': '草编',
  origami: '折纸',
  'dragon-phoenix-script': '龙凤字',
  'sugar-painting': '糖画',
  'egg-painting': '蛋画',
  silhouette: '剪影',
  'chinese-knot': '中国结',
  'qipao-show': '旗袍秀',
  'spring-couplets': '写春联',
  'lantern-riddles': '猜灯谜',
  kites: '做风筝',
  'costume-photo': '古装体验与写真拍摄',
  'opera-masks': '脸谱',
  'wire-art': '金属丝造型',
  'folk-music-talk': '民乐普及讲座',
  other: '其他',
};

function HeaderFields() {
  const req = [{ required: true }];
  return (
    <>
      <Row gutter={12}>
        <Col span={16}>
          <Form.Item name="address" label="通讯地址" rules={req}>
            <Input data-testid="uf-address" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="postcode" label="邮编" rules={[{ required: true, pattern: /^\d{6}$/ }]}>
            <Input data-testid="uf-postcode" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="legalRepName" label="单位法定代表人" rules={req}>
            <Input data-testid="uf-rep" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="legalRepTitle" label="职务" rules={req}>
            <Input data-testid="uf-rep-title" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="legalRepPhone" label="座机" rules={req}>
            <Input data-testid="uf-rep-phone" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="contactName" label="联系人（需为项目负责人）" rules={req}>
            <Input data-testid="uf-contact" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="contactTitle" label="职务" rules={req}>
            <Input data-testid="uf-contact-title" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="contactPhone" label="座机" rules={req}>
            <Input data-testid="uf-contact-phone" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="contactEmail" label="E-mail 或 QQ" rules={req}>
            <Input data-testid="uf-email" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="contactMobile" label="手机（* 非常重要）" rules={[{ required: true, pattern: /^1[3-9]\d{9}$/ }]}>
            <Input data-testid="uf-mobile" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

function UnitForm({ kind, programId, onClose }: { kind: 'teaching' | 'direct'; programId: number; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const me = useMe();
  const submit = useSubmitApplication();
  const [form] = Form.useForm();
  const [orgId, setOrgId] = useState<number | undefined>(me.data?.orgId ?? undefined);
  const ok = async () => {
    const v = await form.validateFields();
    const f =
      kind === 'teaching'
        ? {
            ...v,
            points: String(v.points)
              .split('\n')
              .map((l: string) => l.trim())
              .filter(Boolean)
              .map((l: string) => {
                const m = /^(.*?)\s*(\d{6})$/.exec(l);
                return { address: m ? m[1] : l, postcode: m ? m[2] : v.postcode };
              }),
            themeColour: v.themeColour === 'yes',
          }
        : v;
    for (const key of Object.keys(f)) if (f[key] === undefined || f[key] === '') delete f[key];
    submit.mutate({ programId, form: f, documentIds: [], ...(orgId ? { applicantOrgId: orgId } : {}) } as never, {
      onSuccess: (r) => {
        message.success(t('cl.forms.filed', { no: r.no }));
        onClose();
      },
    });
  };
  const req = [{ required: true }];
  return (
    <Modal
      open
      title={t(kind === 'teaching' ? 'cl.forms.teaching' : 'cl.forms.direct')}
      onCancel={onClose}
      onOk={ok}
      confirmLoading={submit.isPending}
      okButtonProps={{ 'data-testid': 'uf-submit' }}
      width={760}
    >
      <ServerError error={submit.error} style={{ marginBottom: 12 }} testId="uf-error" />
      <Form
        form={form}
        layout="vertical"
        size="small"
        initialValues={
          kind === 'teaching'
            ? { rooms: ['dance'], siteSource: 'own', serviceMode: 'both', bookingChannels: ['wechat'], schedule: 'weekly', themeColour: 'yes' }
            : { categories: ['activity'], venue: ['indoor'] }
        }
      >
        <Form.Item label={`${t('cl.forms.applicant')}（单位名称）`} required>
          <OrgSelect value={orgId} onChange={(id) => setOrgId(id)} initialLabel={me.data?.orgName ?? undefined} testId="uf-org" />
        </Form.Item>
        <HeaderFields />
        {kind === 'teaching' ? (
          <>
            <Form.Item name="points" label="教学点地址及邮编（如多处，分别填写，每行一处）" rules={req}>
              <Input.TextArea rows={2} data-testid="uf-points" />
            </Form.Item>
            <Row gutter={12}>
              <Col span={8}>
                <Form.Item name="areaSqm" label="场地面积（平米）" rules={req}>
                  <InputNumber min={1} style={{ width: '100%' }} data-testid="uf-area" />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="themeColour" label="主题色装饰">
                  <Radio.Group
                    options={[
                      { value: 'yes', label: '是' },
                      { value: 'no', label: '否' },
                    ]}
                  />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="rooms" label="专用教室设施设备" rules={req}>
                  <Checkbox.Group options={opts(ROOMS)} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="siteSource" label="场地来源">
              <Radio.Group options={opts(SOURCES)} />
            </Form.Item>
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item name="selfInvestmentYuan" label="预计硬件、教学设备自行资金投入（元）" rules={req}>
                  <InputNumber min={0} style={{ width: '100%' }} data-testid="uf-invest" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="requestedSubsidyYuan" label="申请场地装饰、教学设备资助（元）" rules={req}>
                  <InputNumber min={0} style={{ width: '100%' }} data-testid="uf-subsidy" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="serviceMode" label="预计服务方式">
              <Radio.Group options={opts(MODES)} />
            </Form.Item>
            <Form.Item name="bookingChannels" label="信息化约课手段" rules={req}>
              <Checkbox.Group options={opts(CHANNELS)} />
            </Form.Item>
            <Form.Item name="bookingDetail" label="具体网址、电话或微信号">
              <Input />
            </Form.Item>
            <Row gutter={12}>
              <Col span={8}>
                <Form.Item name="schedule" label="预计服务时间安排">
                  <Radio.Group
                    options={[
                      { value: 'weekly', label: '每周' },
                      { value: 'irregular', label: '不定期' },
                    ]}
                  />
                </Form.Item>
              </Col>
              <Col span={16}>
                <Form.Item name="weeklyTime" label="每周时间">
                  <Input data-testid="uf-weekly-time" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="scheduleNote" label="补充说明">
              <Input />
            </Form.Item>
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item name="weeklyPersons" label="预计周服务人次" rules={req}>
                  <InputNumber min={0} style={{ width: '100%' }} data-testid="uf-weekly" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="yearlyPersons" label="预计年服务人次" rules={req}>
                  <InputNumber min={0} style={{ width: '100%' }} data-testid="uf-yearly" />
                </Form.Item>
              </Col>
            </Row>
          </>
        ) : (
          <>
            <Form.Item name="categories" label="所需类别" rules={req}>
              <Checkbox.Group options={opts(NEEDS)} />
            </Form.Item>
            <Form.Item name="activities" label="所需活动项目">
              <Checkbox.Group options={opts(ACTIVITIES)} data-testid="uf-activities" />
            </Form.Item>
            <Form.Item name="activitiesOther" label="其他活动">
              <Input />
            </Form.Item>
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item name="bookedOn" label="预约时间" rules={req}>
                  <DateInput testId="uf-booked-on" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="theme" label="契合主题">
                  <Input data-testid="uf-theme" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="place" label="活动地点" rules={req}>
              <Input data-testid="uf-place" />
            </Form.Item>
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item name="venue" label="场地基本状况" rules={req}>
                  <Checkbox.Group
                    options={[
                      { value: 'indoor', label: '室内' },
                      { value: 'outdoor', label: '室外' },
                    ]}
                  />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="venueAreaSqm" label="面积（平米）">
                  <InputNumber min={1} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={12}>
              <Col span={8}>
                <Form.Item name="expectedPersons" label="预计服务人数" rules={req}>
                  <InputNumber min={1} style={{ width: '100%' }} data-testid="uf-persons" />
                </Form.Item>
              </Col>
              <Col span={16}>
                <Form.Item name="audience" label="服务对象构成" rules={req}>
                  <Input data-testid="uf-audience" />
                </Form.Item>
              </Col>
            </Row>
          </>
        )}
      </Form>
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
