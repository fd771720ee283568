import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Button, Flex, Result, Typography } from 'antd';
import { can, useMe, type Permission } from '../api/auth.ts';
import { useI18n } from '../i18n/index.tsx';

export function PageHeader({ title, extra, sub, testId }: { title: ReactNode; extra?: ReactNode; sub?: ReactNode; testId?: string }) {
  return (
    <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
      <div style={{ minWidth: 0 }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid={testId ?? 'page-title'}>
          {title}
        </Typography.Title>
        {sub && <Typography.Text type="secondary">{sub}</Typography.Text>}
      </div>
      {extra && (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      )}
    </Flex>
  );
}

export function Forbidden() {
  const { t } = useI18n();
  return (
    <Result
      status="403"
      title="403"
      subTitle={t('common.notAllowed')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.goHome')}</Button>
        </Link>
      }
    />
  );
}

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('common.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.goHome')}</Button>
        </Link>
      }
    />
  );
}

/** Shows the page only to accounts holding the permission; the API would refuse the rest anyway. */
export function Guard({ permission, children }: { permission: Permission | Permission[]; children: ReactNode }) {
  const { data: me } = useMe();
  return [permission].flat().some((p) => can(me, p)) ? <>{children}</> : <Forbidden />;
}
