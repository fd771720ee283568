import type { Message } from './types.ts';

/**
 * Stable reason codes (kebab-case) with their default sentences. A program may pass a more
 * specific sentence to ctx.check(); the code stays the same. Add new codes here.
 */
export const REASONS = {
  'not-a-member': { zh: '申请人不是工会会员', en: 'The applicant is not a union member' },
  'outside-application-window': { zh: '不在规定的办理（申请）时间内', en: 'Outside the application window' },
  'certificate-too-old': { zh: '证书颁发时间不在规定范围内', en: 'The certificate was issued outside the period allowed' },
  'over-room-limit': { zh: '超过每张会员服务卡可享受的特惠房间数', en: 'More rooms than a member card may book' },
  'age-limit': { zh: '不符合年龄条件', en: 'Age outside the limit' },
  'outside-coverage': { zh: '事故（确诊、入院）日期不在保障期内', en: 'The event is outside the coverage period' },
  'in-waiting-period': { zh: '事故（确诊、入院）发生在免责期内', en: 'The event falls in the waiting period' },
  'filing-deadline-passed': { zh: '已超过给付申请时限', en: 'The filing deadline has passed' },
  'filed-before-event': { zh: '申请日期早于事故日期', en: 'The claim is dated before the event' },
  'benefit-not-in-plan': { zh: '所选保障计划不含该项保障责任', en: 'The plan does not include this benefit' },
  'benefit-exhausted': { zh: '该项保障金已达给付上限', en: 'The benefit has reached its limit' },
  'below-threshold': { zh: '未达到给付起点', en: 'Below the threshold for a payout' },
  'beyond-180-days': { zh: '身故或伤残发生在意外伤害之日起180天之后', en: 'Death or disability occurred more than 180 days after the accident' },
  'no-cover-left': { zh: '保障期起始日晚于保障期满日，当年度已无保障期', en: 'The cover would start after the coverage year ends' },
  'not-a-working-day': { zh: '该日期不是工作日', en: 'The date is not a working day' },
  'payment-deadline-passed': { zh: '未在规定的工作日内缴纳保障费用', en: 'The premium was not paid within the working days allowed' },
  'over-value-limit': { zh: '超过价值标准且未经一事一议批准', en: 'Above the value limit and not approved case by case' },
} as const satisfies Record<string, Message>;

export type ReasonCode = keyof typeof REASONS;

export function reasonMessage(code: string): Message | undefined {
  return (REASONS as Record<string, Message>)[code];
}
