import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Alert, App, Card, Descriptions, Result, Skeleton, Typography } from 'antd';
import { useMyApplication, useResubmitApplication, useSubmitApplication } from '../../api/applications.ts';
import { useMyMember } from '../../api/members.ts';
import { useProgram, useProgramForm } from '../../api/programs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { CategoryTags } from '../members/member-labels.tsx';
import { ApplicationForm } from '../applications/application-form.tsx';
import { lastDecisionNote } from '../applications/application-parts.tsx';
import { initialValues } from '../../components/schema-form.tsx';

/** Apply for a program in the portal (personal channel), or correct a returned application (?edit=id). */
export default function ApplyPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const programId = Number(useParams().programId);
  const editId = Number(useSearchParams()[0].get('edit')) || 0;
  const program = useProgram(programId);
  const policy = useProgramForm(program.data?.id);
  const me = useMyMember();
  const editing = useMyApplication(editId);
  const submit = useSubmitApplication();
  const resubmit = useResubmitApplication();

  if (program.isLoading || policy.isLoading || me.isLoading || (editId && editing.isLoading)) return <Skeleton active />;
  if (program.error || policy.error || editing.error) return <ServerError error={program.error ?? policy.error ?? editing.error} />;
  const p = program.data!;
  const a = editId ? editing.data : undefined;
  if (!a && !p.abilities.apply) return <Result status="info" title={t('myp.notAccepting')} extra={<Link to="/me/applications">{t('common.back')}</Link>} />;
  if (a && !a.abilities.resubmit)
    return <Result status="info" title={t('myp.cannotEdit')} extra={<Link to={`/me/applications/${a.id}`}>{t('common.back')}</Link>} />;
  const cur = me.data?.current;

  return (
    <div data-testid="apply-page">
      <Typography.Title level={5} style={{ margin: '4px 0 8px' }} data-testid="page-title">
        {a ? t('myp.editTitle', { no: a.no }) : t('myp.applyTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {p.title}
      </Typography.Paragraph>
      {a && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('appl.returnedBecause')} description={lastDecisionNote(a)} />}
      <Card size="small" title={t('myp.registry')} style={{ marginBottom: 12 }} data-testid="apply-registry">
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'name', label: t('member.name'), children: me.data?.name },
            { key: 'no', label: t('member.memberNo'), children: cur?.memberNo ?? t('common.none') },
            { key: 'org', label: t('member.org'), children: cur?.orgName ?? t('common.none') },
            { key: 'joined', label: t('member.joinedOn'), children: cur?.joinedOn ?? t('common.none') },
            ...(me.data?.categories.length ? [{ key: 'cat', label: t('member.category'), children: <CategoryTags codes={me.data.categories} /> }] : []),
          ]}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('myp.registryHint')}
        </Typography.Text>
      </Card>
      <ApplicationForm
        program={p}
        schema={policy.data!.schema}
        initial={a ? a.form : initialValues(policy.data!.schema, { registry: me.data })}
        existingDocuments={a?.documents}
        resubmit={!!a}
        submitting={submit.isPending || resubmit.isPending}
        onSubmit={async (r) => {
          const out = a
            ? await resubmit.mutateAsync({
                id: a.id,
                form: r.form,
                documentIds: r.documentIds,
                removeDocumentIds: r.removeDocumentIds,
                ...(r.comment ? { comment: r.comment } : {}),
              })
            : await submit.mutateAsync({ programId: p.id, form: r.form, documentIds: r.documentIds });
          message.success(a ? t('myp.resubmitted') : t('appl.submitted', { no: out.no }));
          navigate(`/me/applications/${out.id}`);
        }}
      />
    </div>
  );
}
