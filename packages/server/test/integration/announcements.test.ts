// The announcements board (issue 12 §3) through HTTP: who reads a notice, who may withdraw it, bad input.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { startTestApp } from '../harness.ts';
it('a district publishes to its subtree; its unions and members read it, another district does not, a grassroots union cannot withdraw it, an empty title is refused', async () => {
  const t = await startTestApp({ members: 50 });
  try {
    const pub = await t.login('pudong');
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/v1/announcements',
      headers: { cookie: pub },
      payload: { title: '关于报送季度进度的通知', body: '请于月底前报送。', audience: 'everyone' },
    });
    assert.equal(r.statusCode, 201, r.body);
    const g = await t.login('grassroots');
    const inbox = await t.app.inject({ method: 'GET', url: '/api/v1/announcements', headers: { cookie: g } });
    assert.equal(inbox.json().items.length >= 1, true, inbox.body);
    assert.equal(inbox.json().unread >= 1, true);
    // The inbox is searched by words of the title (a % in the words is a plain character).
    const found = await t.app.inject({ method: 'GET', url: `/api/v1/announcements?q=${encodeURIComponent('季度进度')}`, headers: { cookie: g } });
    assert.ok(
      found.json().items.some((x: { id: number }) => x.id === r.json().id),
      found.body,
    );
    const none = await t.app.inject({ method: 'GET', url: `/api/v1/announcements?q=${encodeURIComponent('季度%进度')}`, headers: { cookie: g } });
    assert.equal(
      none.json().items.some((x: { id: number }) => x.id === r.json().id),
      false,
      none.body,
    );
    const j = await t.login('jiading');
    const other = await t.app.inject({ method: 'GET', url: `/api/v1/announcements/${r.json().id}`, headers: { cookie: j } });
    assert.equal(other.statusCode, 404);
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/announcements', headers: { cookie: g }, payload: { title: '', body: 'x' } });
    assert.equal(bad.statusCode, 400, bad.body);
    const w = await t.app.inject({
      method: 'POST',
      url: `/api/v1/announcements/${r.json().id}/withdraw`,
      headers: { cookie: g },
      payload: { reason: '发错了' },
    });
    assert.equal(w.statusCode, 403, w.body);
    const m = await t.login('member');
    const mi = await t.app.inject({ method: 'GET', url: '/api/v1/announcements', headers: { cookie: m } });
    assert.equal(mi.statusCode, 200, mi.body);
    assert.equal(mi.json().items.length >= 1, true, mi.body);
  } finally {
    await t.close();
  }
});
