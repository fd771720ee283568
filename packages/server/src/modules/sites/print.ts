// The printable notices of a site (issue 11 §3): 整改通知书 (yellow card) and 摘牌通知书 (red card), one A4
// page of plain HTML the browser prints (no PDF library, no script, nothing loaded from elsewhere).
import { notFound } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';
import { getSite } from './service.ts';

const esc = (v: unknown) => String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const cnDate = (d: string) => `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

export async function noticePage(s: Services, ctx: RequestContext, siteId: number, eventId: number) {
  const site = await getSite(s, ctx, siteId);
  const e = site.events.find((x) => x.id === eventId && x.notice);
  if (!e) throw notFound('notice', eventId);
  const n = e.notice as {
    kind: string;
    no: string;
    items?: string[];
    reasons?: string[];
    deadline?: string;
    issuedOn: string;
    issuer?: string;
    inspection?: { on: string; inspector: string };
  };
  const yellow = n.kind === 'yellow-card';
  const title = yellow ? '整改通知书' : '摘牌通知书';
  const list = (yellow ? n.items : n.reasons) ?? [];
  const body = yellow
    ? `<p>经${n.inspection ? `${cnDate(n.inspection.on)}现场抽查（检查人：${esc(n.inspection.inspector)}）` : '检查'}，你单位所属${esc(site.kindName.zh)}“${esc(site.name)}”（编号 ${esc(site.no)}，地址：${esc(site.address)}）存在以下问题：</p>
<ol>${list.map((x) => `<li>${esc(x)}</li>`).join('')}</ol>
<p>请于 <strong>${cnDate(n.deadline!)}</strong> 前完成整改，并将整改情况书面报告。逾期未整改或整改不到位的，将予以摘牌。</p>`
    : `<p>${n.inspection ? `经${cnDate(n.inspection.on)}检查（检查人：${esc(n.inspection.inspector)}），` : ''}你单位所属${esc(site.kindName.zh)}“${esc(site.name)}”（编号 ${esc(site.no)}，地址：${esc(site.address)}）因以下原因，决定予以摘牌：</p>
<ol>${list.map((x) => `<li>${esc(x)}</li>`).join('')}</ol>
<p>自本通知书下发之日起，该阵地不再列入服务阵地名录，停止使用相关标识和铭牌，不再拨付相关经费。</p>`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${title} ${esc(n.no)}</title>
<style>
@page { size: A4; margin: 25mm 22mm; }
body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 16px; line-height: 1.9; color: #000; max-width: 170mm; margin: 0 auto; }
h1 { text-align: center; font-size: 26px; letter-spacing: 6px; margin: 8mm 0 2mm; }
.no { text-align: center; margin-bottom: 8mm; }
.to { margin-top: 4mm; }
.sign { text-align: right; margin-top: 20mm; }
.actions { margin: 6mm 0; text-align: center; }
@media print { .actions { display: none; } }
</style></head>
<body>
<div class="actions">用浏览器的“打印”（Ctrl+P）打印本通知书 / print with the browser (Ctrl+P)</div>
<h1>${title}</h1>
<div class="no">${esc(n.no)}</div>
<div class="to">${esc(site.org.name)}：</div>
${body}
<div class="sign">${esc(n.issuer ?? '')}<br>${cnDate(n.issuedOn)}</div>
</body></html>`;
}
