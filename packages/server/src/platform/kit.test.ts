// The platform kit: the shared date, id and page shapes, the clock and the download header.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixedClock, systemClock } from './clock.ts';
import { contentDisposition } from './download.ts';
import { paginate, ZId, ZIsoDate, ZPageQuery } from './schemas.ts';

describe('platform kit', () => {
  it('accepts real dates in 1900–2100 only', () => {
    for (const ok of ['2025-01-01', '2024-02-29', '1900-01-01', '2100-12-31']) assert.equal(ZIsoDate.safeParse(ok).success, true, ok);
    for (const bad of ['2025-02-29', '2025-13-01', '0999-01-01', '2101-01-01', '2025-1-1', '20250101', ''])
      assert.equal(ZIsoDate.safeParse(bad).success, false, bad);
  });
  it('bounds ids and pages', () => {
    assert.equal(ZId.safeParse({ id: '12' }).data?.id, 12);
    assert.equal(ZId.safeParse({ id: '0' }).success, false);
    assert.equal(ZId.safeParse({ id: '99999999999' }).success, false);
    assert.deepEqual(ZPageQuery.parse({}), { page: 1, pageSize: 20 });
    assert.equal(ZPageQuery.safeParse({ pageSize: 201 }).success, false);
  });
  it('pages: offset from the page, total as a number', async () => {
    const seen: number[][] = [];
    const p = await paginate(
      { page: 3, pageSize: 10 },
      async (o, l) => (seen.push([o, l]), ['x']),
      async () => '42',
    );
    assert.deepEqual(seen, [[20, 10]]);
    assert.deepEqual(p, { items: ['x'], total: 42, page: 3, pageSize: 10 });
  });
  it('a fixed clock stays on its day; the system clock gives Shanghai’s day', () => {
    assert.equal(fixedClock('2018-03-20').today(), '2018-03-20');
    assert.match(systemClock().today(), /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(systemClock('2026-12-01').today(), '2026-12-01');
    assert.throws(() => fixedClock('2026-1-1'));
  });
  it('names downloads safely in ASCII and in UTF-8', () => {
    assert.equal(
      contentDisposition('会员名单 2025.xlsx'),
      `attachment; filename="____ 2025.xlsx"; filename*=UTF-8''${encodeURIComponent('会员名单 2025.xlsx')}`,
    );
    assert.doesNotMatch(contentDisposition('a"b\r\n.xlsx'), /["\r\n]b/);
  });
});
