import { Link } from 'react-router-dom';
import { App, Breadcrumb, Button, Card, Col, Descriptions, Empty, Row, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import {
  ApartmentOutlined,
  DeleteOutlined,
  DragOutlined,
  EditOutlined,
  PauseCircleOutlined,
  PlayCircleOutlined,
  PlusOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { can, useMe } from '../../api/auth.ts';
import { useDeleteOrg, useOrg, useSetOrgStatus, type Org, type OrgDetail } from '../../api/orgs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { ApiError } from '../../api/client.ts';

interface Props {
  orgId: number | null;
  /** The top of my scope: ancestors above it are shown but cannot be opened. */
  scopeRootId?: number;
  onSelect: (id: number) => void;
  onAddChild: (o: OrgDetail) => void;
  onEdit: (o: OrgDetail) => void;
  onMove: (o: OrgDetail) => void;
  onChanged: (o: Org) => void;
  onDeleted: (o: OrgDetail) => void;
}

export function OrgDetailPanel({ orgId, scopeRootId, onSelect, onAddChild, onEdit, onMove, onChanged, onDeleted }: Props) {
  const { t, pick } = useI18n();
  const { modal, message } = App.useApp();
  const { data: me } = useMe();
  const { data: org, isLoading, error } = useOrg(orgId);
  const setStatus = useSetOrgStatus();
  const del = useDeleteOrg();

  if (!orgId)
    return (
      <Card>
        <Empty description={t('org.selectHint')} />
      </Card>
    );
  if (isLoading)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  if (error || !org)
    return (
      <Card>
        <ServerError error={error} />
      </Card>
    );

  const a = org.abilities;
  const active = org.status === 'active';
  const showError = (e: unknown) => {
    modal.error({ title: e instanceof ApiError ? e.title : t('common.error'), content: e instanceof ApiError && e.detail !== e.title ? e.detail : undefined });
  };

  const toggle = () =>
    modal.confirm({
      title: active ? t('org.deactivateConfirm', { name: org.name }) : t('org.activateConfirm', { name: org.name }),
      okButtonProps: { danger: active, 'data-testid': 'org-status-confirm' },
      onOk: () =>
        setStatus.mutateAsync({ id: org.id, active: !active }).then((o) => {
          message.success(t('common.done'));
          onChanged(o);
        }, showError),
    });

  const remove = () =>
    modal.confirm({
      title: t('org.deleteConfirm', { name: org.name }),
      okButtonProps: { danger: true },
      onOk: () =>
        del.mutateAsync(org.id).then(() => {
          message.success(t('common.done'));
          onDeleted(org);
        }, showError),
    });

  const unitCategory = org.unitCategory === 'special' ? t('org.unitCategory.special') : t('org.unitCategory.ordinary');
  return (
    <Card data-testid="org-detail">
      <Breadcrumb
        data-testid="org-breadcrumb"
        style={{ marginBottom: 12 }}
        items={[
          ...org.ancestors.map((x, i) => {
            const inScope =
              scopeRootId !== undefined && org.ancestors.findIndex((a) => a.id === scopeRootId) <= i && org.ancestors.some((a) => a.id === scopeRootId);
            return {
              title: inScope ? (
                <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => onSelect(x.id)}>
                  {x.name}
                </Button>
              ) : (
                x.name
              ),
            };
          }),
          { title: org.name },
        ]}
      />
      <Space align="center" wrap style={{ marginBottom: 12, display: 'flex' }}>
        <ApartmentOutlined style={{ fontSize: 20 }} />
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="org-detail-name">
          {org.name}
        </Typography.Title>
        <Tag color="blue">{pick(org.kindName)}</Tag>
        {!active && <Tag color="default">{t('org.status.inactive')}</Tag>}
        {org.unitCategory === 'special' && <Tag color="orange">{t('org.unitCategory.special')}</Tag>}
      </Space>
      <Space wrap style={{ marginBottom: 16, display: 'flex' }} data-testid="org-actions">
        {a.createChild && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => onAddChild(org)} data-testid="org-add-child">
            {t('org.addChild')}
          </Button>
        )}
        {a.update && (
          <Button icon={<EditOutlined />} onClick={() => onEdit(org)} data-testid="org-edit">
            {t('common.edit')}
          </Button>
        )}
        {a.move && (
          <Button icon={<DragOutlined />} onClick={() => onMove(org)} data-testid="org-move">
            {t('org.move')}
          </Button>
        )}
        {a.deactivate && (
          <Button
            danger={active}
            icon={active ? <PauseCircleOutlined /> : <PlayCircleOutlined />}
            onClick={toggle}
            data-testid={active ? 'org-deactivate' : 'org-activate'}
          >
            {active ? t('org.deactivate') : t('org.activate')}
          </Button>
        )}
        {/* The server refuses to delete an org with children or with members (now or ever): deactivate it instead. */}
        {(a.delete ?? (a.deactivate && !active)) && !org.counts.children && !(org.counts.membersEver ?? org.counts.members) && (
          <Button danger icon={<DeleteOutlined />} onClick={remove} data-testid="org-delete">
            {t('org.delete')}
          </Button>
        )}
        {can(me, 'members.read') && (
          <Link to={`/members?orgId=${org.id}`}>
            <Button icon={<TeamOutlined />} data-testid="org-view-members">
              {t('org.viewMembers')}
            </Button>
          </Link>
        )}
      </Space>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={8}>
          <Statistic title={t('org.children')} value={org.counts.children} />
        </Col>
        <Col span={8}>
          <Statistic title={t('org.descendants')} value={org.counts.descendants} />
        </Col>
        <Col span={8}>
          <Statistic title={t('org.members')} value={org.counts.members} data-testid="org-member-count" />
        </Col>
      </Row>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          { key: 'kind', label: t('org.kind'), children: pick(org.kindName) },
          { key: 'status', label: t('org.status'), children: active ? t('org.status.active') : t('org.status.inactive') },
          { key: 'shortName', label: t('org.shortName'), children: org.shortName || t('common.none') },
          { key: 'code', label: t('org.code'), children: org.code ? <Typography.Text copyable>{org.code}</Typography.Text> : t('common.none') },
          { key: 'unitCategory', label: t('org.unitCategory'), children: unitCategory },
          { key: 'allocationNo', label: t('org.allocationNo'), children: org.allocationNo ?? t('common.none') },
          { key: 'contactName', label: t('org.contactName'), children: org.contactName || t('common.none') },
          { key: 'contactPhone', label: t('org.contactPhone'), children: org.contactPhone || t('common.none') },
          { key: 'address', label: t('org.address'), children: org.address || t('common.none'), span: 'filled' as const },
        ]}
      />
    </Card>
  );
}
