// The frame of the printable official forms (issue 12 §3 "print layouts for the official forms and
// notices: A4, the form's own title and columns"): an A4 sheet on screen, a toolbar to print or close
// that the printout leaves out, and the form's text in Chinese whatever the UI language — it is the
// document the union files (its title and columns are those of the notice that prescribes it).
import { useEffect, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { Button, Result, Skeleton, Space } from 'antd';
import { CloseOutlined, PrinterOutlined } from '@ant-design/icons';
import { useMe } from '../../api/auth.ts';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ServerError } from '../../components/server-error.tsx';

const css = `
body { background: #e9e9e9; }
.print-toolbar { position: sticky; top: 0; z-index: 5; display: flex; justify-content: center; gap: 8px; padding: 10px; background: #fff; border-bottom: 1px solid #ddd; }
.print-sheet { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 16px auto; padding: 18mm 15mm; background: #fff; box-shadow: 0 1px 6px rgba(0,0,0,.2);
  font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", "Noto Sans CJK SC", serif; color: #000; font-size: 10.5pt; line-height: 1.6; }
.print-sheet h1 { text-align: center; font-size: 18pt; font-weight: 700; letter-spacing: 1px; margin: 0 0 2mm; }
.print-sheet .sub { text-align: center; margin-bottom: 5mm; }
.print-sheet .meta { display: flex; justify-content: space-between; flex-wrap: wrap; gap: 4mm; margin-bottom: 3mm; }
.print-sheet table { width: 100%; border-collapse: collapse; margin-bottom: 4mm; }
.print-sheet th, .print-sheet td { border: 1px solid #000; padding: 1.5mm 2mm; vertical-align: top; text-align: left; word-break: break-all; }
.print-sheet th { font-weight: 700; background: #f3f3f3; text-align: center; }
.print-sheet td.num, .print-sheet th.num { text-align: right; white-space: nowrap; }
.print-sheet td.c { text-align: center; white-space: nowrap; }
.print-sheet td.label { width: 28mm; font-weight: 700; background: #fafafa; }
.print-sheet .sign { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6mm; margin-top: 8mm; }
.print-sheet .sign > div { border-top: 1px solid #000; padding-top: 2mm; min-height: 24mm; }
.print-sheet .note { font-size: 9pt; color: #333; margin-top: 4mm; }
@media print {
  @page { size: A4; margin: 15mm 12mm; }
  body { background: #fff !important; }
  .print-toolbar { display: none !important; }
  .print-sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
  .print-sheet th { background: #f3f3f3 !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .print-sheet tr { break-inside: avoid; }
  .print-sheet thead { display: table-header-group; }
}`;

/** The routes under /print: a signed-in account, no side menu or header. */
export function PrintRoot() {
  const { data: me, isLoading } = useMe();
  const location = useLocation();
  if (isLoading) return <Skeleton active style={{ padding: 48 }} />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (me.mustChangePassword) return <Navigate to="/" replace />;
  return <Outlet />;
}

/** One A4 form: the toolbar, then the sheet; while loading a skeleton, a 404 or an error as such. */
export function PrintSheet({
  title,
  loading,
  error,
  children,
  testId,
}: {
  title: string;
  loading: boolean;
  error: unknown;
  children: ReactNode;
  testId: string;
}) {
  const { t } = useI18n();
  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
  return (
    <>
      <style>{css}</style>
      <div className="print-toolbar">
        <Space>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print-now">
            {t('print.now')}
          </Button>
          <Button icon={<CloseOutlined />} onClick={() => (window.history.length > 1 ? window.history.back() : window.close())}>
            {t('print.close')}
          </Button>
        </Space>
      </div>
      {loading ? (
        <div className="print-sheet">
          <Skeleton active />
        </div>
      ) : error instanceof ApiError && error.status === 404 ? (
        <Result status="404" title={t('common.notFound')} />
      ) : error ? (
        <div className="print-sheet">
          <ServerError error={error} />
        </div>
      ) : (
        <div className="print-sheet" data-testid={testId}>
          {children}
        </div>
      )}
    </>
  );
}

/** A date as the forms write it: 2026年12月3日. */
export const cnDate = (d: string | null | undefined) => (d ? `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日` : '');

/** Yuan with two decimals, as a form's amount column (no currency sign: the header says 元). */
export const yuanPlain = (n: number) => new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);

/** An ID number shown on paper: masked like every list and export (the API masks it; this keeps it so). */
export const maskId = (v: string | null | undefined) =>
  !v ? '' : v.includes('*') ? v : v.length > 7 ? `${v.slice(0, 3)}${'*'.repeat(v.length - 7)}${v.slice(-4)}` : v;
