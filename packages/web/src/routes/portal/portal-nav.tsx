import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { Grid, Segmented } from 'antd';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';

/** The member's pages, as a segmented bar under the header (thumb-sized on a phone). */
export const portalPages: { path: string; label: MessageKey; testId: string }[] = [
  { path: '/me', label: 'myp.nav.member', testId: 'portal-nav-member' },
  { path: '/me/applications', label: 'myp.nav.applications', testId: 'portal-nav-applications' },
  { path: '/me/protection', label: 'prot.nav.mine', testId: 'portal-nav-protection' },
  { path: '/me/payments', label: 'myp.nav.payments', testId: 'portal-nav-payments' },
  { path: '/me/places', label: 'q.my.title', testId: 'portal-nav-places' },
  { path: '/me/classes', label: 'cl.my.title', testId: 'portal-nav-classes' },
  { path: '/me/surveys', label: 'sv.nav', testId: 'portal-nav-surveys' },
];

export function PortalNav() {
  const { t, lang } = useI18n();
  const { pathname } = useLocation();
  // Six tabs of four characters share 390 px in Chinese; seven do not, nor do English labels: on a phone the
  // bar then keeps each label whole and scrolls sideways instead of cutting every label to a few letters.
  const screens = Grid.useBreakpoint();
  const scroll = (lang === 'en' || portalPages.length > 6) && !screens.md;
  const bar = useRef<HTMLDivElement>(null);
  // The current tab in view (a page opened from a link may be the last one).
  useEffect(() => {
    const el = bar.current;
    const on = el?.querySelector<HTMLElement>('.ant-segmented-item-selected');
    if (scroll && el && on) el.scrollLeft = Math.max(0, on.offsetLeft - (el.clientWidth - on.offsetWidth) / 2);
  }, [scroll, pathname]);
  const current = pathname.startsWith('/me/apply/')
    ? '/me/applications'
    : ([...portalPages].sort((a, b) => b.path.length - a.path.length).find((p) => pathname === p.path || pathname.startsWith(`${p.path}/`))?.path ?? '/me');
  return (
    <div ref={bar} style={scroll ? { overflowX: 'auto', marginBottom: 12, scrollbarWidth: 'thin' } : { marginBottom: 12 }} data-testid="portal-nav-scroll">
      <Segmented
        block={!scroll}
        data-testid="portal-nav"
        style={scroll ? { whiteSpace: 'nowrap' } : undefined}
        value={current}
        options={portalPages.map((p) => ({
          value: p.path,
          label: (
            <Link to={p.path} data-testid={p.testId} style={{ display: 'block', color: 'inherit', whiteSpace: 'nowrap' }}>
              {t(p.label)}
            </Link>
          ),
        }))}
      />
    </div>
  );
}
