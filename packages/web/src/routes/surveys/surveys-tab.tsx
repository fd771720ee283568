// Project detail → 满意度测评: the project's surveys, create/edit/delete (while no one has answered),
// and the results of the one picked.
import { useState } from 'react';
import { App, Button, Empty, Flex, Popconfirm, Skeleton, Space, Table, Tag, type ButtonProps } from 'antd';
import { BarChartOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useProjectSurveys, useSurveyMutations, type Survey, type SurveyState } from '../../api/surveys.ts';
import type { Project } from '../../api/lifecycle.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { SurveyForm } from './survey-form.tsx';
import { SurveyResultsView } from './survey-results.tsx';

const stateColors: Record<SurveyState, string> = { scheduled: 'default', open: 'processing', closed: 'success' };

export function SurveyStateTag({ survey }: { survey: Pick<Survey, 'state' | 'stateName'> }) {
  const { pick } = useI18n();
  return (
    <Tag color={stateColors[survey.state as SurveyState] ?? 'default'} data-state={survey.state}>
      {pick(survey.stateName)}
    </Tag>
  );
}

export function SurveysTab({ project }: { project: Project }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { data, isLoading, error } = useProjectSurveys(project.id);
  const m = useSurveyMutations(project.id);
  const [picked, setPicked] = useState<number | null>(null);
  const [editing, setEditing] = useState<Survey | 'new' | null>(null);
  if (isLoading) return <Skeleton active />;
  if (!data) return <ServerError error={error} />;
  const items = data.items;
  const current = items.find((s) => s.id === picked) ?? items[0];
  // Officers who may plan the project may add a survey; the server has the final word.
  const canCreate = project.abilities.update || project.abilities.plan;

  return (
    <div data-testid="surveys-tab">
      {canCreate && (
        <Flex justify="end" style={{ marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="survey-new">
            {t('sv.new')}
          </Button>
        </Flex>
      )}
      <ServerError error={m.remove.error} style={{ marginBottom: 12 }} />
      {!items.length ? (
        <Empty description={t('sv.none')} />
      ) : (
        <Table<Survey>
          data-testid="survey-table"
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 720 }}
          dataSource={items}
          rowClassName={(s) => (s.id === current?.id ? 'ant-table-row-selected' : '')}
          onRow={(s) => ({ onClick: () => setPicked(s.id), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('sv.title'), dataIndex: 'title', render: (v: string, s) => <span data-testid={`survey-row-${s.id}`}>{v}</span> },
            { title: t('sv.dates'), key: 'dates', width: 210, render: (_, s) => `${s.opensOn} ~ ${s.closesOn}` },
            { title: t('sv.state'), key: 'state', width: 100, render: (_, s) => <SurveyStateTag survey={s} /> },
            { title: t('sv.questions'), key: 'q', width: 80, align: 'right', render: (_, s) => s.questions.length },
            {
              title: t('sv.responses'),
              dataIndex: 'responses',
              width: 90,
              align: 'right',
              render: (v: number | undefined, s) => <span data-testid={`survey-responses-${s.id}`}>{v ?? '—'}</span>,
            },
            {
              title: t('common.actions'),
              key: 'a',
              width: 190,
              render: (_, s) => (
                <Space size={0} onClick={(e) => e.stopPropagation()}>
                  <Button size="small" type="link" icon={<BarChartOutlined />} onClick={() => setPicked(s.id)} data-testid={`survey-results-${s.id}`}>
                    {t('sv.results')}
                  </Button>
                  {s.abilities.update && (
                    <Button
                      size="small"
                      type="link"
                      icon={<EditOutlined />}
                      onClick={() => setEditing(s)}
                      data-testid={`survey-edit-${s.id}`}
                      aria-label={t('common.edit')}
                    />
                  )}
                  {s.abilities.delete && (
                    <Popconfirm
                      title={t('sv.deleteConfirm', { title: s.title })}
                      okButtonProps={{ danger: true, 'data-testid': 'survey-delete-confirm' } as ButtonProps}
                      onConfirm={() => m.remove.mutateAsync(s.id).then(() => message.success(t('sv.deleted')))}
                    >
                      <Button size="small" type="link" danger icon={<DeleteOutlined />} data-testid={`survey-delete-${s.id}`} aria-label={t('common.delete')} />
                    </Popconfirm>
                  )}
                </Space>
              ),
            },
          ]}
        />
      )}
      {current && current.abilities.results && (
        <div style={{ marginTop: 16 }}>
          <SurveyResultsView key={current.id} survey={current} projectId={project.id} />
        </div>
      )}
      <SurveyForm
        projectId={project.id}
        survey={editing === 'new' ? null : editing}
        open={editing !== null}
        onClose={() => setEditing(null)}
        onSaved={(s) => {
          setEditing(null);
          setPicked(s.id);
        }}
      />
    </div>
  );
}
