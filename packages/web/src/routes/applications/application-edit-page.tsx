// The union that filed a returned application (unit channel) corrects it and sends it back to the step
// that returned it (POST /applications/:id/resubmit), as the member does in the portal.
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, App, Result, Skeleton } from 'antd';
import { useApplication, useResubmitApplication } from '../../api/applications.ts';
import { useProgram, useProgramForm } from '../../api/programs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { ApplicationForm } from './application-form.tsx';
import { lastDecisionNote } from './application-parts.tsx';

export default function ApplicationEditPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const a = useApplication(id);
  const program = useProgram(a.data?.programId);
  const policy = useProgramForm(program.data?.id);
  const resubmit = useResubmitApplication();
  if (a.isLoading || program.isLoading || policy.isLoading) return <Skeleton active />;
  if (a.error || program.error || policy.error) return <ServerError error={a.error ?? program.error ?? policy.error} />;
  const app = a.data!;
  if (!app.abilities.resubmit)
    return <Result status="info" title={t('myp.cannotEdit')} extra={<Link to={`/applications/${app.id}`}>{t('common.back')}</Link>} />;
  return (
    <div data-testid="application-edit-page">
      <PageHeader title={t('myp.editTitle', { no: app.no })} sub={`${app.programTitle} · ${app.member?.name ?? app.applicant?.org?.name ?? app.org.name}`} />
      <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('appl.returnedBecause')} description={lastDecisionNote(app)} />
      <ApplicationForm
        program={program.data!}
        schema={policy.data!.schema}
        initial={app.form}
        existingDocuments={app.documents}
        resubmit
        submitting={resubmit.isPending}
        onSubmit={async (r) => {
          await resubmit.mutateAsync({
            id: app.id,
            form: r.form,
            documentIds: r.documentIds,
            removeDocumentIds: r.removeDocumentIds,
            ...(r.comment ? { comment: r.comment } : {}),
          });
          message.success(t('myp.resubmitted'));
          navigate(`/applications/${app.id}`);
        }}
      />
    </div>
  );
}
