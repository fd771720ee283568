// The dated timetable of collective enrollment, by coverage year, each step with its seed paragraph.
// The premiums, subsidies and cover dates come from the policy engine (program member-protection);
// the engine knows the whole collective window (2024-11-01..2024-12-31 for 2025) but not how it is
// split between the grassroots and the regional step, which is here.
import type { Bilingual } from '../../platform/errors.ts';

export interface CollectiveTimetable {
  /** The grassroots union builds, edits and submits its list (and picks the plan). */
  submit: { from: string; to: string };
  /** The regional union reviews and confirms the lists. */
  confirm: { from: string; to: string };
  /** The regional union remits the premiums to 市职保中心 and uploads the voucher by this day. */
  voucherBy: string;
  source: string;
  reading?: Bilingual;
}

export const collectiveTimetables: Readonly<Record<number, CollectiveTimetable>> = {
  2025: {
    submit: { from: '2024-11-01', to: '2024-12-15' },
    confirm: { from: '2024-12-16', to: '2024-12-31' },
    voucherBy: '2025-01-20',
    source:
      '003 附件2-1 三、时间节点（2024年11月1日至12月15日 基层工会确认名单、选择保障类型并提交；12月16日至12月31日 区局（产业）工会确认审核；2025年1月20日前转账并上传缴费凭证）；一(二)1(2)',
    reading: {
      zh: '凭证晚于 1 月 20 日上传的仍予接收，但标记为逾期（late），由市职保中心核对时处理；资金不因迟到被拒收。',
      en: 'A voucher uploaded after 20 January is still taken but marked late for the centre to handle at reconciliation; money is not refused for being late.',
    },
  },
};

export function timetableOf(year: number): CollectiveTimetable | undefined {
  return collectiveTimetables[year];
}

/**
 * Who remits: 003 一(三) “单位集体参保的，保障费用除市总补贴外，其余费用由各级工会经费及会员缴纳的会费承担……所有资金须从
 * 各区局（产业）工会账户划至市职保中心账户”. Reading: the regional union remits the remainder (premium − city subsidy) of
 * its confirmed lists; the city subsidy is applied for by 市职保中心 (四(四) 市总补贴资金申请) and is not in the remittance.
 */
export const remittanceSource = '003 附件2-1 一(三) 单位集体参保的……所有资金须从各区局（产业）工会账户划至市职保中心账户；四(四)';
