// Demo notices (通知公告, issue 12 §3), published through the announcements service (never by writing
// its tables here): the federation's call for the coming year's collective enrolment in 会员专享基本保障
// to every officer and member (its windows follow 003 附件2-1 "四、时间安排": 基层工会确认 11月1日至12月15日,
// 区局（产业）工会审核 12月16日至12月31日, 保费 1月20日前), Pudong's request to its subtree for the year's
// progress report, already read by its street union, and a federation notice sent in error and withdrawn.
import type { Services } from '../platform/services.ts';
import { actorOf } from './applications-data.ts';

export async function loadAnnouncementsDemo(s: Services) {
  const db = s.database.db;
  if (await db.selectFrom('announcements').select('id').limit(1).executeTakeFirst()) return { loaded: false };
  const svc = await import('../modules/announcements/service.ts');
  const year = Number(s.clock.today().slice(0, 4));
  const next = year + 1;
  const admin = await actorOf(s, 'admin');
  const pudong = await actorOf(s, 'pudong');
  const zhangjiang = await actorOf(s, 'zhangjiang');

  // Published first, withdrawn at once: the right notice follows it (003 附件2-1 is the year's only call).
  const wrong = await svc.publish(s, admin, {
    title: `关于做好${next}年度会员专享基本保障集中参保工作的通知（初稿）`,
    body: '各区局（产业）工会：\n\n本通知为内部讨论稿，请勿转发。',
    audience: 'officers',
    pinned: false,
  });
  await svc.withdraw(s, admin, wrong.id, '误发初稿，以正式通知为准');

  await svc.publish(s, admin, {
    title: `关于做好${next}年度会员专享基本保障集中参保工作的通知`,
    body: [
      '各区局（产业）工会、各基层工会：',
      `为做好${next}年度会员专享基本保障集中参保工作，根据《关于开展会员专享基本保障工作的实施办法》（附件2-1），现将有关事项通知如下：`,
      `一、${year}年11月1日至12月15日，基层工会在“上海工会网上工作平台”确认集中参保的待参保人员名单，选择保障类型（A、B、A+、B+）并提交区局（产业）工会审核。`,
      `二、${year}年12月16日至12月31日，区局（产业）工会完成集中参保确认审核，并于${next}年1月20日前将参保费用划至上海市职工保障互助中心账户，同步上传缴费凭证。`,
      `三、${year}年12月31日，${year}年度会员专享基本保障期满；逾期未确认的会员可在新办卡时即时参保或个人参保。`,
      '四、集中参保操作说明可在平台首页“新手指引”下载。请各级工会高度重视，做到应保尽保。',
      '上海市总工会\n权益保障部',
    ].join('\n\n'),
    audience: 'everyone',
    pinned: true,
    expiresOn: `${next}-01-20`,
  });

  const report = await svc.publish(s, pudong, {
    title: `关于报送浦东新区${year}年度职工实事项目进展情况的通知`,
    body: [
      '各街镇、园区工会，各基层工会：',
      `请于${year}年12月20日前，通过平台“项目进展”报送本单位承担的${year}年度职工实事项目完成情况，附照片及台账资料；未完成的项目请说明原因和后续安排。`,
      '联系人：浦东新区总工会权益保障部。',
    ].join('\n\n'),
    audience: 'officers',
    pinned: false,
  });
  await svc.markRead(s, zhangjiang, report.id);
  return { loaded: true };
}
