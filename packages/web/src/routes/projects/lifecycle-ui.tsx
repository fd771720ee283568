// Small pieces the calls, projects, dashboard and public pages share.
import { Progress, Tag, Tooltip } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Category, ProjectStatus, Stage } from '../../api/lifecycle.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';

export const categoryColors: Record<Category, string> = {
  rights: 'red',
  skills: 'blue',
  health: 'green',
  living: 'orange',
  hardship: 'magenta',
  'culture-sports': 'purple',
  employment: 'cyan',
  other: 'default',
};

export function CategoryTag({ category }: { category: Category | null | undefined }) {
  const { t } = useI18n();
  if (!category) return null;
  return <Tag color={categoryColors[category]}>{t(`lc.cat.${category}` as MessageKey)}</Tag>;
}

const stageColors: Record<Stage, string> = { upcoming: 'default', collection: 'processing', screening: 'gold', consultation: 'purple', publication: 'green' };

export function StageTag({ stage }: { stage: Stage }) {
  const { t } = useI18n();
  return (
    <Tag color={stageColors[stage]} data-testid="call-stage">
      {t(`lc.stage.${stage}` as MessageKey)}
    </Tag>
  );
}

const statusColors: Record<ProjectStatus, string> = { planned: 'default', 'in-progress': 'processing', completed: 'success' };

export function ProjectStatusTag({ status, behind }: { status: ProjectStatus; behind?: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <Tag color={statusColors[status]}>{t(`lc.pr.status.${status}` as MessageKey)}</Tag>
      {behind && status !== 'completed' && <Tag color="error">{t('lc.pr.behind')}</Tag>}
    </>
  );
}

/** A figure the server withheld (null, `suppressed`): fewer than 5 applications outside my scope stand behind it. */
export function Withheld({ testId }: { testId?: string | undefined }) {
  const { t } = useI18n();
  return (
    <Tooltip title={t('lc.withheld.hint')}>
      <Tag data-testid={testId} data-suppressed="true" style={{ marginInlineEnd: 0 }}>
        {t('lc.withheld')}
      </Tag>
    </Tooltip>
  );
}

/** A count, or "<5" when withheld. */
export function CountCell({
  value,
  suppressed,
  testId,
  blankZero,
}: {
  value: number | null;
  suppressed?: boolean | undefined;
  testId?: string;
  blankZero?: boolean;
}) {
  const { lang } = useI18n();
  if (value === null && suppressed) return <Withheld testId={testId} />;
  return <span data-testid={testId}>{blankZero && !value ? '' : fmtNum(value, lang)}</span>;
}

/** Progress against the time gone by: red when behind it. */
export function ProgressCell({
  percent,
  expected,
  behind,
  testId,
  suppressed,
}: {
  percent: number | null;
  expected?: number;
  behind?: boolean;
  testId?: string;
  suppressed?: boolean;
}) {
  const { t } = useI18n();
  if (percent === null && suppressed) return <Withheld testId={testId} />;
  if (percent === null) return <span data-testid={testId}>{t('common.none')}</span>;
  const bar = (
    <Progress
      data-testid={testId}
      percent={percent}
      size="small"
      status={percent >= 100 ? 'success' : behind ? 'exception' : 'active'}
      format={(p) => `${p}%`}
      style={{ minWidth: 120, marginBottom: 0 }}
    />
  );
  return expected !== undefined ? <Tooltip title={t('lc.d.expected', { p: expected })}>{bar}</Tooltip> : bar;
}

export const fmtNum = (n: number | null | undefined, lang: string) =>
  n == null ? '—' : n.toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: 2 });
export const fmtYuan = (n: number | null | undefined, lang: string) =>
  n == null ? '—' : `¥${n.toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN', { minimumFractionDigits: 0, maximumFractionDigits: 2 })}`;

export const toDay = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);
export const fromDay = (s: string | null | undefined) => (s ? dayjs(s) : undefined);

export function useRange() {
  const { t } = useI18n();
  return (from: string, to: string | null) => (to ? t('lc.range', { from, to }) : t('lc.from', { date: from }));
}

/** Keep only the fields that carry a value (the API treats an empty string as a value). */
export function compact<T extends object>(v: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>))
    if (x !== undefined && x !== null && x !== '') out[k] = typeof x === 'string' ? x.trim() : x;
  return out as Partial<T>;
}
