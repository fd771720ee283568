import { useMemo } from 'react';
import { Tag, Tooltip, Typography } from 'antd';
import { can, useMe } from '../../api/auth.ts';
import { usePrograms, type JsonSchema } from '../../api/policy.ts';
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
 * A label for a form field or one of its values: the web's own `af.*` wording first, then the label the
 * engine publishes with the program's input schema (`x-label`, `x-enum-labels`), and only then the code.
 * `lang` fixes the language (a printed form is in Chinese whatever the UI language).
 */
export function useFieldLabels(lang?: Lang) {
  const i18n = useI18n();
  const l = lang ?? i18n.lang;
  const { data: me } = useMe();
  const programs = usePrograms(can(me, 'policy.read'));
  const schema = useMemo(() => {
    const fields = new Map<string, JsonSchema>();
    for (const p of programs.data?.items ?? [])
      for (const [k, s] of Object.entries(p.inputSchema.properties ?? {})) if (!fields.has(k) && s['x-label']) fields.set(k, s);
    return fields;
  }, [programs.data]);
  const own = (key: string) => (key in messages.zh ? translate(l, key as MessageKey) : undefined);
  const pickL = (b: Bilingual | undefined) => (b ? b[l] || b.zh : undefined);
  const label = (name: string) => own(`af.${name}`) ?? pickL(schema.get(name)?.['x-label']) ?? name;
  const value = (name: string, v: unknown): string => {
    if (typeof v === 'boolean') return translate(l, v ? 'common.yes' : 'common.no');
    if (v === null || v === undefined || v === '') return translate(l, 'common.none');
    if (typeof v === 'string') {
      const s = schema.get(name);
      return own(`af.${name}.${v}`) ?? pickL((s?.['x-enum-labels'] ?? s?.items?.['x-enum-labels'])?.[v]) ?? v;
    }
    return String(v);
  };
  return { label, value };
}
