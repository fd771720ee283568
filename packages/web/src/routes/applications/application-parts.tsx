// Pieces of an application shared by the officer's detail page and the member portal.
import { useCarriedOver } from '../../components/policy-version-tag.tsx';
import { TraceView } from '../../components/policy-values.tsx';
import type { TraceEntry } from '../../api/policy.ts';
import { Alert, Card, Collapse, Descriptions, Empty, Tag, Timeline, Typography } from 'antd';
import { FileOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { ApplicationDetail, ApplicationDocument, Evaluation, HistoryStep, Reason, TraceItem } from '../../api/applications.ts';
import { fileUrl } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { actionColor, useFieldLabels, yuan } from './application-labels.tsx';

export function FormValues({ form, programId, compact }: { form: Record<string, unknown>; programId: number; compact?: boolean }) {
  const { label, value } = useFieldLabels(programId);
  const { t } = useI18n();
  return (
    <Card title={t('appl.form')} data-testid="application-form-values" size={compact ? 'small' : undefined}>
      <Descriptions
        size="small"
        column={compact ? 1 : { xs: 1, sm: 2 }}
        items={Object.entries(form).map(([k, v]) => ({ key: k, label: label(k), children: <span data-testid={`form-value-${k}`}>{value(k, v)}</span> }))}
      />
    </Card>
  );
}

export function ReasonList({ reasons, testId = 'application-reasons' }: { reasons: Reason[]; testId?: string }) {
  const { pick } = useI18n();
  return (
    <ul data-testid={testId} style={{ margin: 0, paddingInlineStart: 18 }}>
      {reasons.map((r) => (
        <li key={r.code} data-code={r.code}>
          {pick(r.message)}
        </li>
      ))}
    </ul>
  );
}

/** The engine's trace kept with an application: the same renderer as the policy explorer's. */
export function TraceTable({ trace }: { trace: TraceItem[] }) {
  return <TraceView trace={trace as TraceEntry[]} testId="application-trace" />;
}

/** The engine's decision: eligible or not, the amount, the reasons, and (for officers) the trace. */
export function EvaluationCard({ ev, amount, program, programId }: { ev: Evaluation; amount: number; program?: string; programId?: number }) {
  const { t } = useI18n();
  const carried = useCarriedOver(program, ev.policy);
  const { label, value } = useFieldLabels(programId);
  return (
    <Card
      title={t('appl.evaluation')}
      data-testid="application-evaluation"
      extra={
        <Typography.Text type="secondary">
          {t('appl.evaluatedOn', { date: ev.at, policy: ev.policy })}
          {carried && (
            <Tag color="purple" style={{ marginInlineStart: 6 }} data-testid="carried-over">
              {t('pv.carriedOver')}
            </Tag>
          )}
        </Typography.Text>
      }
    >
      {ev.eligible ? (
        <Alert type="success" showIcon title={<span data-testid="application-eligible">{t('appl.eligible', { amount: yuan(amount) })}</span>} />
      ) : (
        <Alert type="error" showIcon title={t('appl.ineligible')} description={<ReasonList reasons={ev.reasons} />} />
      )}
      {ev.eligible && ev.reasons.length > 0 && <ReasonList reasons={ev.reasons} />}
      {ev.input && (
        <Descriptions
          style={{ marginTop: 12 }}
          size="small"
          title={<span style={{ fontSize: 14 }}>{t('appl.engineInput')}</span>}
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={Object.entries(ev.input).map(([k, v]) => ({ key: k, label: label(k), children: value(k, v) }))}
        />
      )}
      {ev.trace && (
        <Collapse
          style={{ marginTop: 12 }}
          size="small"
          items={[
            {
              key: 'trace',
              label: <span data-testid="application-trace-toggle">{t('appl.trace', { n: ev.trace.length })}</span>,
              children: <TraceTable trace={ev.trace} />,
            },
          ]}
        />
      )}
    </Card>
  );
}

export function HistoryTimeline({ history, compact }: { history: HistoryStep[]; compact?: boolean }) {
  const { t, tx } = useI18n();
  return (
    <Card title={t('appl.history')} data-testid="application-history" size={compact ? 'small' : undefined}>
      {history.length ? (
        <Timeline
          items={history.map((h, i) => ({
            color: actionColor[h.action],
            content: (
              <div data-testid={`history-${i}`} data-action={h.action}>
                <div style={{ fontWeight: 500 }}>
                  {t(`appl.action.${h.action}`)}
                  {h.level ? <Typography.Text type="secondary"> · {tx(`appl.level.${h.level}`, h.level)}</Typography.Text> : null}
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[h.actor === 'system' ? '' : h.actor, h.org, dayjs(h.at).format('YYYY-MM-DD HH:mm'), h.dueOn ? t('appl.dueBy', { date: h.dueOn }) : '']
                    .filter(Boolean)
                    .join(' · ')}
                </Typography.Text>
                {h.comment && <div style={{ marginTop: 2 }}>{h.comment}</div>}
              </div>
            ),
          }))}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
    </Card>
  );
}

export function DocumentList({
  docs,
  canView,
  docName,
  compact,
}: {
  docs: ApplicationDocument[];
  canView: boolean;
  docName: (type: string) => string;
  compact?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Card title={t('appl.documents')} data-testid="application-documents" size={compact ? 'small' : undefined}>
      {docs.length ? (
        docs.map((d) => (
          <div
            key={d.id}
            style={{ display: 'flex', gap: 10, alignItems: 'flex-start', padding: '8px 0', borderBottom: '1px solid rgba(5,5,5,0.06)' }}
            data-testid={`document-${d.id}`}
          >
            <FileOutlined style={{ marginTop: 4 }} />
            <div style={{ flex: 1, minWidth: 0 }}>
              <div>{docName(d.type)}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
                {d.fileName} · {(d.size / 1024).toFixed(1)} KB · SHA-256 {d.sha256.slice(0, 12)}…
              </Typography.Text>
            </div>
            {canView && (
              <a href={fileUrl(`/documents/${d.id}/content`)} target="_blank" rel="noreferrer" data-testid={`document-view-${d.id}`}>
                {t('appl.viewDocument')}
              </a>
            )}
          </div>
        ))
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('appl.noDocuments')} />
      )}
    </Card>
  );
}

/** The latest note a reviewer left when returning or rejecting. */
export function lastDecisionNote(a: ApplicationDetail): string | null {
  const h = [...a.history].reverse().find((x) => x.action === 'return' || x.action === 'reject');
  return h?.comment ?? a.rejectReason ?? null;
}
