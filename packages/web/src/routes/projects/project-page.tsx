import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Button, Card, Descriptions, Result, Skeleton, Tabs } from 'antd';
import { useProject } from '../../api/lifecycle.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { EvaluationTab } from './evaluation-tab.tsx';
import { CategoryTag, ProgressCell, ProjectStatusTag } from './lifecycle-ui.tsx';
import { MilestonesTab } from './milestones-tab.tsx';
import { PlanTab } from './plan-tab.tsx';
import { ReportsTab } from './reports-tab.tsx';
import { TargetsTab } from './targets-tab.tsx';
import { SurveysTab } from '../surveys/surveys-tab.tsx';

const tabs = ['plan', 'targets', 'milestones', 'reports', 'evaluation', 'surveys'] as const;

export default function ProjectPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const { data: project, isLoading, error } = useProject(id);
  const [params, setParams] = useSearchParams();
  if (isLoading) return <Skeleton active />;
  if (error || !project)
    return (
      <Result
        status="warning"
        title={<ServerError error={error} />}
        extra={
          <Link to="/projects">
            <Button>{t('common.back')}</Button>
          </Link>
        }
      />
    );
  const wanted = params.get('tab') as (typeof tabs)[number] | null;
  const active = wanted && tabs.includes(wanted) ? wanted : 'plan';
  const content = {
    plan: <PlanTab project={project} />,
    targets: <TargetsTab project={project} />,
    milestones: <MilestonesTab project={project} />,
    reports: <ReportsTab project={project} />,
    evaluation: <EvaluationTab project={project} />,
    surveys: <SurveysTab project={project} />,
  };

  return (
    <div data-testid="project-page">
      <PageHeader
        title={
          <span data-testid="project-title">
            {project.no}. {project.title}
          </span>
        }
        sub={
          <>
            <Link to={`/projects/slates/${project.slateId}`} data-testid="project-slate-link">
              {project.slateTitle}
            </Link>{' '}
            · {project.orgName}
          </>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
          <Descriptions.Item label={t('lc.pr.category')}>
            <CategoryTag category={project.category} />
          </Descriptions.Item>
          <Descriptions.Item label={t('lc.pr.responsible')}>{project.plan.responsibleOrgName ?? t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('lc.pr.status')}>
            <ProjectStatusTag status={project.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('lc.pr.progress')}>
            <ProgressCell percent={project.percent} suppressed={project.suppressed} testId="project-progress" />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small">
        <Tabs
          activeKey={active}
          onChange={(k) => setParams({ tab: k }, { replace: true })}
          items={tabs.map((k) => ({ key: k, label: <span data-testid={`project-tab-${k}`}>{t(`lc.pr.tab.${k}`)}</span>, children: content[k] }))}
        />
      </Card>
    </div>
  );
}
