// Message templates of the application and payout workflow (declared in the module's definition).
import type { NoticeTemplate } from '../../platform/module.ts';

export const applicationNotices = {
  'application-approved': {
    zh: '您的申请 {no}（{program}）已通过终审，核定金额 {amount} 元，将随月度结算发放。',
    en: 'Your application {no} ({program}) passed the final review: {amount} yuan, paid with the monthly settlement.',
  },
  'application-returned': {
    zh: '您的申请 {no}（{program}）被退回补正：{reason}。请修改后重新提交。',
    en: 'Your application {no} ({program}) was returned for correction: {reason}. Please correct and resubmit it.',
  },
  'application-rejected': { zh: '您的申请 {no}（{program}）未通过审核：{reason}。', en: 'Your application {no} ({program}) was not approved: {reason}.' },
  'review-overdue': {
    zh: '申请 {no} 的审核已超过办理时限（{dueOn}），请尽快处理。',
    en: 'The review of application {no} is overdue (due {dueOn}); please act on it.',
  },
  'payout-paid': {
    zh: '【上海工会】{name}您好，您的{program}{amount}元已于{paidOn}划入尾号{cardTail}的工会会员服务卡，请查收。',
    en: '[Shanghai Unions] Dear {name}, your {program} of {amount} yuan was paid to your member card ending {cardTail} on {paidOn}.',
  },
} satisfies Record<string, NoticeTemplate>;
