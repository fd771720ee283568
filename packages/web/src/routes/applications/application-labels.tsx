import { useMemo } from 'react';
import { Tag, Tooltip, Typography } from 'antd';
import { can, useMe } from '../../api/auth.ts';
import { usePrograms, type JsonSchema } from '../../api/policy.ts';
import { useProgramForm } from '../../api/programs.ts';
import { messages, type MessageKey } from '../../i18n/messages.ts';
import type { ApplicationRow, ApplicationStatus, HistoryAction } from '../../api/applications.ts';
import type { Channel } from '../../api/programs.ts';
import { translate, useI18n, type Bilingual, type Lang } from '../../i18n/index.tsx';

const statusColor: Record<ApplicationStatus, string> = {
  'in-review': 'processing',
  returned: 'warning',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
};

export function ApplicationStatusTag({ status, testId }: { status: ApplicationStatus; testId?: string }) {
  const { t } = useI18n();
  return (
    <Tag color={statusColor[status]} data-testid={testId} data-status={status}>
      {t(`appl.status.${status}`)}
    </Tag>
  );
}

export function ChannelTag({ channel }: { channel: Channel }) {
  const { t } = useI18n();
  return <Tag color={channel === 'personal' ? 'cyan' : 'purple'}>{t(`appl.channel.${channel}`)}</Tag>;
}

export function OverdueTag({ overdue }: { overdue: boolean }) {
  const { t } = useI18n();
  return overdue ? <Tag color="red">{t('appl.overdue')}</Tag> : null;
}

/** Whose turn it is and by when: "复审（区局（产业）工会） · 浦东新区总工会 · 2018-04-03 前". */
export function StepText({ a }: { a: Pick<ApplicationRow, 'status' | 'step' | 'overdue'> }) {
  const { t, pick } = useI18n();
  if (!a.step || a.status !== 'in-review') return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <span>
      {pick(a.step.name)}
      {a.step.org ? ` · ${a.step.org}` : ''}
      {a.step.dueOn && (
        <Typography.Text type={a.overdue ? 'danger' : 'secondary'} style={{ fontSize: 12, display: 'block' }}>
          {t('appl.dueBy', { date: a.step.dueOn })}
          {a.step.dueProvisional && (
            <Tooltip title={t('appl.dueProvisionalHint', { year: a.step.dueOn.slice(0, 4) })}>
              <Tag color="gold" style={{ marginInlineStart: 4, fontSize: 11 }} data-testid="due-provisional">
                {t('appl.dueProvisional')}
              </Tag>
            </Tooltip>
          )}
        </Typography.Text>
      )}
    </span>
  );
}

export const actionColor: Record<HistoryAction, string> = {
  submit: 'blue',
  resubmit: 'blue',
  skip: 'gray',
  approve: 'green',
  return: 'orange',
  reject: 'red',
  withdraw: 'gray',
};

const yuanFormat = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** Amounts in yuan with two decimals: ¥1,000.00. */
export const yuan = (n: number | null | undefined) => (n === null || n === undefined ? '—' : `¥${yuanFormat.format(n)}`);

/**
 * A label for a form field or one of its values, in this order: the program's published application form
 * (GET /programs/:id/form: the adapter's labels, the same the form was filled with), the web's `af.*`
 * wording of the facts the server adds to a form (isMember, appliedOn, paidThisYear, union), the label the
 * engine publishes with the program's input schema (`x-label`, `x-enum-labels`), and only then the code.
 * Labels are per program: the vacation's `rooms` (房间数) is not the teaching point's (专用教室设施设备).
 * `lang` fixes the language (a printed form is in Chinese whatever the UI language).
 */
export function useFieldLabels(programId: number | undefined, lang?: Lang) {
  const i18n = useI18n();
  const l = lang ?? i18n.lang;
  const { data: me } = useMe();
  const programs = usePrograms(can(me, 'policy.read'));
  const published = useProgramForm(programId);
  const schema = useMemo(() => {
    const fields = new Map<string, JsonSchema>();
    for (const p of programs.data?.items ?? [])
      for (const [k, s] of Object.entries(p.inputSchema.properties ?? {})) if (!fields.has(k) && s['x-label']) fields.set(k, s);
    return fields;
  }, [programs.data]);
  const form = published.data?.schema.properties ?? {};
  const own = (key: string) => (key in messages.zh ? translate(l, key as MessageKey) : undefined);
  const pickL = (b: Bilingual | undefined) => (b ? b[l] || b.zh : undefined);
  const enumLabel = (s: JsonSchema | undefined, v: string) => pickL((s?.['x-enum-labels'] ?? s?.items?.['x-enum-labels'])?.[v]);
  const label = (name: string) => pickL(form[name]?.['x-label']) ?? own(`af.${name}`) ?? pickL(schema.get(name)?.['x-label']) ?? name;
  const one = (name: string, v: unknown): string => {
    if (typeof v === 'boolean') return translate(l, v ? 'common.yes' : 'common.no');
    if (v === null || v === undefined || v === '') return translate(l, 'common.none');
    if (typeof v === 'string') return enumLabel(form[name], v) ?? enumLabel(schema.get(name), v) ?? v;
    if (typeof v === 'object') return Object.values(v as Record<string, unknown>).join(' ');
    return String(v);
  };
  /** A value as people read it: codes by their names, a list joined (、), a list of rows one per row (；). */
  const value = (name: string, v: unknown): string => {
    if (!Array.isArray(v)) return one(name, v);
    if (!v.length) return translate(l, 'common.none');
    return v.map((x) => one(name, x)).join(v.some((x) => typeof x === 'object' && x !== null) ? '；' : '、');
  };
  return { label, value };
}
