// Open a program for a year, or change one (issue 12 §1): windows, channels, the review chain with
// its time limits, required documents, settlement, contacts — for the federation or a district.
// A new year starts from the program's latest instance (its dates moved to the new year), so the
// officer edits what changed instead of typing the chain again. Everything goes through the
// existing POST/PATCH /programs; the server checks the chain, the departments and the dates.
import { useEffect, useMemo, useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { App, Button, Card, Checkbox, DatePicker, Drawer, Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { usePrograms as usePolicyPrograms } from '../../api/policy.ts';
import { programKeys, type Level, type Program } from '../../api/programs.ts';
import { useMe, can } from '../../api/auth.ts';
import { OrgSelect } from '../../components/org-select.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { useI18n } from '../../i18n/index.tsx';

/**
 * The sites' programs (modules/sites/adapters.ts, issue 11): a union or a site applies, and the grant is paid
 * to the organisation's verified account, not to a member card.
 */
export const unitPrograms = [
  'driver-home-grant',
  'health-point-standard',
  'health-point-grant',
  'canteen-standard',
  'culture-team-grant',
  'nursing-room-subsidy',
  'childcare-subsidy',
];
/** Programs with an application form on the server (modules/programs/catalog.ts and the sites' adapters). */
export const programsWithForms = ['skill-promotion-award', 'invention-award', 'critical-illness-condolence', 'member-vacation', ...unitPrograms];
/** Departments and agencies that review at the federation or settle a program. */
const functionCodes = ['grassroots-work', 'rights', 'mutual-aid-centre', 'labour-relations', 'finance'];
const roleOfLevel: Record<Level, string> = { grassroots: 'grassroots-officer', regional: 'regional-officer', federation: 'department-officer' };
const agencies = new Set(['mutual-aid-centre']);

interface FormValues {
  program: string;
  year: Dayjs;
  orgId?: number;
  title: string;
  status: Program['status'];
  channels: ('personal' | 'unit')[];
  windows: { range: [Dayjs, Dayjs] }[];
  chain: { level: Level; functionCode?: string; unit: 'workingDays' | 'calendarDays'; n: number; skipPersonal: boolean }[];
  documents: { zh: string; en?: string }[];
  closeDay: number;
  payByDay: number;
  preparer: string;
  contacts: { role: string; org: string; name: string; phone: string }[];
  budget?: number | null;
  sources?: string;
}

const shift = (d: string, years: number) => dayjs(d).add(years, 'year');

/** The form's values from an instance; `toYear` moves its dates to another year (a new year from the last one). */
function fromInstance(p: Program, toYear?: number): Partial<FormValues> {
  const dy = toYear ? toYear - p.year : 0;
  return {
    program: p.program,
    year: dayjs(`${toYear ?? p.year}-01-01`),
    title: toYear ? p.title.replace(String(p.year), String(toYear)) : p.title,
    status: toYear ? 'draft' : p.status,
    channels: p.channels,
    windows: p.windows.map((w) => ({ range: [shift(w.from, dy), shift(w.to, dy)] as [Dayjs, Dayjs] })),
    chain: p.reviewChain.map((s) => ({
      level: s.level,
      functionCode: s.actor.functionCode,
      unit: s.dueIn.workingDays ? 'workingDays' : 'calendarDays',
      n: s.dueIn.workingDays ?? s.dueIn.calendarDays ?? 5,
      skipPersonal: s.skipForChannels.includes('personal'),
    })),
    documents: p.requiredDocuments.filter((d) => !d.when).map((d) => ({ zh: d.name.zh, en: d.name.en })),
    closeDay: p.settlement.closeDay,
    payByDay: p.settlement.payByDay,
    preparer: p.settlement.preparer,
    contacts: p.contacts,
    // A new year sets its own budget; an edit shows the recorded one.
    budget: toYear ? undefined : p.budget,
    sources: p.sources ?? undefined,
  };
}

const blank = (year: number): Partial<FormValues> => ({
  year: dayjs(`${year}-01-01`),
  status: 'draft',
  channels: ['unit'],
  windows: [{ range: [dayjs(`${year}-01-01`), dayjs(`${year}-12-31`)] }],
  chain: [{ level: 'grassroots', unit: 'workingDays', n: 5, skipPersonal: false }],
  documents: [],
  closeDay: 25,
  payByDay: 10,
  preparer: 'mutual-aid-centre',
  contacts: [],
});

function toBody(v: FormValues, existing?: Program) {
  const channels = v.channels;
  // An edit keeps the instance's payee; a new sites' program pays the organisation's account (issue 11 §1).
  const payTo = existing?.settlement.payTo ?? (unitPrograms.includes(v.program) ? 'org-account' : 'member-card');
  const body = {
    title: v.title.trim(),
    status: v.status,
    channels,
    windows: v.windows.map((w, i) => ({ batch: i + 1, from: w.range[0].format('YYYY-MM-DD'), to: w.range[1].format('YYYY-MM-DD') })),
    reviewChain: v.chain.map((s) => ({
      level: s.level,
      actor:
        s.level === 'federation'
          ? { role: agencies.has(s.functionCode ?? '') ? 'agency-officer' : 'department-officer', functionCode: s.functionCode }
          : { role: roleOfLevel[s.level] },
      dueIn: { [s.unit]: s.n },
      skipForChannels: s.skipPersonal ? ['personal'] : [],
    })),
    // Conditional documents of an existing instance (e.g. the mentoring agreement for a mentor) are kept as they are.
    requiredDocuments: [
      ...v.documents.map((d, i) => {
        const same = existing?.requiredDocuments.find((x) => !x.when && x.name.zh === d.zh.trim());
        return { type: same?.type ?? `doc-${i + 1}`, name: { zh: d.zh.trim(), en: (d.en ?? '').trim() || d.zh.trim() } };
      }),
      ...(existing?.requiredDocuments.filter((x) => x.when) ?? []),
    ],
    settlement: { cadence: 'monthly', closeDay: v.closeDay, payByDay: v.payByDay, preparer: v.preparer, payTo },
    contacts: v.contacts.filter((c) => c.name?.trim()),
    // Cleared on an edit means no budget (null); left empty on a new instance means none given.
    budget: v.budget ?? (existing ? null : undefined),
    sources: v.sources?.trim() || undefined,
  };
  return body;
}

export function ProgramFormDrawer({
  open,
  onClose,
  existing,
  all,
  onSaved,
}: {
  open: boolean;
  onClose: () => void;
  existing?: Program;
  all: Program[];
  onSaved: (p: Program) => void;
}) {
  const { t, pick, tx } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const policy = usePolicyPrograms(open);
  const qc = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const [error, setError] = useState<unknown>(null);
  const thisYear = new Date().getFullYear();
  const save = useMutation({
    mutationFn: (v: FormValues) =>
      existing
        ? api.patch<Program>(`/programs/${existing.id}`, toBody(v, existing))
        : api.post<Program>('/programs', { program: v.program, year: v.year.year(), ...(v.orgId ? { orgId: v.orgId } : {}), ...toBody(v) }),
    onSuccess: (p) => {
      qc.setQueryData(programKeys.detail(p.id), p);
      void qc.invalidateQueries({ queryKey: ['programs', 'list'] });
    },
  });

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue((existing ? fromInstance(existing) : blank(thisYear)) as FormValues);
  }, [open, existing, form, thisYear]);

  // Choosing a program (or a year) for a new instance starts from that program's latest instance.
  const prefill = (program: string, year: number) => {
    const last = all.filter((p) => p.program === program && p.year < year).sort((a, b) => b.year - a.year)[0];
    const info = policy.data?.items.find((p) => p.code === program);
    form.setFieldsValue({
      ...(last ? fromInstance(last, year) : { ...blank(year), title: `${year}年${pick(info?.title) || ''}` }),
      program,
      year: dayjs(`${year}-01-01`),
    } as FormValues);
  };

  const programOptions = useMemo(
    () => (policy.data?.items ?? []).filter((p) => programsWithForms.includes(p.code)).map((p) => ({ value: p.code, label: pick(p.title) })),
    [policy.data, pick],
  );
  const fnOptions = functionCodes.map((c) => ({ value: c, label: tx(`prog.fn.${c}`, c) }));
  const submit = async (v: FormValues) => {
    setError(null);
    try {
      const p = await save.mutateAsync(v);
      message.success(existing ? t('common.saved') : t('pf.opened'));
      onSaved(p);
      onClose();
    } catch (e) {
      setError(e);
    }
  };
  const federationOnly = !!me && me.role !== 'federation-admin' && me.role !== 'department-officer';

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size="large"
      width={880}
      title={existing ? t('pf.editTitle', { title: existing.title }) : t('pf.newTitle')}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="pf-save">
            {existing ? t('common.save') : t('pf.open')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={submit} data-testid="program-form" requiredMark>
        <Card size="small" title={t('pf.basics')} style={{ marginBottom: 12 }}>
          <Space wrap size={16} align="start">
            <Form.Item name="program" label={t('prog.policy')} rules={[{ required: true, message: t('common.required') }]} style={{ minWidth: 320 }}>
              <Select
                disabled={!!existing}
                options={programOptions}
                data-testid="pf-program"
                onChange={(c: string) => prefill(c, form.getFieldValue('year')?.year() ?? thisYear)}
                placeholder={t('pf.pickProgram')}
              />
            </Form.Item>
            <Form.Item name="year" label={t('prog.year')} rules={[{ required: true, message: t('common.required') }]}>
              <DatePicker
                picker="year"
                disabled={!!existing}
                data-testid="pf-year"
                allowClear={false}
                onChange={(d) => d && form.getFieldValue('program') && prefill(form.getFieldValue('program'), d.year())}
              />
            </Form.Item>
            {!existing && can(me, 'programs.manage') && (
              <Form.Item name="orgId" label={t('pf.org')} extra={federationOnly ? t('pf.orgOwn') : t('pf.orgHint')} style={{ minWidth: 280 }}>
                <OrgSelect kinds={['municipal', 'district', 'industry']} placeholder={me?.orgName ?? ''} testId="pf-org" />
              </Form.Item>
            )}
          </Space>
          <Form.Item name="title" label={t('pf.title')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input maxLength={120} data-testid="pf-title" />
          </Form.Item>
          <Space wrap size={24}>
            <Form.Item name="status" label={t('common.status')}>
              <Radio.Group data-testid="pf-status" options={(['draft', 'open', 'closed'] as const).map((s) => ({ value: s, label: t(`prog.status.${s}`) }))} />
            </Form.Item>
            <Form.Item name="channels" label={t('prog.channels')} rules={[{ required: true, type: 'array', min: 1, message: t('pf.channelsRequired') }]}>
              <Checkbox.Group
                data-testid="pf-channels"
                options={[
                  { value: 'personal', label: t('appl.channel.personal') },
                  { value: 'unit', label: t('appl.channel.unit') },
                ]}
              />
            </Form.Item>
          </Space>
        </Card>

        <Card size="small" title={t('prog.windows')} style={{ marginBottom: 12 }}>
          <Form.List name="windows">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <Space key={f.key} align="baseline">
                    <span style={{ minWidth: 56 }}>{t('prog.batch', { n: i + 1 })}</span>
                    <Form.Item name={[f.name, 'range']} rules={[{ required: true, message: t('common.required') }]}>
                      <DatePicker.RangePicker data-testid={`pf-window-${i}`} />
                    </Form.Item>
                    {fields.length > 1 && <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('common.delete')} />}
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({})} size="small">
                  {t('pf.addWindow')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>

        <Card size="small" title={t('prog.chain')} style={{ marginBottom: 12 }}>
          <Form.List name="chain">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <Space key={f.key} align="baseline" wrap data-testid={`pf-step-${i}`}>
                    <span style={{ minWidth: 20 }}>{i + 1}.</span>
                    <Form.Item name={[f.name, 'level']} rules={[{ required: true, message: t('common.required') }]}>
                      <Select
                        style={{ width: 200 }}
                        options={(['grassroots', 'regional', 'federation'] as const).map((l) => ({ value: l, label: t(`pf.level.${l}`) }))}
                      />
                    </Form.Item>
                    <Form.Item noStyle shouldUpdate>
                      {() =>
                        form.getFieldValue(['chain', f.name, 'level']) === 'federation' ? (
                          <Form.Item name={[f.name, 'functionCode']} rules={[{ required: true, message: t('pf.fnRequired') }]}>
                            <Select style={{ width: 190 }} options={fnOptions.filter((o) => o.value !== 'finance')} placeholder={t('pf.fn')} />
                          </Form.Item>
                        ) : null
                      }
                    </Form.Item>
                    <Form.Item name={[f.name, 'n']} rules={[{ required: true, message: t('common.required') }]}>
                      <InputNumber min={1} max={366} style={{ width: 80 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'unit']}>
                      <Select
                        style={{ width: 110 }}
                        options={[
                          { value: 'workingDays', label: t('pf.workingDays') },
                          { value: 'calendarDays', label: t('pf.calendarDays') },
                        ]}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'skipPersonal']} valuePropName="checked">
                      <Checkbox>{t('pf.skipPersonal')}</Checkbox>
                    </Form.Item>
                    {fields.length > 1 && <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('common.delete')} />}
                  </Space>
                ))}
                <div>
                  <Button icon={<PlusOutlined />} size="small" onClick={() => add({ level: 'federation', unit: 'workingDays', n: 15, skipPersonal: false })}>
                    {t('pf.addStep')}
                  </Button>
                </div>
                <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
                  {t('pf.chainHint')}
                </Typography.Paragraph>
              </>
            )}
          </Form.List>
        </Card>

        <Card size="small" title={t('prog.documents')} style={{ marginBottom: 12 }}>
          <Form.List name="documents">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <Space key={f.key} align="baseline" wrap>
                    <span style={{ minWidth: 20 }}>{i + 1}.</span>
                    <Form.Item name={[f.name, 'zh']} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
                      <Input style={{ width: 320 }} placeholder={t('pf.docZh')} maxLength={200} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'en']}>
                      <Input style={{ width: 260 }} placeholder={t('pf.docEn')} maxLength={200} />
                    </Form.Item>
                    <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} size="small" onClick={() => add({})}>
                  {t('pf.addDoc')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>

        <Card size="small" title={t('prog.settlement')} style={{ marginBottom: 12 }}>
          <Space wrap size={16}>
            <Form.Item name="closeDay" label={t('pf.closeDay')} rules={[{ required: true, message: t('common.required') }]}>
              <InputNumber min={1} max={28} />
            </Form.Item>
            <Form.Item name="payByDay" label={t('pf.payByDay')} rules={[{ required: true, message: t('common.required') }]}>
              <InputNumber min={1} max={28} />
            </Form.Item>
            <Form.Item name="preparer" label={t('pf.preparer')} extra={t('pf.preparerHint')} rules={[{ required: true, message: t('common.required') }]}>
              <Select style={{ width: 220 }} data-testid="pf-preparer" options={fnOptions.filter((o) => o.value !== 'finance' && o.value !== 'rights')} />
            </Form.Item>
            <Form.Item name="budget" label={t('pf.budget')} extra={t('pf.budgetHint')}>
              <InputNumber min={0} max={1e10} step={1000} precision={2} addonAfter={t('pf.yuan')} style={{ width: 220 }} data-testid="pf-budget" />
            </Form.Item>
          </Space>
        </Card>

        <Card size="small" title={t('prog.contacts')} style={{ marginBottom: 12 }}>
          <Form.List name="contacts">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item name={[f.name, 'role']}>
                      <Input style={{ width: 100 }} placeholder={t('prog.contact.role')} maxLength={40} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'org']}>
                      <Input style={{ width: 220 }} placeholder={t('prog.contact.org')} maxLength={80} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'name']} rules={[{ required: true, message: t('common.required') }]}>
                      <Input style={{ width: 120 }} placeholder={t('prog.contact.name')} maxLength={40} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'phone']}>
                      <Input style={{ width: 150 }} placeholder={t('prog.contact.phone')} maxLength={40} />
                    </Form.Item>
                    <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} size="small" onClick={() => add({ role: '联系人', org: '', name: '', phone: '' })}>
                  {t('pf.addContact')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>

        <Form.Item name="sources" label={t('prog.sources')} extra={t('pf.sourcesHint')}>
          <Input.TextArea rows={2} maxLength={500} data-testid="pf-sources" />
        </Form.Item>
        <ServerError error={error} testId="pf-error" />
      </Form>
    </Drawer>
  );
}
