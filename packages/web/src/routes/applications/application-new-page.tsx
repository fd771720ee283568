import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { App, Card, Col, Descriptions, Empty, Row, Select, Skeleton } from 'antd';
import { useSubmitApplication } from '../../api/applications.ts';
import { useMember, useMembers } from '../../api/members.ts';
import { useProgramForm, usePrograms } from '../../api/programs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { CategoryTags } from '../members/member-labels.tsx';
import { ApplicationForm } from './application-form.tsx';
import { initialValues } from '../../components/schema-form.tsx';

/** A union officer files an application for a member of their union (the unit channel). */
export default function ApplicationNewPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const programId = Number(params.get('programId')) || undefined;
  const personId = Number(params.get('personId')) || undefined;
  const [q, setQ] = useState('');
  const programs = usePrograms();
  const open = (programs.data?.items ?? []).filter((p) => p.abilities.apply && p.channels.includes('unit'));
  const program = open.find((p) => p.id === programId);
  const policy = useProgramForm(program?.id);
  const members = useMembers({ q: q || undefined, pageSize: 20, status: 'active' }, q.length > 0);
  const member = useMember(personId ?? 0);
  const submit = useSubmitApplication();
  const set = (k: string, v: number | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, String(v));
    else next.delete(k);
    setParams(next, { replace: true });
  };

  return (
    <div data-testid="application-new-page">
      <PageHeader title={t('appl.newForMember')} sub={t('appl.newForMemberSub')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Card title={t('appl.pickProgramAndMember')}>
            <Select
              data-testid="application-new-program"
              style={{ width: '100%', marginBottom: 12 }}
              placeholder={t('appl.program')}
              value={programId}
              onChange={(v) => set('programId', v)}
              options={open.map((p) => ({ value: p.id, label: p.title }))}
              notFoundContent={t('appl.noOpenPrograms')}
            />
            <Select
              data-testid="application-new-member"
              style={{ width: '100%' }}
              showSearch={{ filterOption: false, onSearch: setQ }}
              placeholder={t('appl.memberSearch')}
              value={personId}
              onChange={(v) => set('personId', v)}
              loading={members.isFetching}
              options={(members.data?.items ?? []).map((m) => ({ value: m.personId, label: `${m.name} · ${m.memberNo ?? ''} · ${m.orgName}` }))}
            />
            {member.data && (
              <Descriptions
                style={{ marginTop: 12 }}
                size="small"
                column={1}
                items={[
                  { key: 'n', label: t('appl.member'), children: member.data.name },
                  { key: 'no', label: t('member.memberNo'), children: member.data.current?.memberNo ?? t('common.none') },
                  { key: 'org', label: t('appl.org'), children: member.data.current?.orgName ?? t('common.none') },
                  { key: 'j', label: t('member.joinedOn'), children: member.data.current?.joinedOn ?? t('common.none') },
                  { key: 'c', label: t('member.category'), children: <CategoryTags codes={member.data.categories} /> },
                ]}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          {!program || !personId ? (
            <Card>
              <Empty description={t('appl.pickProgramAndMember')} />
            </Card>
          ) : policy.isLoading || member.isLoading ? (
            <Skeleton active />
          ) : policy.data ? (
            <ApplicationForm
              key={`${program.id}-${personId}`}
              program={program}
              schema={policy.data.schema}
              initial={initialValues(policy.data.schema, { registry: member.data })}
              submitting={submit.isPending}
              onSubmit={async (r) => {
                const a = await submit.mutateAsync({ programId: program.id, personId, form: r.form, documentIds: r.documentIds });
                message.success(t('appl.submitted', { no: a.no }));
                navigate(`/applications/${a.id}`);
              }}
            />
          ) : null}
        </Col>
      </Row>
    </div>
  );
}
