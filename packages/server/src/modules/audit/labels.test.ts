// The audit trail's summaries in Chinese: table cases (the code each module writes → what the auditor reads),
// with the boundaries: only whole tokens are named, free text and unknown codes pass unchanged.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actionName, summaryZh } from './labels.ts';

const cases: [string, string][] = [
  ['JS202611-0004 prepared → rights-approved', 'JS202611-0004 已编制 → 权益保障部已审核'],
  ['JS202611-0004 rights-approved → approved', 'JS202611-0004 权益保障部已审核 → 已核准'],
  ['2026DB000009 final review, ¥1000 payable', '2026DB000009 终审, ¥1000 应付'],
  ['2018JN000001 regional → federation', '2018JN000001 区局（产业）工会 → 市总工会'],
  ['member-vacation 2026', '会员个人休养度假（房价补贴） 2026'],
  ['JS202611-0004 critical-illness-condolence 2026-11: 1 entries ¥1000', 'JS202611-0004 大病职工慰问 2026-11: 1 笔 ¥1000'],
  ['¥20000 to member-card on 2025-04-15 (ZF20250415-0002)', '¥20000 划入会员服务卡，日期 2025-04-15 (ZF20250415-0002)'],
  ['ST2022-000014 plaqued → red-card', 'ST2022-000014 已挂牌 → 摘牌'],
  // boundaries: part of a longer code, Chinese text, unknown codes, non-strings
  ['pre-approved approvedness', 'pre-approved approvedness'],
  ['王芳 → 上海张江芯源微电子有限公司工会', '王芳 → 上海张江芯源微电子有限公司工会'],
  ['commitment commitment.pdf 112 B', 'commitment commitment.pdf 112 B'],
];

describe('audit summaries in Chinese', () => {
  for (const [code, zh] of cases) it(code, () => assert.equal(summaryZh(code), zh));
  it('leaves what is not text alone', () => {
    assert.equal(summaryZh(null), null);
    assert.deepEqual(summaryZh({ a: 'approved' }), { a: 'approved' });
  });
  it('names actions verb + object, and an unknown one by its code', () => {
    assert.deepEqual(actionName('payout.approve-rights'), { zh: '权益保障部审核结算批次', en: 'Payout batch: rights sign-off' });
    assert.deepEqual(actionName('thing.frobnicate'), { zh: 'thing.frobnicate', en: 'thing.frobnicate' });
  });
});
