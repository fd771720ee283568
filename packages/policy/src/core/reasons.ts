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
  'level-not-awarded': { zh: '晋升的职业技能等级不在奖励范围内', en: 'The skill level reached is not one the award covers' },
  'certificate-issuer-not-recognised': {
    zh: '证书不是由本市人社主管部门或国家相关行业主管部门颁发',
    en: 'The certificate was not issued by the Shanghai HR authority or a national industry authority',
  },
  'agreement-not-stamped': {
    zh: '师徒带教协议未经单位人力资源部门、工会等盖章确认',
    en: 'The mentoring agreement was not stamped by the employer’s HR department and union',
  },
  'promotion-before-agreement': { zh: '徒弟的证书颁发早于签订带教协议', en: 'The apprentice’s certificate predates the mentoring agreement' },
  'not-first-inventor': { zh: '申请人不是第一发明人', en: 'The applicant is not the first inventor' },
  'not-frontline': { zh: '申请人不是一线职工', en: 'The applicant is not a frontline worker' },
  'dedicated-rnd-staff': { zh: '专职从事专利开发、技术研发的人员不在奖励之列', en: 'Staff dedicated to patent development or R&D are excluded' },
  'patent-type-not-covered': { zh: '该类专利不在奖励之列（仅限授权发明专利）', en: 'This kind of patent is not covered (granted invention patents only)' },
  'patent-invalidated': { zh: '专利已被宣告无效', en: 'The patent has been declared invalid' },
  'no-member-protection': { zh: '未持会员服务卡或未享有会员专享基本保障', en: 'No member card or no member protection cover' },
  'illness-not-listed': { zh: '所患疾病不在规定的重大疾病范围内', en: 'The illness is not one of those listed' },
  'not-hospitalized': { zh: '未经住院治疗', en: 'Not treated in hospital' },
  'hospital-not-recognised': { zh: '确诊医院不在认定范围内', en: 'The diagnosing hospital is not a recognised one' },
  'already-paid-this-year': { zh: '本年度已发放过，一个年度内限一次', en: 'Already paid this year; once a year at most' },
  'over-night-limit': { zh: '超过每次可享受特惠（优惠）入住的晚数', en: 'More nights than one stay may have at the member rate' },
  'plan-not-offered-on-date': { zh: '该计划在所选日期不开展', en: 'The plan is not offered on that date' },
  'over-duration': { zh: '超过规定的活动天数或晚数', en: 'Longer than the days or nights allowed' },
  'over-cost-limit': { zh: '人均费用超过规定标准', en: 'The cost per person is above the limit' },
  'already-subsidised-this-year': { zh: '当年已享受过市总疗休养补贴', en: 'Already had a federation sanatorium subsidy this year' },
  'established-outside-window': { zh: '建立时间不在补贴对象规定的期间内', en: 'Established outside the period the subsidy covers' },
  'applied-before-established': { zh: '申请日期早于建立日期', en: 'The application is dated before the site was established' },
  'not-new': { zh: '不是新增（新建）的点位，不享受一次性项目经费', en: 'Not a newly created site; the one-off grant is for new sites' },
  'not-qualified': { zh: '未通过评估（验收）', en: 'Did not pass the assessment' },
  'below-minimum-area': { zh: '面积低于最小分类标准', en: 'The area is below the smallest class' },
  'criteria-not-met': { zh: '未达到创建标准', en: 'The creation criteria are not met' },
  'over-free-visits': { zh: '本年度两场免费送教上门已用完', en: 'The year’s two free on-site class visits are used up' },
  'applicant-level': { zh: '申请单位的层级不是本表的申请对象', en: 'The applicant union is not of the level this form is for' },
  'not-newly-launched': { zh: '补充申报仅限第一轮截止后新立项启动的项目', en: 'The supplementary round is for projects launched after the first round closed' },
} as const satisfies Record<string, Message>;

export type ReasonCode = keyof typeof REASONS;

export function reasonMessage(code: string): Message | undefined {
  return (REASONS as Record<string, Message>)[code];
}
