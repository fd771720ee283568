// Payout safeguards through HTTP, on the database named by SHISHI_TEST_DB: changing a program
// (PATCH /programs/:id), cancelling a batch, batch totals per caller's scope, and the payee of each
// line decided from the member's card when the batch is paid (000 大病职工慰问 三(六)).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { engine, multipart, startTestApp, type TestApp } from '../harness.ts';
import { httpKit } from '../kit.ts';
import { pdf } from '../../src/demo/applications-data.ts';

let t: TestApp;
const cookies: Record<string, string> = {};
const programs: Record<string, number> = {};
const on = (day: string) => {
  t.pinToday(day);
};
const { req, ok } = httpKit(() => t, cookies);

let jiadingPerson = 0;
before(async () => {
  t = await startTestApp({ members: 300 });
  const db = t.s.database.db;
  // An officer for the grassroots union of a Jiading member, so a second region's application can pass its chain.
  const jiading = await db.selectFrom('orgs').select('path').where('short_name', '=', '嘉定区').executeTakeFirstOrThrow();
  const m = await db
    .selectFrom('memberships')
    .innerJoin('orgs', 'orgs.id', 'memberships.org_id')
    .select(['memberships.id', 'memberships.person_id', 'memberships.org_id'])
    .where('orgs.path', 'like', `${jiading.path}%`)
    .where('memberships.status', '=', 'active')
    .where('memberships.joined_on', '<=', '2017-01-01')
    .orderBy('memberships.person_id', 'desc')
    .executeTakeFirstOrThrow();
  jiadingPerson = m.person_id;
  await db.updateTable('memberships').set({ card_status: 'active' }).where('id', '=', m.id).execute();
  const admin = await db.selectFrom('accounts').select('password_hash').where('username', '=', 'admin').executeTakeFirstOrThrow();
  await db
    .insertInto('accounts')
    .values({
      username: 'jdgrass',
      display_name: '嘉定基层工会干部',
      role: 'grassroots-officer',
      org_id: m.org_id,
      password_hash: admin.password_hash,
      password_changed_at: new Date(),
    })
    .execute();
  for (const u of [
    'admin',
    'auditor',
    'member',
    'grassroots',
    'pudong',
    'jiading',
    'jdgrass',
    'grassrootswork',
    'rights',
    'finance',
    'mutualaid',
    'zhangjiang',
  ])
    cookies[u] = await t.login(u);
  for (const p of (await req('member', 'GET', '/programs?year=2018')).json().items) programs[p.program] = p.id;
});
after(async () => {
  t?.pinToday();
  await t?.close();
});

describe(`payout safeguards on ${engine}`, () => {
  it('PATCH /programs/:id: changes are validated by field, audited with before/after, and refused out of role', async () => {
    on('2018-03-20');
    const skill = programs['skill-promotion-award']!;
    assert.equal((await req('pudong', 'PATCH', `/programs/${skill}`, { title: '越权修改' })).statusCode, 403);
    const badWindow = await req('grassrootswork', 'PATCH', `/programs/${skill}`, { windows: [{ batch: 1, from: '2018-04-15', to: '2018-03-15' }] });
    assert.equal(badWindow.statusCode, 400);
    assert.equal(badWindow.json().errors[0].field, 'body.windows.0');
    const badChain = await req('grassrootswork', 'PATCH', `/programs/${skill}`, {
      reviewChain: [{ level: 'federation', actor: { role: 'department-officer', functionCode: 'no-such-unit' }, dueIn: { workingDays: 5 } }],
    });
    assert.equal(badChain.statusCode, 400);
    const before = (await ok(req('grassrootswork', 'GET', `/programs/${skill}`))).contacts;
    const changed = await ok(
      req('grassrootswork', 'PATCH', `/programs/${skill}`, {
        title: '2018年技能人才职业发展助推奖励',
        contacts: [...before, { role: '咨询', org: '市职工技协服务中心', name: '陈志渊', phone: '55885659' }],
      }),
    );
    assert.equal(changed.title, '2018年技能人才职业发展助推奖励');
    assert.equal(changed.contacts.length, before.length + 1);
    // Fields not named keep their values (a partial update does not fall back to the create defaults).
    assert.equal(changed.status, 'open');
    assert.ok(changed.requiredDocuments.some((d: any) => d.type === 'certificate'));
    const closed = await ok(req('grassrootswork', 'PATCH', `/programs/${skill}`, { status: 'closed' }));
    assert.equal(closed.contacts.length, before.length + 1);
    assert.equal((await ok(req('grassrootswork', 'PATCH', `/programs/${skill}`, { status: 'open' }))).status, 'open');
    const audit = await t.s.database.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('action', '=', 'program.update')
      .where('entity_id', '=', String(skill))
      .orderBy('id')
      .executeTakeFirstOrThrow();
    assert.notEqual((audit.before as any).title, '2018年技能人才职业发展助推奖励');
    assert.equal((audit.after as any).title, '2018年技能人才职业发展助推奖励');
  });

  it('a second region’s application is approved along its chain (Jiading)', async () => {
    const skill = programs['skill-promotion-award']!;
    on('2018-04-03');
    const mp = multipart({ type: 'certificate' }, { name: 'certificate.pdf', content: pdf('certificate'), type: 'application/pdf' });
    const doc = await t.app.inject({ method: 'POST', url: '/api/v1/documents', payload: mp.payload, headers: { ...mp.headers, cookie: cookies.jiading! } });
    assert.equal(doc.statusCode, 201, doc.body);
    const a = await ok(
      req('jiading', 'POST', '/applications', {
        programId: skill,
        personId: jiadingPerson,
        form: {
          role: 'worker',
          newLevel: 'senior-technician',
          certificateNo: '1831000000888888',
          certificateIssuedOn: '2017-12-01',
          certificateIssuer: 'shanghai-hrss',
        },
        documentIds: [doc.json().id],
      }),
      201,
    );
    on('2018-04-04');
    await ok(req('jdgrass', 'POST', `/applications/${a.id}/approve`, {}));
    on('2018-04-05');
    await ok(req('jiading', 'POST', `/applications/${a.id}/approve`, {}));
    on('2018-04-09');
    assert.equal((await ok(req('grassrootswork', 'POST', `/applications/${a.id}/approve`, {}))).status, 'approved');
  });

  let batchId = 0;
  it('cancels an unpaid batch (reason required, preparer only); its entries return to the next preparation', async () => {
    const skill = programs['skill-promotion-award']!;
    on('2018-04-25');
    const first = await ok(req('grassrootswork', 'POST', '/payouts/batches', { programId: skill, period: '2018-04' }), 201);
    assert.equal(first.entries, 2);
    assert.equal((await req('pudong', 'POST', `/payouts/batches/${first.id}/cancel`, { reason: '越权作废' })).statusCode, 403);
    assert.equal((await req('mutualaid', 'POST', `/payouts/batches/${first.id}/cancel`, { reason: '不是本单位的批次' })).statusCode, 403);
    const noReason = await req('grassrootswork', 'POST', `/payouts/batches/${first.id}/cancel`, {});
    assert.equal(noReason.statusCode, 400);
    assert.equal(noReason.json().errors[0].field, 'body.reason');
    await ok(req('rights', 'POST', `/payouts/batches/${first.id}/approve-rights`));
    const cancelled = await ok(req('grassrootswork', 'POST', `/payouts/batches/${first.id}/cancel`, { reason: '名单有误，重新编制' }));
    assert.equal(cancelled.status, 'cancelled');
    assert.equal((await req('grassrootswork', 'POST', `/payouts/batches/${first.id}/cancel`, { reason: '再次作废' })).json().code, 'batch-closed');
    assert.equal((await req('finance', 'POST', `/payouts/batches/${first.id}/approve-finance`)).json().code, 'batch-not-awaiting');
    const trail = await t.s.database.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('action', '=', 'payout.cancel')
      .where('entity_id', '=', String(first.id))
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [(trail.before as any).status, (trail.after as any).status, (trail.after as any).reason],
      ['rights-approved', 'cancelled', '名单有误，重新编制'],
    );
    const again = await ok(req('grassrootswork', 'POST', '/payouts/batches', { programId: skill, period: '2018-04' }), 201);
    assert.equal(again.entries, 2);
    assert.equal(again.total, first.total);
    batchId = again.id;
  });

  it('shows batch totals for the caller’s scope: the program’s union sees all, a district its part, others nothing', async () => {
    const full = await ok(req('rights', 'GET', `/payouts/batches/${batchId}`));
    assert.equal(full.scope, 'all');
    assert.equal(full.entries, 2);
    const pudong = await ok(req('pudong', 'GET', `/payouts/batches/${batchId}`));
    assert.equal(pudong.scope, 'part');
    assert.equal(pudong.entries, 1);
    assert.equal(pudong.lines.length, 1);
    assert.equal(pudong.lines[0].name, '李明');
    const jiading = await ok(req('jiading', 'GET', `/payouts/batches/${batchId}`));
    assert.equal(jiading.entries, 1);
    assert.equal(pudong.total + jiading.total, full.total);
    // Listed to each only with their part; a union with no line in it does not see it.
    const listed = (await ok(req('pudong', 'GET', '/payouts/batches'))).items.find((b: any) => b.id === batchId);
    assert.equal(listed.total, pudong.total);
    const yangpu = (await t.s.database.db.selectFrom('orgs').select('id').where('short_name', '=', '杨浦区').executeTakeFirstOrThrow()).id;
    const admin = await t.s.database.db.selectFrom('accounts').select('password_hash').where('username', '=', 'admin').executeTakeFirstOrThrow();
    await t.s.database.db
      .insertInto('accounts')
      .values({
        username: 'yangpu2',
        display_name: '杨浦区总工会干部（测试）',
        role: 'regional-officer',
        org_id: yangpu,
        password_hash: admin.password_hash,
        password_changed_at: new Date(),
      })
      .execute();
    cookies.yangpu2 = await t.login('yangpu2');
    assert.equal((await req('yangpu2', 'GET', `/payouts/batches/${batchId}`)).statusCode, 404);
    assert.ok(!(await ok(req('yangpu2', 'GET', '/payouts/batches'))).items.some((b: any) => b.id === batchId));
    assert.equal((await req('yangpu2', 'GET', `/payouts/batches/${batchId}/export.xlsx`)).statusCode, 404);
    // The district's export adds up to its own part.
    const x = await req('jiading', 'GET', `/payouts/batches/${batchId}/export.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as any);
    const rows = wb.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    assert.equal(rows.at(-1)![4], jiading.total);
  });

  it('checks each member’s card before payment: no active card → the regional union’s account, shown in the export', async () => {
    const db = t.s.database.db;
    const li = await db
      .selectFrom('memberships')
      .innerJoin('persons', 'persons.id', 'memberships.person_id')
      .select(['memberships.id'])
      .where('persons.name', '=', '李明')
      .where('memberships.status', '=', 'active')
      .executeTakeFirstOrThrow();
    await db.updateTable('memberships').set({ card_status: 'lost' }).where('id', '=', li.id).execute();
    // Before payment the export already shows where each line would go.
    const preview = await ok(req('rights', 'GET', `/payouts/batches/${batchId}`));
    assert.deepEqual(
      preview.lines.map((l: any) => [l.name, l.payTo, l.decided]).sort(),
      [
        ['李明', 'regional-union', false],
        [preview.lines.find((l: any) => l.name !== '李明').name, 'member-card', false],
      ].sort(),
    );
    await ok(req('rights', 'POST', `/payouts/batches/${batchId}/approve-rights`));
    await ok(req('finance', 'POST', `/payouts/batches/${batchId}/approve-finance`));
    on('2018-05-08');
    const smsBefore = await db.selectFrom('notifications').select('id').where('template', '=', 'payout-paid').execute();
    const paid = await ok(req('grassrootswork', 'POST', `/payouts/batches/${batchId}/pay`, { reference: 'CARD-2018-05-002' }));
    assert.equal(paid.status, 'paid');
    const items = await db
      .selectFrom('payout_batch_items as i')
      .innerJoin('payout_entries as e', 'e.id', 'i.entry_id')
      .innerJoin('persons as p', 'p.id', 'e.person_id')
      .select(['p.name', 'i.pay_to', 'i.card_status', 'i.region_org_id'])
      .where('i.batch_id', '=', batchId)
      .execute();
    const liLine = items.find((i) => i.name === '李明')!;
    const pudongId = (await db.selectFrom('orgs').select('id').where('short_name', '=', '浦东新区').executeTakeFirstOrThrow()).id;
    assert.deepEqual([liLine.pay_to, liLine.card_status, liLine.region_org_id], ['regional-union', 'lost', pudongId]);
    assert.equal(items.find((i) => i.name !== '李明')!.pay_to, 'member-card');
    // The card stays as it was at payment, even if it is reactivated later.
    await db.updateTable('memberships').set({ card_status: 'active' }).where('id', '=', li.id).execute();
    const after = await ok(req('rights', 'GET', `/payouts/batches/${batchId}`));
    const line = after.lines.find((l: any) => l.name === '李明');
    assert.deepEqual([line.payTo, line.decided, line.cardStatus, line.payeeOrg.name], ['regional-union', true, 'lost', '浦东新区总工会']);
    // No card SMS for 李明; the Pudong union is told in its portal to pass the money on.
    const smsAfter = await db
      .selectFrom('notifications')
      .select(['id', 'payload'])
      .where('template', '=', 'payout-paid')
      .where('id', 'not in', smsBefore.length ? smsBefore.map((n) => n.id) : [0])
      .execute();
    assert.ok(smsAfter.every((n) => (n.payload as any).name !== '李明'));
    assert.ok(smsAfter.length >= 1);
    const union = await db
      .selectFrom('notifications')
      .innerJoin('accounts', 'accounts.id', 'notifications.account_id')
      .select(['accounts.username', 'notifications.payload'])
      .where('template', '=', 'payout-paid-to-union')
      .execute();
    assert.ok(union.some((n) => n.username === 'pudong' && (n.payload as any).name === '李明'));
    const audit = await db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'payout.pay')
      .where('entity_id', '=', String(batchId))
      .executeTakeFirstOrThrow();
    assert.deepEqual((audit.after as any).payees, { memberCard: 1, regionalUnion: 1 });
    const x = await req('rights', 'GET', `/payouts/batches/${batchId}/export.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as any);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    assert.ok(header.includes('收款方'));
    const col = header.indexOf('收款方') + 1;
    const values = (ws.getSheetValues().slice(2).filter(Boolean) as unknown[][]).map((r) => [r[2], r[col]]);
    assert.ok(values.some(([name, payee]) => name === '李明' && payee === '区局（产业）工会账户（浦东新区总工会）'));
    assert.ok(values.some(([name, payee]) => name !== '李明' && payee === '会员服务卡'));
  });
});
