import { Link, useLocation } from 'react-router-dom';
import { Segmented } from 'antd';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';

/** The member's pages, as a segmented bar under the header (thumb-sized on a phone). */
export const portalPages: { path: string; label: MessageKey; testId: string }[] = [
  { path: '/me', label: 'myp.nav.member', testId: 'portal-nav-member' },
  { path: '/me/applications', label: 'myp.nav.applications', testId: 'portal-nav-applications' },
  { path: '/me/protection', label: 'prot.nav.mine', testId: 'portal-nav-protection' },
  { path: '/me/payments', label: 'myp.nav.payments', testId: 'portal-nav-payments' },
  { path: '/me/places', label: 'q.my.title', testId: 'portal-nav-places' },
  { path: '/me/surveys', label: 'sv.nav', testId: 'portal-nav-surveys' },
];

export function PortalNav() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const current = pathname.startsWith('/me/apply/')
    ? '/me/applications'
    : ([...portalPages].sort((a, b) => b.path.length - a.path.length).find((p) => pathname === p.path || pathname.startsWith(`${p.path}/`))?.path ?? '/me');
  return (
    <Segmented
      block
      data-testid="portal-nav"
      style={{ marginBottom: 12 }}
      value={current}
      options={portalPages.map((p) => ({
        value: p.path,
        label: (
          <Link to={p.path} data-testid={p.testId} style={{ display: 'block', color: 'inherit' }}>
            {t(p.label)}
          </Link>
        ),
      }))}
    />
  );
}
