import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { beijingTime, exportTooLarge, filterLine } from './list-export.ts';

describe('list exports', () => {
  it('names the filters set, or says there are none', () => {
    assert.equal(
      filterLine([
        ['项目', undefined],
        ['状态', ''],
        ['仅看逾期', false],
      ]),
      '筛选条件：无（全部记录）',
    );
    assert.equal(
      filterLine([
        ['项目', '2018年大病职工慰问行动'],
        ['状态', '已核准'],
        ['仅看逾期', true],
        ['年度', 2021],
      ]),
      '筛选条件：项目：2018年大病职工慰问行动；状态：已核准；仅看逾期；年度：2021',
    );
  });
  it('refuses past the cap in zh and en, with the counts', () => {
    const e = exportTooLarge(50_001, 50_000);
    assert.equal(e.status, 400);
    assert.equal(e.code, 'export-too-many-rows');
    assert.match(e.messages.zh, /50001 条.*50000 条.*请缩小筛选范围/);
    assert.match(e.messages.en, /narrow the filters/);
    assert.deepEqual(e.extra, { total: 50_001, cap: 50_000 });
  });
  it('writes times as Beijing time', () => {
    assert.equal(beijingTime('2026-12-03T16:30:00Z'), '2026-12-04 00:30');
    assert.equal(beijingTime(null), '');
  });
});
