// The notices list as .xlsx (issue 12 §3 "every list exports what it shows"): the inbox or what my
// subtree published, with the page's filters, through the list's own function (same scope).
import type { RequestContext } from '../../platform/context.ts';
import { beijingTime, listDownload, readAllPages } from '../../platform/list-export.ts';
import type { Services } from '../../platform/services.ts';
import type { TAnnouncementList } from './schema.ts';
import { list } from './service.ts';

export async function exportAnnouncements(s: Services, ctx: RequestContext, q: Omit<TAnnouncementList, 'page' | 'pageSize'>) {
  const items = await readAllPages(s, (p) => list(s, ctx, { ...q, ...p }));
  const inbox = q.box !== 'published';
  const title = (a: (typeof items)[number]) => `${a.pinned ? '【置顶】' : ''}${a.title}`;
  return listDownload(s, ctx, {
    title: inbox ? '通知公告（收到的）' : '通知公告（我发布的）',
    entity: 'announcement',
    filters: [
      ['标题关键字', q.q],
      ['只看未读', inbox && q.unread === 'true'],
    ],
    columns: inbox
      ? [
          { header: '标题', key: 'title', width: 48 },
          { header: '发布单位', key: 'from', width: 28 },
          { header: '发布时间', key: 'at', width: 18 },
          { header: '阅读状态', key: 'read', width: 10 },
        ]
      : [
          { header: '标题', key: 'title', width: 48 },
          { header: '发布单位', key: 'from', width: 28 },
          { header: '发送范围', key: 'audience', width: 24 },
          { header: '发布时间', key: 'at', width: 18 },
          { header: '已读人数', key: 'reads', width: 10 },
          { header: '状态', key: 'state', width: 10 },
        ],
    rows: items.map((a) => ({
      title: title(a),
      from: a.org.name,
      at: beijingTime(a.publishedAt),
      read: a.read ? '已读' : '未读',
      audience: a.audienceName.zh,
      reads: a.reads ?? 0,
      state: a.withdrawn ? '已撤回' : '有效',
    })),
  });
}
