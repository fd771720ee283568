// The working-day calendar (issue 12 §1): a year's holidays and weekend working days as the review
// time limits count them, and, for the administrator, next year's State Council notice entered from
// the UI (the existing PUT /calendar/:year takes the year in the format of the bundled files).
import { useMemo, useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { Alert, App, Button, Calendar, Card, Checkbox, Col, DatePicker, Drawer, Form, Input, Row, Select, Space, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { can, useMe } from '../../api/auth.ts';
import { PageHeader } from '../../components/page.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { useI18n } from '../../i18n/index.tsx';

interface CalendarInfo {
  first: number;
  last: number;
  years: { year: number; notices: { number: string; date: string; title: string }[]; checked: boolean }[];
}
interface YearDays {
  year: number;
  covered: boolean;
  holidays: string[];
  workdays: string[];
  notices: { number: string; date: string; title: string }[];
}

/** The statutory holidays of a State Council notice, with the English names the calendar files use. */
const festivals: { zh: string; en: string }[] = [
  { zh: '元旦', en: "New Year's Day" },
  { zh: '春节', en: 'Spring Festival' },
  { zh: '清明', en: 'Qingming' },
  { zh: '劳动节', en: 'Labour Day' },
  { zh: '端午', en: 'Dragon Boat Festival' },
  { zh: '中秋', en: 'Mid-Autumn Festival' },
  { zh: '国庆节', en: 'National Day' },
];

interface NoticeForm {
  number: string;
  date: Dayjs;
  title: string;
  checked: boolean;
  holidays: { name: string; range: [Dayjs, Dayjs] }[];
  makeUp: { date: Dayjs; for: string }[];
}

/** The year in the format of packages/policy/params/calendar/<year>.yaml (strings quoted as JSON, which YAML reads). */
function toYaml(year: number, v: NoticeForm) {
  const q = (s: string) => JSON.stringify(s);
  const en = (zh: string) => festivals.find((f) => f.zh === zh)?.en ?? zh;
  const lines = [
    `year: ${year}`,
    `checked: ${v.checked ? 'true' : 'false'}`,
    'notices:',
    `  - { number: ${q(v.number.trim())}, date: ${v.date.format('YYYY-MM-DD')}, title: ${q(v.title.trim())} }`,
    v.holidays.length ? 'holidays:' : 'holidays: []',
    ...v.holidays.map(
      (h) =>
        `  - { name: ${q(h.name)}, en: ${q(en(h.name))}, from: ${h.range[0].format('YYYY-MM-DD')}, to: ${h.range[1].format('YYYY-MM-DD')}, notice: ${q(v.number.trim())} }`,
    ),
    v.makeUp.length ? 'makeUpDays:' : 'makeUpDays: []',
    ...v.makeUp.map((m) => `  - { date: ${m.date.format('YYYY-MM-DD')}, for: ${q(m.for)}, notice: ${q(v.number.trim())} }`),
  ];
  return `${lines.join('\n')}\n`;
}

function NoticeDrawer({ year, open, onClose }: { year: number; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<NoticeForm>();
  const save = useMutation({
    mutationFn: (v: NoticeForm) => api.put<CalendarInfo>(`/calendar/${year}`, { yaml: toYaml(year, v) }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['calendar'] });
      message.success(t('cal.saved', { year }));
      onClose();
    },
  });
  const inYear = (d: Dayjs) => d.year() !== year;
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size="large"
      title={t('cal.addTitle', { year })}
      destroyOnHidden
      extra={
        <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="cal-save">
          {t('common.save')}
        </Button>
      }
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        data-testid="cal-form"
        initialValues={{ title: `国务院办公厅关于${year}年部分节假日安排的通知`, checked: true, holidays: festivals.map((f) => ({ name: f.zh })), makeUp: [] }}
      >
        <Space wrap size={16}>
          <Form.Item name="number" label={t('cal.source')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input style={{ width: 240 }} placeholder={t('cal.sourcePh')} data-testid="cal-number" />
          </Form.Item>
          <Form.Item name="date" label={t('common.date')} rules={[{ required: true, message: t('common.required') }]}>
            <DatePicker data-testid="cal-date" />
          </Form.Item>
        </Space>
        <Form.Item name="title" label={t('pf.title')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={120} />
        </Form.Item>
        <Typography.Title level={5}>{t('cal.holidays')}</Typography.Title>
        <Form.List name="holidays">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} align="baseline" data-testid={`cal-holiday-${i}`}>
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, message: t('common.required') }]}>
                    <Select style={{ width: 120 }} options={festivals.map((x) => ({ value: x.zh, label: x.zh }))} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'range']} rules={[{ required: true, message: t('common.required') }]}>
                    <DatePicker.RangePicker disabledDate={inYear} defaultPickerValue={[dayjs(`${year}-01-01`), dayjs(`${year}-02-01`)]} />
                  </Form.Item>
                  <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                </Space>
              ))}
              <Button size="small" icon={<PlusOutlined />} onClick={() => add({})}>
                {t('cal.addRow')}
              </Button>
            </>
          )}
        </Form.List>
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          {t('cal.workdays')}
        </Typography.Title>
        <Form.List name="makeUp">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} align="baseline" data-testid={`cal-makeup-${i}`}>
                  <Form.Item name={[f.name, 'date']} rules={[{ required: true, message: t('common.required') }]}>
                    <DatePicker disabledDate={(d) => d.year() < year - 1 || d.year() > year} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'for']} rules={[{ required: true, message: t('common.required') }]}>
                    <Select style={{ width: 120 }} options={festivals.map((x) => ({ value: x.zh, label: x.zh }))} />
                  </Form.Item>
                  <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                </Space>
              ))}
              <Button size="small" icon={<PlusOutlined />} onClick={() => add({})}>
                {t('cal.addRow')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="checked" valuePropName="checked" style={{ marginTop: 16 }}>
          <Checkbox>{t('cal.checked')}</Checkbox>
        </Form.Item>
        <ServerError error={save.error} testId="cal-error" />
      </Form>
    </Drawer>
  );
}

export default function CalendarPage() {
  const { t } = useI18n();
  const { data: me } = useMe();
  const info = useQuery({ queryKey: ['calendar', 'info'], queryFn: () => api.get<CalendarInfo>('/calendar') });
  const [year, setYear] = useState(new Date().getFullYear());
  const days = useQuery({ queryKey: ['calendar', 'days', year], queryFn: () => api.get<YearDays>(`/calendar/${year}/days`) });
  const [adding, setAdding] = useState(false);
  const manage = can(me, 'calendar.manage');
  const last = info.data?.last;
  const years = useMemo(() => {
    if (!info.data) return [year];
    const out: number[] = [];
    for (let y = info.data.first; y <= info.data.last + 1; y++) out.push(y);
    return out.reverse();
  }, [info.data, year]);
  const holidays = new Set(days.data?.holidays ?? []);
  const workdays = new Set(days.data?.workdays ?? []);
  const next = last ? last + 1 : undefined;
  return (
    <div data-testid="calendar-page">
      <PageHeader
        title={t('cal.title')}
        sub={t('cal.sub')}
        extra={
          <Space>
            <Select value={year} onChange={setYear} style={{ width: 110 }} options={years.map((y) => ({ value: y, label: `${y}` }))} data-testid="cal-year" />
            {manage && next && (
              <Button
                type="primary"
                onClick={() => {
                  setYear(next);
                  setAdding(true);
                }}
                data-testid="cal-add"
              >
                {t('cal.add')}（{next}）
              </Button>
            )}
          </Space>
        }
      />
      <ServerError error={info.error ?? days.error} style={{ marginBottom: 12 }} />
      {info.data && <Typography.Paragraph type="secondary">{t('cal.years', { years: `${info.data.first}–${info.data.last}` })}</Typography.Paragraph>}
      {days.data && !days.data.covered && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="cal-missing" title={t('cal.missing', { year })} />
      )}
      {days.data?.covered && (
        <Card size="small" style={{ marginBottom: 12 }} data-testid="cal-notices">
          {days.data.notices.map((n) => (
            <div key={n.number}>{t('cal.sourceOf', { source: `${n.title}（${n.number}，${n.date}）` })}</div>
          ))}
          <Space style={{ marginTop: 6 }}>
            <Tag color="red">
              {t('cal.holiday')} {days.data.holidays.length}
            </Tag>
            <Tag color="blue">
              {t('cal.workday')} {days.data.workdays.length}
            </Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('cal.legend')}
            </Typography.Text>
          </Space>
        </Card>
      )}
      {days.data?.covered && (
        <Row gutter={[12, 12]} data-testid="cal-months">
          {Array.from({ length: 12 }, (_, m) => (
            <Col key={m} xs={24} md={12} xl={8}>
              <Card size="small" title={dayjs(`${year}-${String(m + 1).padStart(2, '0')}-01`).format('YYYY年M月')} styles={{ body: { padding: 4 } }}>
                <Calendar
                  fullscreen={false}
                  value={dayjs(`${year}-${String(m + 1).padStart(2, '0')}-01`)}
                  headerRender={() => null}
                  fullCellRender={(d) => {
                    const iso = d.format('YYYY-MM-DD');
                    const inMonth = d.month() === m;
                    const bg = !inMonth ? undefined : holidays.has(iso) ? '#fde2e2' : workdays.has(iso) ? '#dbeafe' : undefined;
                    const color = !inMonth ? '#ccc' : holidays.has(iso) ? '#c8102e' : workdays.has(iso) ? '#1d4ed8' : undefined;
                    return (
                      <div
                        style={{ background: bg, color, borderRadius: 4, margin: 1, lineHeight: '22px', textAlign: 'center' }}
                        data-day={inMonth ? iso : undefined}
                      >
                        {d.date()}
                      </div>
                    );
                  }}
                />
              </Card>
            </Col>
          ))}
        </Row>
      )}
      {next && <NoticeDrawer year={next} open={adding} onClose={() => setAdding(false)} />}
    </div>
  );
}
