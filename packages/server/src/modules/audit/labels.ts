// The audit trail in Chinese (issue 12 §3): what each action and object is called. An action is
// `<object>.<verb>`; a verb or object not listed here falls back to its code, so nothing is hidden.
import { listPrograms } from '@shishi/policy';
import type { Bilingual } from '../../platform/errors.ts';

export const objectNames: Record<string, Bilingual> = {
  account: { zh: '账号', en: 'Account' },
  application: { zh: '申请', en: 'Application' },
  calendar: { zh: '工作日历', en: 'Calendar' },
  call: { zh: '项目征集', en: 'Call' },
  candidate: { zh: '候选项目', en: 'Candidate' },
  comment: { zh: '评论', en: 'Comment' },
  document: { zh: '材料', en: 'Document' },
  import: { zh: '导入批次', en: 'Import' },
  member: { zh: '会员', en: 'Member' },
  milestone: { zh: '节点', en: 'Milestone' },
  org: { zh: '组织', en: 'Org' },
  'payout-batch': { zh: '结算批次', en: 'Payout batch' },
  'payout-entry': { zh: '补贴款项', en: 'Payout entry' },
  program: { zh: '项目申报', en: 'Program' },
  project: { zh: '实事项目', en: 'Project' },
  proposal: { zh: '项目建议', en: 'Proposal' },
  'protection-batch': { zh: '保障批次', en: 'Protection batch' },
  'protection-list': { zh: '参保名单', en: 'Protection list' },
  'protection-remittance': { zh: '保费汇缴', en: 'Remittance' },
  report: { zh: '进度报表', en: 'Progress report' },
  slate: { zh: '项目清单', en: 'Slate' },
  survey: { zh: '满意度调查', en: 'Survey' },
  target: { zh: '目标', en: 'Target' },
  'login-log': { zh: '登录日志', en: 'Login log' },
  announcement: { zh: '通知公告', en: 'Notice' },
  pool: { zh: '先到先得名额', en: 'Pool' },
  grant: { zh: '名额分配', en: 'Place grant' },
  'protection-claim': { zh: '保障给付申请', en: 'Protection claim' },
  'gig-roster': { zh: '新就业形态参保名单', en: 'Gig roster' },
  'gig-cover': { zh: '新就业形态保障人员', en: 'Gig cover' },
  'gig-claim': { zh: '新就业形态给付申请', en: 'Gig claim' },
  policy_version: { zh: '政策版本', en: 'Policy version' },
  allocation: { zh: '目标分解', en: 'Allocation' },
  payout: { zh: '结算批次', en: 'Payout batch' },
  protection: { zh: '会员保障', en: 'Protection' },
};

const verbs: Record<string, Bilingual> = {
  create: { zh: '新建', en: 'create' },
  update: { zh: '修改', en: 'update' },
  delete: { zh: '删除', en: 'delete' },
  search: { zh: '查询', en: 'search' },
  export: { zh: '导出', en: 'export' },
  import: { zh: '导入', en: 'import' },
  approve: { zh: '审核通过', en: 'approve' },
  reject: { zh: '不予通过', en: 'reject' },
  return: { zh: '退回', en: 'return' },
  submit: { zh: '提交', en: 'submit' },
  resubmit: { zh: '补正后重新提交', en: 'resubmit' },
  withdraw: { zh: '撤回', en: 'withdraw' },
  disable: { zh: '停用', en: 'disable' },
  enable: { zh: '启用', en: 'enable' },
  'reset-password': { zh: '重置密码', en: 'reset password' },
  'change-password': { zh: '修改本人密码', en: 'change own password' },
  'end-sessions': { zh: '强制下线', en: 'end sessions' },
  unlock: { zh: '解除锁定', en: 'unlock' },
  reveal: { zh: '查看完整证件号/手机号', en: 'reveal' },
  view: { zh: '查看', en: 'view' },
  upload: { zh: '上传', en: 'upload' },
  move: { zh: '调整隶属', en: 'move' },
  transfer: { zh: '转会', en: 'transfer' },
  end: { zh: '终止会籍', en: 'end membership' },
  open: { zh: '开放申报', en: 'open' },
  prepare: { zh: '编制', en: 'prepare' },
  pay: { zh: '发放', en: 'pay' },
  cancel: { zh: '作废', en: 'cancel' },
  reverse: { zh: '冲销', en: 'reverse' },
  'approve-rights': { zh: '权益保障部审核', en: 'rights sign-off' },
  'approve-finance': { zh: '财务资产管理部审核', en: 'finance sign-off' },
  publish: { zh: '公布', en: 'publish' },
  close: { zh: '结束', en: 'close' },
  plan: { zh: '编制实施方案', en: 'plan' },
  classify: { zh: '归类', en: 'classify' },
  merge: { zh: '合并', en: 'merge' },
  support: { zh: '支持', en: 'support' },
  unsupport: { zh: '取消支持', en: 'withdraw support' },
  hide: { zh: '屏蔽', en: 'hide' },
  respond: { zh: '填写', en: 'respond' },
  'hide-answer': { zh: '屏蔽回答', en: 'hide answer' },
  accept: { zh: '审核通过', en: 'accept' },
  validate: { zh: '校验', en: 'validate' },
  commit: { zh: '确认导入', en: 'commit' },
  discard: { zh: '放弃', en: 'discard' },
  prune: { zh: '归档清理', en: 'prune' },
  split: { zh: '拆分', en: 'split' },
  enroll: { zh: '参保登记', en: 'enroll' },
  confirm: { zh: '确认', en: 'confirm' },
  remit: { zh: '汇缴', en: 'remit' },
  reconcile: { zh: '对账', en: 'reconcile' },
  'lists-built': { zh: '生成名单', en: 'build lists' },
  'reveal-contact': { zh: '查看联系电话', en: 'reveal contact' },
  'add-year': { zh: '添加年度', en: 'add year' },
};

/** Actions whose name is not verb + object. */
const actions: Record<string, Bilingual> = {
  'policy.version.create': { zh: '起草政策版本', en: 'Policy version: draft' },
  'policy.version.approve': { zh: '批准政策版本', en: 'Policy version: approve' },
  'policy.version.reject': { zh: '驳回政策版本', en: 'Policy version: reject' },
  'program.open': { zh: '开设项目申报', en: 'Program: open' },
  'calendar.add': { zh: '录入工作日历', en: 'Calendar: add year' },
  'calendar.replace': { zh: '更正工作日历', en: 'Calendar: correct year' },
  'class.create': { zh: '开设公益乐学课程', en: 'Free class: open' },
  'class-visit.book': { zh: '预约送教上门', en: 'On-site class visit: book' },
  'class-visit.cancel': { zh: '取消送教上门', en: 'On-site class visit: cancel' },
  'pool.release': { zh: '退回名额（取消预约）', en: 'Pool: place given back' },
};

/** 停用账号, 审核通过申请, …: the verb then the object, as a Chinese back office names an operation. */
export function actionName(action: string): Bilingual {
  if (actions[action]) return actions[action];
  const dot = action.indexOf('.');
  const obj = objectNames[action.slice(0, dot)];
  const verb = verbs[action.slice(dot + 1)];
  if (!obj || !verb) return { zh: action, en: action };
  return { zh: `${verb.zh}${obj.zh}`, en: `${obj.en}: ${verb.en}` };
}

export const objectName = (entity: string): Bilingual => objectNames[entity] ?? { zh: entity, en: entity };

/** The actions of the filter, with their names: every verb × object the code writes would be long; these are the listed pairs. */
export function actionOptions(codes: string[]) {
  return codes.map((code) => ({ code, name: actionName(code) }));
}

/**
 * A summary in Chinese (issue 12 §3 "the audit log in Chinese … summaries naming the account or
 * record"). The modules write summaries as short records ("JS202611-0004 prepared → rights-approved",
 * "2026DB000009 final review, ¥1000 payable", "member-vacation 2026"); the codes in them are named here
 * as the back office names them: a program by its title, a status, a review level, a unit. Only whole
 * ASCII tokens are replaced, so free text, numbers and names pass unchanged; an unknown code stays.
 */
const summaryWords: Record<string, string> = {
  // statuses (payout batches, sites, applications)
  prepared: '已编制',
  'rights-approved': '权益保障部已审核',
  'finance-approved': '财务资产管理部已审核',
  approved: '已核准',
  paid: '已发放',
  cancelled: '已作废',
  plaqued: '已挂牌',
  closed: '已关闭',
  'red-card': '摘牌',
  'yellow-card': '整改通知',
  registered: '已登记',
  accepted: '已验收',
  'in-review': '审核中',
  returned: '退回补正',
  rejected: '不予通过',
  withdrawn: '已撤回',
  // review levels and their phrases
  grassroots: '基层工会',
  regional: '区局（产业）工会',
  federation: '市总工会',
  'final review': '终审',
  payable: '应付',
  'acceptance passed': '验收通过',
  '(no grant)': '（无补助）',
  'paid on': '发放日期',
  'to member-card on': '划入会员服务卡，日期',
  'already covered': '人已参保',
  // counts and units
  entries: '笔',
  'list(s)': '份名单',
  'union(s)': '个工会',
  members: '人',
  yuan: '元',
  survey: '份问卷',
  responses: '份答卷',
  // kinds the summaries name
  'health-point': '职工健康服务点',
  canteen: '职工食堂',
  'fitness-station': '职工健身驿站',
  'driver-home': '工会司机之家',
  'protection-claim': '会员专享基本保障给付',
  'quota-settlement': '名额结算',
  'critical-illness': '重大疾病',
  'disease-death': '疾病身故',
  'accidental-death': '意外身故',
  'accidental-disability': '意外伤残',
  'accidental-injury': '意外伤害医疗',
  'hospital-allowance': '住院津贴',
  '(member)': '（会员申请）',
  '(unit)': '（单位申请）',
};
let summaryPattern: RegExp | undefined;
let summaryTable: Map<string, string> | undefined;

function table() {
  if (!summaryTable) {
    summaryTable = new Map(Object.entries(summaryWords));
    for (const p of listPrograms()) summaryTable.set(p.code, p.title.zh);
    const tokens = [...summaryTable.keys()].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    summaryPattern = new RegExp(`(?<![A-Za-z0-9-])(${tokens.join('|')})(?![A-Za-z0-9-])`, 'g');
  }
  return { words: summaryTable, pattern: summaryPattern! };
}

export function summaryZh(summary: unknown): unknown {
  if (typeof summary !== 'string') return summary;
  const { words, pattern } = table();
  return summary.replace(pattern, (m) => words.get(m) ?? m);
}
