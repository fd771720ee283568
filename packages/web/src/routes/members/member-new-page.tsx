import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { App, Button, Card, Col, DatePicker, Form, Input, Row, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMe } from '../../api/auth.ts';
import { type MemberCreate, useCreateMember } from '../../api/members.ts';
import { useI18n } from '../../i18n/index.tsx';
import { OrgSelect } from '../../components/org-select.tsx';
import { PageHeader } from '../../components/page.tsx';
import { formLevelError, ServerError } from '../../components/server-error.tsx';
import { CardStatusSelect, CategoryChecks, EMembershipField, useMemberRules } from './member-fields.tsx';

interface Values {
  name: string;
  idNumber: string;
  mobile?: string;
  orgId: number;
  joinedOn: Dayjs;
  memberNo?: string;
  cardStatus: MemberCreate['cardStatus'];
  eMembership: boolean;
  categories: NonNullable<MemberCreate['categories']>;
}

const fields = ['name', 'idNumber', 'mobile', 'orgId', 'joinedOn', 'memberNo', 'cardStatus', 'eMembership', 'categories'] as const;

export default function MemberNewPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const [form] = Form.useForm<Values>();
  const create = useCreateMember();
  const rules = useMemberRules();
  const [error, setError] = useState<unknown>(null);
  const ownGrassroots = me?.role === 'grassroots-officer' ? (me.orgId ?? undefined) : undefined;

  const submit = (v: Values) => {
    setError(null);
    create.mutate(
      {
        name: v.name.trim(),
        idNumber: v.idNumber.trim().toUpperCase(),
        mobile: v.mobile?.trim() || undefined,
        orgId: v.orgId,
        joinedOn: v.joinedOn.format('YYYY-MM-DD'),
        memberNo: v.memberNo?.trim() || undefined,
        cardStatus: v.cardStatus,
        eMembership: v.eMembership,
        categories: v.categories,
      },
      {
        onSuccess: (r) => {
          message.success(t('member.created', { no: r.memberNo }));
          navigate(`/members/${r.personId}`);
        },
        onError: (e) => setError(formLevelError(form, e, fields)),
      },
    );
  };

  return (
    <div data-testid="member-new-page">
      <PageHeader title={t('member.new')} />
      <Card style={{ maxWidth: 880 }}>
        <Form<Values>
          form={form}
          layout="vertical"
          data-testid="member-form"
          initialValues={{ cardStatus: 'none', eMembership: false, categories: [], joinedOn: dayjs(), orgId: ownGrassroots }}
          onFinish={submit}
          scrollToFirstError
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="name" label={t('member.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
                <Input data-testid="member-form-name" maxLength={50} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="idNumber"
                label={t('member.idNumber')}
                extra={t('member.idHint')}
                rules={rules.idNumber}
                normalize={(v: string) => v?.toUpperCase().replace(/\s/g, '')}
              >
                <Input data-testid="member-form-id" maxLength={18} showCount style={{ fontFamily: 'monospace' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="mobile"
                label={t('member.mobile')}
                extra={t('member.mobileHint')}
                rules={rules.mobile}
                normalize={(v: string) => v?.replace(/\D/g, '')}
              >
                <Input data-testid="member-form-mobile" maxLength={11} showCount inputMode="numeric" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="orgId" label={t('member.org')} rules={[{ required: true, message: t('common.required') }]}>
                <OrgSelect
                  testId="member-form-org"
                  kind="grassroots"
                  placeholder={t('member.orgPlaceholder')}
                  initialLabel={ownGrassroots ? (me?.orgName ?? undefined) : undefined}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="joinedOn" label={t('member.joinedOn')} rules={[{ required: true, message: t('common.required') }]}>
                <DatePicker data-testid="member-form-joined" style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="memberNo" label={t('member.memberNo')} extra={t('member.memberNoHint')} rules={rules.memberNo}>
                <Input data-testid="member-form-memberno" maxLength={10} inputMode="numeric" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="cardStatus" label={t('member.cardStatus')}>
                <CardStatusSelect />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <EMembershipField />
            </Col>
            <Col span={24}>
              <Form.Item name="categories" label={t('member.category')}>
                <CategoryChecks />
              </Form.Item>
            </Col>
          </Row>
          <ServerError error={error} style={{ marginBottom: 16 }} />
          <Space>
            <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="member-form-submit">
              {t('common.save')}
            </Button>
            <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
