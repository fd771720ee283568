// Places (issue 10 §2) through HTTP on both engines: the public names of first-come pools, a pool that never
// oversells under concurrent claims over real sockets, pool-full, a second claim, a pool not open or closed,
// and places down the tree (over-allocation named by level, the 名额分配表 import all or nothing, expiry).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { multipart, startTestApp, type TestApp } from '../harness.ts';

describe('pools: first-come places and places down the tree', () => {
  let t: TestApp;
  const c: Record<string, string> = {};
  let base = '';
  let federation = 0;
  const call = (who: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: c[who]! }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const hour = 3600_000;
  const openPool = async (who: string, body: Record<string, unknown>) => {
    const res = await call(who, 'POST', '/pools', {
      title: '嘉定区 D/E/F 体检名额',
      opensAt: new Date(Date.now() - hour).toISOString(),
      closesAt: new Date(Date.now() + hour).toISOString(),
      ...body,
    });
    assert.equal(res.statusCode, 201, res.body);
    return res.json();
  };

  before(async () => {
    t = await startTestApp();
    for (const u of ['admin', 'pudong', 'zhangjiang', 'grassroots', 'jiading', 'member']) c[u] = await t.login(u);
    federation = (await call('admin', 'GET', '/auth/me')).json().orgId;
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const addr = t.app.server.address() as { port: number };
    base = `http://127.0.0.1:${addr.port}/api/v1`;
  });
  after(() => t.close());

  it('public names: create, read capacity/taken/remaining, a member claims for themself, a second claim 409', async () => {
    const p = await openPool('admin', { title: '2025 职工疗休养 团体名额', capacity: 3, orgId: federation, program: 'sanatorium', year: 2025 });
    assert.deepEqual([p.capacity, p.taken, p.remaining, p.state], [3, 0, 3, 'open']);
    const mine = await call('member', 'POST', `/pools/${p.id}/claims`, {});
    assert.equal(mine.statusCode, 201, mine.body);
    assert.equal(mine.json().remaining, 2);
    const again = await call('member', 'POST', `/pools/${p.id}/claims`, {});
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'already-claimed');
    const read = (await call('member', 'GET', `/pools/${p.id}`)).json();
    assert.deepEqual([read.capacity, read.taken, read.remaining], [3, 1, 2]);
    const places = (await call('member', 'GET', '/me/places')).json();
    assert.equal(places.claims[0].poolId, p.id);
    // A member claims for nobody else; an officer out of the member's scope does not find them.
    const liMing = (await call('grassroots', 'GET', `/pools/${p.id}/claims`)).json().items[0];
    assert.ok(liMing.memberId > 0);
    const other = await call('member', 'POST', `/pools/${p.id}/claims`, { memberId: liMing.memberId + 1 });
    assert.equal(other.statusCode, 403);
    const outOfScope = await call('jiading', 'POST', `/pools/${p.id}/claims`, { memberId: liMing.memberId });
    assert.equal(outOfScope.statusCode, 404);
  });

  it('a member claims for themself with no body at all (the public name: without memberId)', async () => {
    const p = await openPool('admin', { capacity: 1, orgId: federation });
    const r = await t.app.inject({ method: 'POST', url: `/api/v1/pools/${p.id}/claims`, headers: { cookie: c.member! } });
    assert.equal(r.statusCode, 201, r.body);
    assert.equal(r.json().remaining, 0);
    const full = await t.app.inject({ method: 'POST', url: `/api/v1/pools/${p.id}/claims`, headers: { cookie: c.member! } });
    assert.equal(full.statusCode, 409, full.body);
  });

  it('a district pool is not open to other districts’ members; not yet open and closed pools refuse', async () => {
    const jd = (await call('jiading', 'GET', '/auth/me')).json().orgId;
    const p = await openPool('jiading', { capacity: 10, orgId: jd });
    const m = await call('member', 'POST', `/pools/${p.id}/claims`, {});
    assert.equal(m.statusCode, 404); // 李明 is in Pudong: he does not see Jiading's pool
    const later = await openPool('admin', {
      capacity: 5,
      orgId: federation,
      opensAt: new Date(Date.now() + hour).toISOString(),
      closesAt: new Date(Date.now() + 2 * hour).toISOString(),
    });
    const early = await call('member', 'POST', `/pools/${later.id}/claims`, {});
    assert.equal(early.statusCode, 409);
    assert.equal(early.json().code, 'pool-not-open');
    const past = await openPool('admin', {
      capacity: 5,
      orgId: federation,
      opensAt: new Date(Date.now() - 2 * hour).toISOString(),
      closesAt: new Date(Date.now() - hour).toISOString(),
    });
    const late = await call('member', 'POST', `/pools/${past.id}/claims`, {});
    assert.equal(late.statusCode, 409);
    assert.equal(late.json().code, 'pool-closed');
    assert.equal((await call('member', 'GET', `/pools/${past.id}`)).json().state, 'closed');
    const bad = await call('admin', 'POST', '/pools', {
      title: 'x',
      capacity: 0,
      orgId: federation,
      opensAt: new Date().toISOString(),
      closesAt: new Date().toISOString(),
    });
    assert.equal(bad.statusCode, 400);
  });

  it('never oversells: concurrent claims over HTTP on a pool with fewer places grant exactly its capacity', async () => {
    const members = await t.s.database.db.selectFrom('memberships').select('person_id').where('status', '=', 'active').orderBy('id').limit(300).execute();
    const n = members.length;
    assert.ok(n >= 150, `enough members (${n})`);
    const capacity = Math.floor((n * 2) / 3);
    const p = await openPool('admin', { capacity, orgId: federation });
    const claimOnce = (personId: number) =>
      fetch(`${base}/pools/${p.id}/claims`, {
        method: 'POST',
        headers: { cookie: c.admin!, 'content-type': 'application/json' },
        body: JSON.stringify({ memberId: personId }),
      }).then(async (r) => ({ status: r.status, code: r.status === 201 ? null : ((await r.json()) as { code: string }).code }));
    // Every member twice, all at once: duplicates race their own first claim.
    const results = await Promise.all([...members, ...members.slice(0, 50)].map((m) => claimOnce(m.person_id)));
    const granted = results.filter((r) => r.status === 201).length;
    const full = results.filter((r) => r.code === 'pool-full').length;
    const dup = results.filter((r) => r.code === 'already-claimed').length;
    assert.equal(granted, capacity);
    assert.equal(
      granted + full + dup,
      results.length,
      JSON.stringify(results.filter((r) => r.status !== 201 && r.code !== 'pool-full' && r.code !== 'already-claimed').slice(0, 3)),
    );
    const read = (await call('admin', 'GET', `/pools/${p.id}`)).json();
    assert.deepEqual([read.taken, read.remaining], [capacity, 0]);
    const rows = await t.s.database.db
      .selectFrom('pool_claims')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('pool_id', '=', p.id)
      .executeTakeFirstOrThrow();
    assert.equal(Number(rows.n), capacity, 'one claim row per place: none lost, none extra');
    const one = await call('admin', 'POST', `/pools/${p.id}/claims`, { memberId: members[n - 1]!.person_id });
    assert.equal(one.statusCode, 409);
    assert.ok(['pool-full', 'already-claimed'].includes(one.json().code));
  });

  it('places down the tree: federation → Pudong → a street → a grassroots union; over-allocation refused naming the level', async () => {
    const me = async (u: string) => (await call(u, 'GET', '/auth/me')).json().orgId as number;
    const [pudong, street, grassroots] = [await me('pudong'), await me('zhangjiang'), await me('grassroots')];
    const g = await call('admin', 'POST', '/place-grants', { program: 'sanatorium', year: 2025, site: '海鸥 浙江线', toOrgId: pudong, places: 100 });
    assert.equal(g.statusCode, 201, g.body);
    const s1 = await call('pudong', 'POST', '/place-grants', { program: 'x', year: 2025, toOrgId: street, places: 60, parentId: g.json().id });
    assert.equal(s1.statusCode, 201, s1.body);
    const over = await call('pudong', 'POST', '/place-grants', { program: 'x', year: 2025, toOrgId: grassroots, places: 41, parentId: g.json().id });
    assert.equal(over.statusCode, 409);
    assert.equal(over.json().code, 'over-allocated');
    assert.match(over.body, /浦东/);
    const s2 = await call('zhangjiang', 'POST', '/place-grants', { program: 'x', year: 2025, toOrgId: grassroots, places: 60, parentId: s1.json().id });
    assert.equal(s2.statusCode, 201, s2.body);
    const over2 = await call('zhangjiang', 'POST', '/place-grants', { program: 'x', year: 2025, toOrgId: grassroots, places: 1, parentId: s1.json().id });
    assert.equal(over2.statusCode, 409); // nothing left at the street level (and one grant per union)
    const d = (await call('pudong', 'GET', `/place-grants/${g.json().id}`)).json();
    assert.deepEqual([d.places, d.allocated, d.available, d.children.length], [100, 60, 40, 1]);
    assert.equal(s2.json().program, 'sanatorium', 'a split keeps its grant’s program');
    const split = await call('grassroots', 'POST', '/place-grants', { program: 'x', year: 2025, toOrgId: grassroots, places: 1, parentId: s2.json().id });
    assert.equal(split.statusCode, 400); // nothing below a grassroots union
  });

  it('the 名额分配表: export, import with a wrong row or wrong total writes nothing, a right one all rows', async () => {
    const jd = (await call('jiading', 'GET', '/auth/me')).json().orgId;
    const g = (await call('admin', 'POST', '/place-grants', { program: 'checkup', year: 2025, toOrgId: jd, places: 50 })).json();
    const sheet = await call('jiading', 'GET', `/place-grants/${g.id}/sheet`);
    assert.equal(sheet.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(sheet.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1), ['序号', '编号', '工会', '名额']);
    const unions = ws
      .getSheetValues()
      .slice(2)
      .filter((r) => r && (r as unknown[])[2])
      .map((r) => Number((r as unknown[])[2]));
    assert.ok(unions.length >= 2, 'Jiading has unions below it');
    const fill = async (rows: [number | string, number][], total?: number) => {
      const out = new ExcelJS.Workbook();
      const s = out.addWorksheet('名额分配表');
      s.addRow(['序号', '编号', '工会', '名额']);
      for (const [i, [id, n]] of rows.entries()) s.addRow([i + 1, id, '', n]);
      if (total !== undefined) s.addRow(['', '', '合计', total]);
      const buf = Buffer.from(await out.xlsx.writeBuffer());
      const m = multipart({}, { name: '名额分配表.xlsx', content: buf });
      return t.app.inject({ method: 'POST', url: `/api/v1/place-grants/${g.id}/sheet`, headers: { cookie: c.jiading!, ...m.headers }, payload: m.payload });
    };
    const tooMany = await fill([
      [unions[0]!, 30],
      [unions[1]!, 21],
    ]);
    assert.equal(tooMany.statusCode, 409, tooMany.body);
    assert.match(tooMany.body, /第 3 行/);
    const wrongTotal = await fill(
      [
        [unions[0]!, 30],
        [unions[1]!, 20],
      ],
      49,
    );
    assert.equal(wrongTotal.statusCode, 400);
    assert.match(wrongTotal.body, /第 4 行/);
    assert.equal((await call('jiading', 'GET', `/place-grants/${g.id}`)).json().allocated, 0, 'nothing half-written');
    const ok = await fill(
      [
        [unions[0]!, 30],
        [unions[1]!, 20],
      ],
      50,
    );
    assert.equal(ok.statusCode, 201, ok.body);
    assert.deepEqual([ok.json().created, ok.json().grant.allocated, ok.json().grant.available], [2, 50, 0]);
  });

  it('expiry: a district that has not passed its places down within a month gives the rest back (000 六(一)2)', async () => {
    const jd = (await call('jiading', 'GET', '/auth/me')).json().orgId;
    t.pinToday('2025-01-10');
    const g = (await call('admin', 'POST', '/place-grants', { program: 'checkup', year: 2026, toOrgId: jd, places: 20 })).json();
    const unions = (await call('jiading', 'GET', `/place-grants/${g.id}`)).json();
    assert.equal(unions.expiresOn, '2025-02-10');
    const child = await t.s.database.db
      .selectFrom('orgs')
      .select('id')
      .where('path', 'like', `%.${jd}.%`)
      .where('kind', '=', 'grassroots')
      .limit(1)
      .executeTakeFirstOrThrow();
    assert.equal((await call('jiading', 'POST', '/place-grants', { program: 'x', year: 2026, toOrgId: child.id, places: 5, parentId: g.id })).statusCode, 201);
    t.pinToday('2025-02-11');
    const late = await call('jiading', 'POST', '/place-grants', { program: 'x', year: 2026, toOrgId: child.id, places: 1, parentId: g.id });
    assert.equal(late.statusCode, 409);
    assert.equal(late.json().code, 'grant-expired');
    const { expireGrantsJob } = await import('../../src/modules/pools/service.ts');
    await expireGrantsJob.handler(t.s, {}, {} as never);
    const after = (await call('jiading', 'GET', `/place-grants/${g.id}`)).json();
    assert.deepEqual([after.places, after.allocated, after.returned, after.expired], [20, 5, 15, true]);
    t.pinToday();
  });
});
