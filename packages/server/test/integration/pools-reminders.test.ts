// SMS reminders before a trip (issue 10 §3 “Reminders by SMS outbox”) and the member's own trips in the portal
// (§3 “the member sees bookings and places in the portal”), on the demo's 2025 sanatorium rosters: one settled (April,
// 李明 on it), one submitted (12–14 September), one draft (October). Through HTTP on the database named by SHISHI_TEST_DB.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../harness.ts';

describe('pools: trip reminders by SMS and my trips', () => {
  let t: TestApp;
  const c: Record<string, string> = {};
  const call = (who: string, method: 'GET' | 'POST', url: string) => t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: c[who]! } });
  const ok = async (who: string, method: 'GET' | 'POST', url: string) => {
    const r = await call(who, method, url);
    assert.equal(r.statusCode, 200, `${method} ${url}: ${r.body}`);
    return r.json();
  };
  type R = { id: number; startsOn: string; status: string; persons: number };
  let rosters: R[] = [];
  const sms = async (rosterId: number) =>
    (
      await t.s.database.db
        .selectFrom('notifications')
        .select(['channel', 'template', 'payload', 'recipient_masked', 'person_id'])
        .where('template', '=', 'roster-trip-reminder')
        .execute()
    ).filter((n) => (n.payload as { rosterId: number }).rosterId === rosterId);

  before(async () => {
    t = await startTestApp();
    for (const u of ['admin', 'pudong', 'member']) c[u] = await t.login(u);
    rosters = (await ok('admin', 'GET', '/rosters?year=2025&program=group-sanatorium')).items;
  });
  after(async () => {
    t?.pinToday();
    await t?.close();
  });

  it('reminds the members of a submitted roster starting within three days, once, by SMS', async () => {
    const sept = rosters.find((r) => r.startsOn === '2025-09-12')!;
    assert.equal(sept.status, 'submitted');
    t.pinToday('2025-09-08');
    assert.equal((await ok('admin', 'POST', '/rosters/reminders/run')).rosters, 0, 'four days ahead: not yet');
    t.pinToday('2025-09-09');
    const run = await ok('admin', 'POST', '/rosters/reminders/run');
    assert.equal(run.on, '2025-09-09');
    assert.equal(run.rosters, 1);
    assert.equal(run.sent + run.withoutMobile, sept.persons);
    assert.ok(run.sent >= 1, 'the demo members have mobiles');
    const sent = await sms(sept.id);
    assert.equal(sent.length, run.sent);
    for (const n of sent) {
      assert.equal(n.channel, 'sms');
      assert.ok(n.person_id);
      assert.match(String(n.recipient_masked), /\*/, 'the number is kept masked (and sealed)');
      assert.deepEqual([(n.payload as { startsOn: string }).startsOn, (n.payload as { title: string }).title], ['2025-09-12', '团体5号 黄山休养院 3天2晚']);
    }
    t.pinToday('2025-09-10');
    assert.equal((await ok('admin', 'POST', '/rosters/reminders/run')).rosters, 0, 'once per roster');
    assert.equal((await sms(sept.id)).length, run.sent);
    assert.equal((await call('pudong', 'POST', '/rosters/reminders/run')).statusCode, 403, 'the federation runs it (the daily job otherwise)');
  });

  it('a draft or settled roster is not reminded', async () => {
    const draft = rosters.find((r) => r.status === 'draft')!;
    const settled = rosters.find((r) => r.status === 'settled')!;
    for (const r of [draft, settled]) {
      t.pinToday(r.startsOn);
      await ok('admin', 'POST', '/rosters/reminders/run');
      assert.equal((await sms(r.id)).length, 0, r.status);
    }
  });

  it('the member sees the trips they are on in the portal, not a draft', async () => {
    t.pinToday('2025-06-01');
    const mine = await ok('member', 'GET', '/me/places');
    const april = rosters.find((r) => r.startsOn === '2025-04-18')!;
    const trip = mine.trips.find((x: { rosterId: number }) => x.rosterId === april.id);
    assert.ok(trip, JSON.stringify(mine.trips));
    assert.deepEqual(
      [trip.status, trip.title, trip.startsOn, trip.endsOn, trip.site, trip.provider],
      ['settled', '团体5号 黄山休养院 3天2晚', '2025-04-18', '2025-04-20', '黄山休养院', '上海海鸥控股（集团）有限公司'],
    );
    assert.ok(mine.trips.every((x: { status: string }) => x.status !== 'draft'));
    assert.equal((await call('pudong', 'GET', '/me/places')).statusCode, 403, 'an officer has no trips of their own here');
  });
});
