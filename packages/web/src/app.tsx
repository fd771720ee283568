import { lazy, Suspense, useEffect, useState } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Result, Button } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { ApiError, setUnauthorizedHandler } from './api/client.ts';
import { meKey, useMe } from './api/auth.ts';
import { I18nProvider, useI18n } from './i18n/index.tsx';
import { AppLayout, PageFallback } from './components/app-layout.tsx';
import { Guard, NotFoundPage } from './components/page.tsx';
import { PortalLayout } from './routes/portal/portal-layout.tsx';
import { ForcedPasswordChange } from './components/change-password.tsx';
import { PrintRoot } from './routes/print/print-sheet.tsx';

const LoginPage = lazy(() => import('./routes/login/login-page.tsx'));
const HomePage = lazy(() => import('./routes/home/home-page.tsx'));
const OrgsPage = lazy(() => import('./routes/orgs/orgs-page.tsx'));
const MemberListPage = lazy(() => import('./routes/members/member-list-page.tsx'));
const MemberNewPage = lazy(() => import('./routes/members/member-new-page.tsx'));
const MemberDetailPage = lazy(() => import('./routes/members/member-detail-page.tsx'));
const CardWorkPage = lazy(() => import('./routes/members/card-work-page.tsx'));
const ImportPage = lazy(() => import('./routes/imports/import-page.tsx'));
const AuditPage = lazy(() => import('./routes/audit/audit-page.tsx'));
const LoginLogPage = lazy(() => import('./routes/audit/login-log-page.tsx'));
const CalendarPage = lazy(() => import('./routes/calendar/calendar-page.tsx'));
const AccountsPage = lazy(() => import('./routes/accounts/accounts-page.tsx'));
const MyMemberPage = lazy(() => import('./routes/portal/my-member-page.tsx'));
const PolicyPage = lazy(() => import('./routes/policy/policy-page.tsx'));
const PolicyVersionsPage = lazy(() => import('./routes/policy/versions-page.tsx'));
// programs, applications, payouts; the member's 我的申请 / 我的补贴
const ProgramsPage = lazy(() => import('./routes/programs/programs-page.tsx'));
const ApplicationListPage = lazy(() => import('./routes/applications/application-list-page.tsx'));
const ApplicationNewPage = lazy(() => import('./routes/applications/application-new-page.tsx'));
const ApplicationDetailPage = lazy(() => import('./routes/applications/application-detail-page.tsx'));
const ApplicationEditPage = lazy(() => import('./routes/applications/application-edit-page.tsx'));
const QueuePage = lazy(() => import('./routes/applications/queue-page.tsx'));
const ReportPage = lazy(() => import('./routes/applications/report-page.tsx'));
const BatchesPage = lazy(() => import('./routes/payouts/batches-page.tsx'));
const BatchDetailPage = lazy(() => import('./routes/payouts/batch-detail-page.tsx'));
const MyApplicationsPage = lazy(() => import('./routes/portal/my-applications-page.tsx'));
const MyApplicationPage = lazy(() => import('./routes/portal/my-application-page.tsx'));
const ApplyPage = lazy(() => import('./routes/portal/apply-page.tsx'));
const MyPaymentsPage = lazy(() => import('./routes/portal/my-payments-page.tsx'));
const MyProtectionPage = lazy(() => import('./routes/portal/my-protection-page.tsx'));
const ProtectionPage = lazy(() => import('./routes/protection/protection-page.tsx'));
const ClaimDetailPage = lazy(() => import('./routes/protection/claim-detail-page.tsx'));
const GigPage = lazy(() => import('./routes/gig/gig-page.tsx'));
const GigClaimPage = lazy(() => import('./routes/gig/gig-claim-page.tsx'));
const PlacesPage = lazy(() => import('./routes/quotas/places-page.tsx'));
const MyPlacesPage = lazy(() => import('./routes/portal/my-places-page.tsx'));
const MyClassesPage = lazy(() => import('./routes/portal/my-classes-page.tsx'));
const ClassesPage = lazy(() => import('./routes/classes/classes-page.tsx'));
const MySurveysPage = lazy(() => import('./routes/portal/my-surveys-page.tsx'));
const SurveyAnswerPage = lazy(() => import('./routes/portal/survey-answer-page.tsx'));

// the yearly project cycle: calls, project lists, dashboard, public page
const CallListPage = lazy(() => import('./routes/calls/call-list-page.tsx'));
const CallDetailPage = lazy(() => import('./routes/calls/call-detail-page.tsx'));
const SlateListPage = lazy(() => import('./routes/projects/slate-list-page.tsx'));
const SlatePage = lazy(() => import('./routes/projects/slate-page.tsx'));
const YearEndPage = lazy(() => import('./routes/projects/year-end-page.tsx'));
const ProjectPage = lazy(() => import('./routes/projects/project-page.tsx'));
const DashboardPage = lazy(() => import('./routes/projects/dashboard-page.tsx'));
const PublicProjectsPage = lazy(() => import('./routes/public/public-projects-page.tsx'));
// sites (issue 11): the register, a site's way to its plaque, the public map
const PublicSitesPage = lazy(() => import('./routes/sites/public-sites-page.tsx'));
const SiteListPage = lazy(() => import('./routes/sites/site-list-page.tsx'));
const SiteNewPage = lazy(() => import('./routes/sites/site-new-page.tsx'));
const SiteDetailPage = lazy(() => import('./routes/sites/site-detail-page.tsx'));
const SiteClaimsPage = lazy(() => import('./routes/sites/site-claims-page.tsx'));
// 通知公告 (issue 12 §3): the announcements board, for every role
const AnnouncementsPage = lazy(() => import('./routes/announcements/announcements-page.tsx'));
// the printable official forms (A4, no menu): 发放名册, 申请审批表, 申领汇总表
const BatchRosterPrint = lazy(() => import('./routes/print/batch-roster-print.tsx'));
const ApplicationPrint = lazy(() => import('./routes/print/application-print.tsx'));
const ClaimSummaryPrint = lazy(() => import('./routes/print/claim-summary-print.tsx'));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not get better by asking again.
      retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
      refetchOnWindowFocus: false,
      staleTime: 15_000,
    },
  },
});
// Read by the browser tests (test/browser-harness.ts `settled`) to wait until the page's data has
// arrived instead of sleeping; it exposes nothing the page's own requests do not already show.
(window as unknown as { __shishiQueries?: { busy(): number } }).__shishiQueries = { busy: () => queryClient.isFetching() + queryClient.isMutating() };

/** Any 401 means the session ended: forget the account and go to the login page. */
function SessionWatcher() {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  useEffect(() => {
    setUnauthorizedHandler(() => {
      qc.setQueryData(meKey, null);
      if (!location.pathname.startsWith('/login')) navigate('/login', { replace: true, state: { from: location.pathname + location.search } });
    });
  }, [qc, navigate, location]);
  return null;
}

function Authed() {
  const { data: me, isLoading, error, refetch } = useMe();
  const location = useLocation();
  const { t } = useI18n();
  if (isLoading) return <PageFallback />;
  if (error)
    return (
      <Result
        status="error"
        title={t('common.error')}
        subTitle={error instanceof ApiError ? error.title : String(error)}
        extra={<Button onClick={() => refetch()}>{t('common.retry')}</Button>}
      />
    );
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  // Until an initial or reset password is replaced the server answers nothing else: no layout, no menu.
  if (me.mustChangePassword) return <ForcedPasswordChange me={me} />;
  return me.role === 'member' ? <PortalLayout me={me} /> : <AppLayout me={me} />;
}

function Home() {
  const { data: me } = useMe();
  return me?.role === 'member' ? <Navigate to="/me" replace /> : <HomePage />;
}

/**
 * The system's "reduce motion" setting (an accessibility preference): when it is on, Ant Design's
 * animations are off — dialogs, drawers and menus appear at once. The browser tests run so too: an
 * opening dialog's animation under load swallowed clicks on its buttons.
 */
const reducedMotionQuery = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;
function useReducedMotion() {
  const query = reducedMotionQuery;
  const [reduced, setReduced] = useState(() => !!query?.matches);
  useEffect(() => {
    if (!query) return;
    const onChange = (e: MediaQueryListEvent) => setReduced(e.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [query]);
  return reduced;
}

function Themed() {
  const { lang } = useI18n();
  const reducedMotion = useReducedMotion();
  return (
    <ConfigProvider
      locale={lang === 'en' ? enUS : zhCN}
      theme={{
        token: {
          motion: !reducedMotion,
          colorPrimary: '#c8102e',
          borderRadius: 6,
          fontFamily:
            "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif",
        },
      }}
    >
      <AntApp>
        <BrowserRouter>
          <SessionWatcher />
          <Suspense fallback={<PageFallback />}>
            <Routes>
              <Route path="/login" element={<LoginPage />} />
              <Route path="/public/projects" element={<PublicProjectsPage />} />
              <Route path="/public/sites" element={<PublicSitesPage />} />
              <Route path="/print" element={<PrintRoot />}>
                <Route
                  path="payouts/:id"
                  element={
                    <Guard permission="payouts.read">
                      <BatchRosterPrint />
                    </Guard>
                  }
                />
                <Route
                  path="applications/:id"
                  element={
                    <Guard permission="applications.read">
                      <ApplicationPrint />
                    </Guard>
                  }
                />
                <Route
                  path="claims"
                  element={
                    <Guard permission="applications.read">
                      <ClaimSummaryPrint />
                    </Guard>
                  }
                />
              </Route>
              <Route element={<Authed />}>
                <Route index element={<Home />} />
                <Route
                  path="orgs"
                  element={
                    <Guard permission="orgs.read">
                      <OrgsPage />
                    </Guard>
                  }
                />
                <Route
                  path="members"
                  element={
                    <Guard permission="members.read">
                      <MemberListPage />
                    </Guard>
                  }
                />
                <Route
                  path="members/new"
                  element={
                    <Guard permission="members.write">
                      <MemberNewPage />
                    </Guard>
                  }
                />
                <Route
                  path="members/:id"
                  element={
                    <Guard permission="members.read">
                      <MemberDetailPage />
                    </Guard>
                  }
                />
                <Route
                  path="reports/card-work"
                  element={
                    <Guard permission="members.read">
                      <CardWorkPage />
                    </Guard>
                  }
                />
                <Route
                  path="imports"
                  element={
                    <Guard permission="members.import">
                      <ImportPage />
                    </Guard>
                  }
                />
                <Route
                  path="audit"
                  element={
                    <Guard permission="audit.read">
                      <AuditPage />
                    </Guard>
                  }
                />
                <Route
                  path="login-log"
                  element={
                    <Guard permission="login-log.read">
                      <LoginLogPage />
                    </Guard>
                  }
                />
                <Route
                  path="accounts"
                  element={
                    <Guard permission="accounts.read">
                      <AccountsPage />
                    </Guard>
                  }
                />
                <Route
                  path="policy"
                  element={
                    <Guard permission="policy.read">
                      <PolicyPage />
                    </Guard>
                  }
                />
                <Route
                  path="policy/versions"
                  element={
                    <Guard permission="policy.read">
                      <PolicyVersionsPage />
                    </Guard>
                  }
                />
                <Route
                  path="me"
                  element={
                    <Guard permission="self.read">
                      <MyMemberPage />
                    </Guard>
                  }
                />
                <Route
                  path="calendar"
                  element={
                    <Guard permission="policy.read">
                      <CalendarPage />
                    </Guard>
                  }
                />
                <Route
                  path="programs"
                  element={
                    <Guard permission="programs.read">
                      <ProgramsPage />
                    </Guard>
                  }
                />
                <Route
                  path="applications"
                  element={
                    <Guard permission="applications.read">
                      <ApplicationListPage />
                    </Guard>
                  }
                />
                <Route
                  path="applications/new"
                  element={
                    <Guard permission="applications.submit">
                      <ApplicationNewPage />
                    </Guard>
                  }
                />
                <Route
                  path="applications/queue"
                  element={
                    <Guard permission="applications.review">
                      <QueuePage />
                    </Guard>
                  }
                />
                <Route
                  path="applications/report"
                  element={
                    <Guard permission="applications.read">
                      <ReportPage />
                    </Guard>
                  }
                />
                <Route
                  path="applications/:id"
                  element={
                    <Guard permission="applications.read">
                      <ApplicationDetailPage />
                    </Guard>
                  }
                />
                <Route
                  path="applications/:id/edit"
                  element={
                    <Guard permission="applications.submit">
                      <ApplicationEditPage />
                    </Guard>
                  }
                />
                <Route
                  path="payouts"
                  element={
                    <Guard permission="payouts.read">
                      <BatchesPage />
                    </Guard>
                  }
                />
                <Route
                  path="payouts/:id"
                  element={
                    <Guard permission="payouts.read">
                      <BatchDetailPage />
                    </Guard>
                  }
                />
                <Route
                  path="me/applications"
                  element={
                    <Guard permission="self.read">
                      <MyApplicationsPage />
                    </Guard>
                  }
                />
                <Route
                  path="me/applications/:id"
                  element={
                    <Guard permission="self.read">
                      <MyApplicationPage />
                    </Guard>
                  }
                />
                <Route
                  path="me/apply/:programId"
                  element={
                    <Guard permission="applications.submit">
                      <ApplyPage />
                    </Guard>
                  }
                />
                <Route
                  path="me/payments"
                  element={
                    <Guard permission="self.read">
                      <MyPaymentsPage />
                    </Guard>
                  }
                />
                <Route
                  path="me/protection"
                  element={
                    <Guard permission="self.read">
                      <MyProtectionPage />
                    </Guard>
                  }
                />
                <Route
                  path="protection"
                  element={
                    <Guard permission="protection.read">
                      <ProtectionPage />
                    </Guard>
                  }
                />
                <Route
                  path="protection/claims/:id"
                  element={
                    <Guard permission="protection.read">
                      <ClaimDetailPage />
                    </Guard>
                  }
                />
                <Route
                  path="gig"
                  element={
                    <Guard permission={['protection.gig', 'protection.review']}>
                      <GigPage />
                    </Guard>
                  }
                />
                <Route
                  path="gig/claims/:id"
                  element={
                    <Guard permission={['protection.gig', 'protection.review']}>
                      <GigClaimPage />
                    </Guard>
                  }
                />
                <Route
                  path="places"
                  element={
                    <Guard permission={['pools.read', 'pools.bills']}>
                      <PlacesPage />
                    </Guard>
                  }
                />
                <Route
                  path="me/places"
                  element={
                    <Guard permission="self.read">
                      <MyPlacesPage />
                    </Guard>
                  }
                />
                <Route
                  path="me/classes"
                  element={
                    <Guard permission="self.read">
                      <MyClassesPage />
                    </Guard>
                  }
                />
                <Route
                  path="classes"
                  element={
                    <Guard permission="pools.read">
                      <ClassesPage />
                    </Guard>
                  }
                />
                <Route
                  path="me/surveys"
                  element={
                    <Guard permission="consultation.take-part">
                      <MySurveysPage />
                    </Guard>
                  }
                />
                <Route
                  path="me/surveys/:id"
                  element={
                    <Guard permission="consultation.take-part">
                      <SurveyAnswerPage />
                    </Guard>
                  }
                />
                <Route
                  path="calls"
                  element={
                    <Guard permission="calls.read">
                      <CallListPage />
                    </Guard>
                  }
                />
                <Route
                  path="calls/:id"
                  element={
                    <Guard permission="calls.read">
                      <CallDetailPage />
                    </Guard>
                  }
                />
                <Route
                  path="projects"
                  element={
                    <Guard permission="projects.read">
                      <SlateListPage />
                    </Guard>
                  }
                />
                <Route
                  path="projects/slates/:id"
                  element={
                    <Guard permission="projects.read">
                      <SlatePage />
                    </Guard>
                  }
                />
                <Route
                  path="projects/slates/:id/report"
                  element={
                    <Guard permission="projects.read">
                      <YearEndPage />
                    </Guard>
                  }
                />
                <Route
                  path="projects/:id"
                  element={
                    <Guard permission="projects.read">
                      <ProjectPage />
                    </Guard>
                  }
                />
                <Route
                  path="dashboard"
                  element={
                    <Guard permission="projects.read">
                      <DashboardPage />
                    </Guard>
                  }
                />
                <Route
                  path="sites"
                  element={
                    <Guard permission="sites.read">
                      <SiteListPage />
                    </Guard>
                  }
                />
                <Route
                  path="sites/new"
                  element={
                    <Guard permission="sites.write">
                      <SiteNewPage />
                    </Guard>
                  }
                />
                <Route
                  path="sites/claims"
                  element={
                    <Guard permission="sites.read">
                      <SiteClaimsPage />
                    </Guard>
                  }
                />
                <Route
                  path="sites/:id"
                  element={
                    <Guard permission="sites.read">
                      <SiteDetailPage />
                    </Guard>
                  }
                />
                <Route
                  path="announcements"
                  element={
                    <Guard permission="announcements.read">
                      <AnnouncementsPage />
                    </Guard>
                  }
                />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </Suspense>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider onChange={() => queryClient.invalidateQueries()}>
        <Themed />
      </I18nProvider>
    </QueryClientProvider>
  );
}
