import { Card, Descriptions, Empty, Tag, Timeline, Typography } from 'antd';
import type { MemberDetail, Membership } from '../../api/members.ts';
import { useI18n } from '../../i18n/index.tsx';
import { CardTag, CategoryTags, StatusTag } from './member-labels.tsx';

/** Person, current membership and history: shared by the officer's detail page and the member portal. */
export function PersonCard({
  member,
  revealed,
  extra,
  compact,
}: {
  member: MemberDetail;
  revealed?: { idNumber: string; mobile: string | null } | null;
  extra?: React.ReactNode;
  compact?: boolean;
}) {
  const { t } = useI18n();
  const mono = { fontFamily: 'monospace' };
  return (
    <Card title={t('member.person')} extra={extra} data-testid="member-person">
      <Descriptions
        size="small"
        column={compact ? 1 : { xs: 1, sm: 2, lg: 3 }}
        items={[
          { key: 'name', label: t('member.name'), children: member.name },
          { key: 'sex', label: t('member.sex'), children: member.sex ? t(`member.sex.${member.sex}`) : t('common.none') },
          { key: 'birth', label: t('member.birthDate'), children: member.birthDate ?? t('common.none') },
          {
            key: 'id',
            label: t('member.idNumber'),
            children: (
              <span style={mono} data-testid="member-id-number">
                {revealed ? revealed.idNumber : member.idNumber}
              </span>
            ),
          },
          {
            key: 'mobile',
            label: t('member.mobile'),
            children: (
              <span style={mono} data-testid="member-mobile">
                {(revealed ? revealed.mobile : member.mobile) ?? t('common.none')}
              </span>
            ),
          },
          { key: 'cat', label: t('member.category'), children: member.categories.length ? <CategoryTags codes={member.categories} /> : t('common.none') },
        ]}
      />
    </Card>
  );
}

export function CurrentMembershipCard({ m, compact, orgLink }: { m: Membership | null; compact?: boolean; orgLink?: (m: Membership) => React.ReactNode }) {
  const { t } = useI18n();
  return (
    <Card title={t('member.current')} data-testid="member-current">
      {m ? (
        <Descriptions
          size="small"
          column={compact ? 1 : { xs: 1, sm: 2 }}
          items={[
            { key: 'org', label: t('member.org'), children: orgLink ? orgLink(m) : m.orgName, span: compact ? 1 : ('filled' as const) },
            {
              key: 'no',
              label: t('member.memberNo'),
              children: m.memberNo ? (
                <Typography.Text copyable style={{ fontFamily: 'monospace' }}>
                  {m.memberNo}
                </Typography.Text>
              ) : (
                t('common.none')
              ),
            },
            { key: 'joined', label: t('member.joinedOn'), children: m.joinedOn ?? t('common.none') },
            { key: 'card', label: t('member.cardStatus'), children: <CardTag code={m.cardStatus} /> },
            { key: 'e', label: t('member.eMembership'), children: m.eMembership ? <Tag color="green">{t('common.yes')}</Tag> : <Tag>{t('common.no')}</Tag> },
            ...(m.unitCategory === 'special' ? [{ key: 'uc', label: t('org.unitCategory'), children: t('org.unitCategory.special') }] : []),
          ]}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('member.noCurrent')} />
      )}
    </Card>
  );
}

export function HistoryCard({ history }: { history: Membership[] }) {
  const { t } = useI18n();
  const items = [...history].sort((a, b) => (b.joinedOn ?? '').localeCompare(a.joinedOn ?? '') || b.membershipId - a.membershipId);
  return (
    <Card title={t('member.history')} data-testid="member-history">
      {items.length ? (
        <Timeline
          items={items.map((m) => ({
            color: m.status === 'active' ? 'green' : m.status === 'transferred' ? 'blue' : 'gray',
            content: (
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {m.joinedOn ?? '?'} → {m.leftOn ?? t('member.present')}
                </Typography.Text>
                <div style={{ fontWeight: 500 }}>
                  {m.orgName} <StatusTag status={m.status} />
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('member.memberNo')}: {m.memberNo ?? t('common.none')}
                  {m.cardStatus ? ` · ${t('member.cardStatus')}: ` : ''}
                </Typography.Text>
                {m.cardStatus && <CardTag code={m.cardStatus} />}
                {m.note && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('member.note')}: {m.note}
                    </Typography.Text>
                  </div>
                )}
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
