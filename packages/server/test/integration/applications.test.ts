// Applications, multi-level review and payouts through HTTP, on the database named by SHISHI_TEST_DB.
// The 2018 programs are run as of days in 2018: the services' clock is pinned to them.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { engine, multipart, startTestApp, type TestApp } from '../harness.ts';
import { httpKit } from '../kit.ts';
import { idCheckCharacter } from '../../src/platform/identifiers.ts';
import { pdf } from '../../src/demo/applications-data.ts';

let t: TestApp;
const cookies: Record<string, string> = {};
const users = ['admin', 'auditor', 'member', 'grassroots', 'pudong', 'jiading', 'grassrootswork', 'rights', 'finance', 'mutualaid'];
const programs: Record<string, number> = {};
let colleague = 0; // a member of the grassroots officer's union, created here

before(async () => {
  t = await startTestApp({ members: 300 });
  for (const u of users) cookies[u] = await t.login(u);
  const list = await req('member', 'GET', '/programs?year=2018');
  for (const p of list.json().items) programs[p.program] = p.id;
  on('2018-03-01');
  const first17 = '31011519870304861';
  const orgId = (await req('grassroots', 'GET', '/orgs/root')).json().id;
  const created = await req('grassroots', 'POST', '/members', {
    name: '赵磊',
    idNumber: first17 + idCheckCharacter(first17),
    mobile: '13700137000',
    orgId,
    joinedOn: '2010-03-01',
    cardStatus: 'active',
  });
  assert.equal(created.statusCode, 201, created.body);
  colleague = created.json().personId;
});
after(async () => {
  t?.pinToday();
  await t?.close();
});

const on = (day: string) => {
  t.pinToday(day);
};
const { req } = httpKit(() => t, cookies);

async function upload(user: string, type: string, content: Buffer = pdf(type), name = `${type}.pdf`) {
  const mp = multipart({ type }, { name, content, type: 'application/pdf' });
  const r = await t.app.inject({ method: 'POST', url: '/api/v1/documents', payload: mp.payload, headers: { ...mp.headers, cookie: cookies[user]! } });
  return r;
}
const uploadId = async (user: string, type: string) => {
  const r = await upload(user, type);
  assert.equal(r.statusCode, 201, r.body);
  return r.json().id as number;
};
const countApplications = async () =>
  Number(
    (
      await t.s.database.db
        .selectFrom('applications')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const technician = (certificateNo: string, extra: Record<string, unknown> = {}) => ({
  role: 'worker',
  newLevel: 'senior-technician',
  certificateNo,
  certificateIssuedOn: '2017-12-01',
  certificateIssuer: 'shanghai-hrss',
  ...extra,
});

describe(`applications, review and payouts on ${engine}`, () => {
  let personal = 0; // the member's own application (personal channel)
  let unit = 0; // an application filed by the union (unit channel)
  let batchId = 0;

  it('lists the three 2018 programs with windows, channels, chain, documents and contacts', async () => {
    on('2018-03-20');
    // The demo's live year has its own instances (demo/live-year-data.ts); this test is about 2018's.
    const r = await req('member', 'GET', '/programs?year=2018');
    assert.equal(r.statusCode, 200);
    // Besides the three, the demo opens 2018's childcare-studio program for Pudong's district claim (demo/sites-data.ts).
    const codes = r
      .json()
      .items.map((p: any) => p.program)
      .sort();
    assert.deepEqual(codes, ['childcare-subsidy', 'critical-illness-condolence', 'invention-award', 'skill-promotion-award']);
    const skill = r.json().items.find((p: any) => p.program === 'skill-promotion-award');
    assert.deepEqual(
      skill.windows.map((w: any) => [w.from, w.to]),
      [
        ['2018-03-15', '2018-04-15'],
        ['2018-09-15', '2018-10-15'],
      ],
    );
    assert.deepEqual(
      skill.reviewChain.map((s: any) => s.level),
      ['grassroots', 'regional', 'federation'],
    );
    assert.equal(skill.abilities.apply, true);
    assert.ok(skill.contacts.some((c: any) => c.phone === '55885659'));
    const condolence = r.json().items.find((p: any) => p.program === 'critical-illness-condolence');
    assert.deepEqual(condolence.channels, ['unit']);
    assert.equal(condolence.windows[0].to, '2019-06-30');
    assert.equal(condolence.settlement.closeDay, 25);
    on('2018-05-20');
    assert.equal((await req('member', 'GET', `/programs/${skill.id}`)).json().abilities.apply, false);
  });

  it('refuses forged uploads by content, and bad applications with reasons and nothing written', async () => {
    on('2018-04-02');
    const forged = await upload('member', 'certificate', Buffer.from('MZ\u0090\u0000 this is an executable, not a PDF'), 'certificate.pdf');
    assert.equal(forged.statusCode, 400);
    assert.equal(forged.json().code, 'file-type-not-allowed');
    assert.ok(forged.json().messages.zh && forged.json().messages.en);

    const before = await countApplications();
    const doc = await uploadId('member', 'certificate');
    // Ineligible: a certificate from 2015; the engine's reasons come back.
    const old = await req('member', 'POST', '/applications', {
      programId: programs['skill-promotion-award'],
      form: technician('OLD-2015-1', { certificateIssuedOn: '2015-06-01' }),
      documentIds: [doc],
    });
    assert.equal(old.statusCode, 400);
    assert.equal(old.json().code, 'ineligible');
    assert.deepEqual(
      old.json().reasons.map((r: any) => r.code),
      ['certificate-too-old'],
    );
    // Missing document.
    const nodoc = await req('member', 'POST', '/applications', {
      programId: programs['skill-promotion-award'],
      form: technician('T-2018-0001'),
      documentIds: [],
    });
    assert.equal(nodoc.statusCode, 400);
    assert.equal(nodoc.json().code, 'missing-document');
    assert.deepEqual(nodoc.json().missing, ['certificate']);
    // Outside the window.
    on('2018-05-02');
    const late = await req('member', 'POST', '/applications', {
      programId: programs['skill-promotion-award'],
      form: technician('T-2018-0001'),
      documentIds: [doc],
    });
    assert.equal(late.statusCode, 400);
    assert.equal(late.json().code, 'outside-application-window');
    // A personal application to a program that takes applications through the union only.
    const cond = await req('member', 'POST', '/applications', { programId: programs['critical-illness-condolence'], form: {}, documentIds: [] });
    assert.equal(cond.statusCode, 400);
    assert.equal(cond.json().code, 'channel-not-offered');
    // A national-industry certificate may not be filed in the app (000 四(一)).
    on('2018-04-02');
    const channel = await req('member', 'POST', '/applications', {
      programId: programs['skill-promotion-award'],
      form: technician('T-2018-0001', { certificateIssuer: 'national-industry' }),
      documentIds: [doc],
    });
    assert.equal(channel.json().code, 'channel-not-allowed');
    assert.equal(await countApplications(), before);
    // The document is still unattached and usable.
    const doc2 = await t.s.database.db.selectFrom('documents').select(['application_id', 'sha256', 'mime']).where('id', '=', doc).executeTakeFirstOrThrow();
    assert.equal(doc2.application_id, null);
    assert.equal(doc2.mime, 'application/pdf');
  });

  it('a member applies in the app: the personal channel skips the first review; out of turn and out of scope are refused', async () => {
    on('2018-04-02');
    const doc = await uploadId('member', 'certificate');
    const r = await req('member', 'POST', '/applications', {
      programId: programs['skill-promotion-award'],
      form: technician('T-2018-0001'),
      documentIds: [doc],
    });
    assert.equal(r.statusCode, 201, r.body);
    const a = r.json();
    personal = a.id;
    assert.equal(a.status, 'in-review');
    assert.equal(a.channel, 'personal');
    assert.equal(a.amount, 2000);
    assert.equal(a.step.level, 'regional');
    assert.deepEqual(
      a.history.map((h: any) => h.action),
      ['submit', 'skip'],
    );
    assert.equal(a.evaluation.trace, undefined, 'members see the result, not the trace');
    // Twice: the same certificate is refused, naming the existing application.
    const doc2 = await uploadId('member', 'certificate');
    const dup = await req('member', 'POST', '/applications', {
      programId: programs['skill-promotion-award'],
      form: technician(' t-2018-0001 '),
      documentIds: [doc2],
    });
    assert.equal(dup.statusCode, 409);
    assert.equal(dup.json().code, 'duplicate-application');
    assert.equal(dup.json().existing, a.no);
    // The grassroots union acting now is out of turn; Jiading does not see it at all.
    const early = await req('grassroots', 'POST', `/applications/${personal}/approve`, {});
    assert.equal(early.statusCode, 409);
    assert.equal(early.json().code, 'not-your-turn');
    assert.equal((await req('jiading', 'POST', `/applications/${personal}/approve`, {})).statusCode, 404);
    assert.equal((await req('jiading', 'GET', `/applications/${personal}`)).statusCode, 404);
    // The final reviewer cannot jump the regional union either.
    assert.equal((await req('grassrootswork', 'POST', `/applications/${personal}/approve`, {})).json().code, 'not-your-turn');
    // Regional, then federation.
    on('2018-04-04');
    const q = await req('pudong', 'GET', '/applications/queue');
    assert.ok(q.json().items.some((x: any) => x.id === personal));
    const r2 = await req('pudong', 'POST', `/applications/${personal}/approve`, { comment: '复审通过' });
    assert.equal(r2.statusCode, 200, r2.body);
    assert.equal(r2.json().step.level, 'federation');
    assert.equal(r2.json().step.dueOn, '2018-04-26', '15 working days after 4 April 2018 (Qingming 5–7 April, make-up day 8 April; Labour Day 29 April–1 May)');
    on('2018-04-10');
    const r3 = await req('grassrootswork', 'POST', `/applications/${personal}/approve`, {});
    assert.equal(r3.statusCode, 200, r3.body);
    assert.equal(r3.json().status, 'approved');
    assert.ok(r3.json().evaluation.trace.length > 0, 'the final decision keeps the engine trace');
    const entry = await t.s.database.db.selectFrom('payout_entries').selectAll().where('application_id', '=', personal).executeTakeFirstOrThrow();
    assert.equal(entry.amount_fen, 200000);
    const mine = await req('member', 'GET', '/me/applications');
    assert.equal(mine.json().items.find((x: any) => x.id === personal).status, 'approved');
  });

  it('a unit application goes grassroots → regional → federation in turn; bulk approve from the queue', async () => {
    on('2018-04-09');
    const doc = await uploadId('grassroots', 'certificate');
    const r = await req('grassroots', 'POST', '/applications', {
      programId: programs['skill-promotion-award'],
      personId: colleague,
      form: { role: 'worker', newLevel: 'technician', certificateNo: 'T-2018-0002', certificateIssuedOn: '2018-01-10', certificateIssuer: 'national-industry' },
      documentIds: [doc],
    });
    assert.equal(r.statusCode, 201, r.body);
    unit = r.json().id;
    assert.equal(r.json().step.level, 'grassroots');
    assert.equal(r.json().amount, 1000);
    assert.equal((await req('pudong', 'POST', `/applications/${unit}/approve`, {})).json().code, 'not-your-turn');
    const bulk = await req('grassroots', 'POST', '/applications/bulk-approve', { ids: [unit, personal] });
    assert.equal(bulk.statusCode, 200);
    assert.equal(bulk.json().approved, 1);
    assert.equal(bulk.json().results.find((x: any) => x.id === personal).error.code, 'not-in-review');
    on('2018-04-10');
    assert.equal((await req('pudong', 'POST', `/applications/${unit}/approve`, {})).json().step.level, 'federation');
    on('2018-04-11');
    const fin = await req('grassrootswork', 'POST', '/applications/bulk-approve', { ids: [unit] });
    assert.equal(fin.json().results[0].status, 'approved');
    const detail = (await req('pudong', 'GET', `/applications/${unit}`)).json();
    assert.deepEqual(
      detail.history.map((h: any) => [h.action, h.level]),
      [
        ['submit', null],
        ['approve', 'grassroots'],
        ['approve', 'regional'],
        ['approve', 'federation'],
      ],
    );
    const audit = await t.s.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'application')
      .where('entity_id', '=', String(unit))
      .orderBy('id')
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['application.submit', 'application.approve', 'application.approve', 'application.approve'],
    );
  });

  it('return for correction: the union corrects and resubmits, history kept', async () => {
    on('2018-04-12');
    const cert = await uploadId('grassroots', 'certificate');
    const form = {
      role: 'mentor',
      newLevel: 'senior-worker',
      certificateNo: 'M-2018-0003',
      certificateIssuedOn: '2018-02-01',
      certificateIssuer: 'shanghai-hrss',
      apprenticeName: '孙涛',
      agreementStamped: true,
    };
    // The mentoring agreement is required for a mentor.
    const missing = await req('grassroots', 'POST', '/applications', {
      programId: programs['skill-promotion-award'],
      personId: colleague,
      form,
      documentIds: [cert],
    });
    assert.equal(missing.json().code, 'missing-document');
    assert.deepEqual(missing.json().missing, ['mentoring-agreement']);
    const agreement = await uploadId('grassroots', 'mentoring-agreement');
    const r = await req('grassroots', 'POST', '/applications', {
      programId: programs['skill-promotion-award'],
      personId: colleague,
      form,
      documentIds: [cert, agreement],
    });
    assert.equal(r.statusCode, 201, r.body);
    const id = r.json().id;
    const ret = await req('grassroots', 'POST', `/applications/${id}/return`, { reason: '带教协议缺少人力资源部门盖章' });
    assert.equal(ret.json().status, 'returned');
    assert.equal((await req('grassroots', 'POST', `/applications/${id}/approve`, {})).json().code, 'not-in-review');
    // Another union cannot correct it; the union that filed it can.
    assert.equal((await req('jiading', 'POST', `/applications/${id}/resubmit`, { form })).statusCode, 404);
    on('2018-04-20'); // after the window: a correction keeps the filing day
    const stamped = await uploadId('grassroots', 'mentoring-agreement');
    const re = await req('grassroots', 'POST', `/applications/${id}/resubmit`, {
      form: { ...form, agreementSignedOn: '2017-03-01' },
      documentIds: [stamped],
      removeDocumentIds: [agreement],
      comment: '已补充盖章件',
    });
    assert.equal(re.statusCode, 200, re.body);
    assert.equal(re.json().status, 'in-review');
    assert.equal(re.json().step.level, 'grassroots');
    assert.deepEqual(
      re.json().history.map((h: any) => h.action),
      ['submit', 'return', 'resubmit'],
    );
    assert.deepEqual(
      re
        .json()
        .documents.map((d: any) => d.type)
        .sort(),
      ['certificate', 'mentoring-agreement'],
    );
    assert.equal(re.json().history[1].comment, '带教协议缺少人力资源部门盖章');
    const notes = await t.s.database.db.selectFrom('notifications').select('template').where('template', '=', 'application-returned').execute();
    assert.ok(notes.length >= 1);
  });

  it('reviewers in scope open documents (audited); members and other unions cannot', async () => {
    const d = (await req('pudong', 'GET', `/applications/${personal}`)).json().documents[0];
    assert.match(d.sha256, /^[0-9a-f]{64}$/);
    const c = await req('pudong', 'GET', `/documents/${d.id}/content`);
    assert.equal(c.statusCode, 200);
    assert.equal(c.headers['content-type'], 'application/pdf');
    assert.equal(c.headers['x-checksum-sha256'], d.sha256);
    assert.ok(c.rawPayload.subarray(0, 5).equals(Buffer.from('%PDF-')));
    assert.equal((await req('member', 'GET', `/documents/${d.id}/content`)).statusCode, 403);
    assert.equal((await req('jiading', 'GET', `/documents/${d.id}/content`)).statusCode, 404);
    const audit = await t.s.database.db
      .selectFrom('audit_log')
      .select('actor_name')
      .where('action', '=', 'document.view')
      .where('entity_id', '=', String(d.id))
      .execute();
    assert.deepEqual(
      audit.map((a) => a.actor_name),
      ['pudong'],
    );
  });

  it('settles the month: prepared after the 25th, two different sign-offs, paid once, member notified', async () => {
    const skill = programs['skill-promotion-award']!;
    on('2018-04-20');
    const early = await req('grassrootswork', 'POST', '/payouts/batches', { programId: skill, period: '2018-04' });
    assert.equal(early.json().code, 'period-not-closed');
    on('2018-04-25');
    const notMine = await req('mutualaid', 'POST', '/payouts/batches', { programId: skill, period: '2018-04' });
    assert.equal(notMine.statusCode, 403, 'only the disbursing unit of the program prepares');
    assert.match(notMine.json().messages.zh, /本项目的结算由.*(工会|部)编制和发放/);
    assert.doesNotMatch(notMine.json().messages.zh, /职能代码|[a-z]+-[a-z]+/, 'the unit is named, not its function code');
    const p = await req('grassrootswork', 'POST', '/payouts/batches', { programId: skill, period: '2018-04' });
    assert.equal(p.statusCode, 201, p.body);
    batchId = p.json().id;
    // The demo's approved award (李明, March) and the two approved here.
    assert.equal(p.json().entries, 3);
    assert.equal(p.json().total, 4000);
    assert.equal(p.json().payBy, '2018-05-10');
    // Preparing again never pays anyone twice.
    const again = await req('grassrootswork', 'POST', '/payouts/batches', { programId: skill, period: '2018-04' });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'batch-exists');
    on('2018-05-25');
    assert.equal((await req('grassrootswork', 'POST', '/payouts/batches', { programId: skill, period: '2018-05' })).json().code, 'nothing-to-settle');
    // Paying before both sign-offs is refused; the system administrator cannot sign.
    assert.equal((await req('grassrootswork', 'POST', `/payouts/batches/${batchId}/pay`, {})).json().code, 'batch-not-approved');
    assert.equal((await req('admin', 'POST', `/payouts/batches/${batchId}/approve-rights`)).statusCode, 403);
    assert.equal((await req('finance', 'POST', `/payouts/batches/${batchId}/approve-rights`)).statusCode, 403);
    const r1 = await req('rights', 'POST', `/payouts/batches/${batchId}/approve-rights`);
    assert.equal(r1.json().status, 'rights-approved', r1.body);
    assert.equal((await req('rights', 'POST', `/payouts/batches/${batchId}/approve-rights`)).json().code, 'batch-not-awaiting');
    const r2 = await req('finance', 'POST', `/payouts/batches/${batchId}/approve-finance`);
    assert.equal(r2.json().status, 'approved');
    assert.equal(r2.json().rightsApprovedBy.name, '权益保障部干部');
    on('2018-05-08');
    const paid = await req('grassrootswork', 'POST', `/payouts/batches/${batchId}/pay`, { reference: 'CARD-2018-05-001' });
    assert.equal(paid.statusCode, 200, paid.body);
    assert.equal(paid.json().status, 'paid');
    assert.equal(paid.json().paidOn, '2018-05-08');
    const twice = await req('grassrootswork', 'POST', `/payouts/batches/${batchId}/pay`, {});
    assert.equal(twice.statusCode, 409);
    assert.equal(twice.json().code, 'batch-already-paid');
    // The member sees it paid and got an SMS and a portal notice.
    const pay = await req('member', 'GET', '/me/payments');
    const mine = pay.json().items.find((x: any) => x.applicationNo && x.status === 'paid' && x.amount === 2000);
    assert.ok(mine, pay.body);
    assert.equal(mine.paidOn, '2018-05-08');
    const memberPerson = (await req('member', 'GET', '/me/member')).json().personId;
    const notes = await t.s.database.db
      .selectFrom('notifications')
      .select(['channel', 'recipient_masked', 'payload'])
      .where('template', '=', 'payout-paid')
      .where('person_id', '=', memberPerson)
      .execute();
    assert.deepEqual(notes.map((n) => n.channel).sort(), ['portal', 'portal', 'sms', 'sms']);
    assert.ok(notes.some((n) => n.recipient_masked === '138****8000'));
  });

  it('exports the batch as .xlsx with masked IDs and amounts in yuan', async () => {
    const r = await req('rights', 'GET', `/payouts/batches/${batchId}/export.xlsx`);
    assert.equal(r.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as any);
    const ws = wb.worksheets[0]!;
    assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1, 7), ['会员编号', '姓名', '身份证号', '金额（元）', '项目', '申请编号']);
    const rows = ws.getSheetValues().slice(2).filter(Boolean) as unknown[][];
    assert.ok(rows.some((row) => row[2] === '李明' && /^\d{3}\*{11}\w{4}$/.test(String(row[3])) && row[4] === 2000));
  });

  it('a paid entry is never edited: the ledger refuses updates, a reversal is a new negative entry', async () => {
    const entry = await t.s.database.db.selectFrom('payout_entries').select(['id']).where('application_id', '=', unit).executeTakeFirstOrThrow();
    await assert.rejects(sql`update payout_entries set amount_fen = 1 where id = ${entry.id}`.execute(t.s.database.db), /append-only/);
    on('2018-05-20');
    const rev = await req('grassrootswork', 'POST', `/payouts/entries/${entry.id}/reverse`, { reason: '证书经核查非本人' });
    assert.equal(rev.statusCode, 200, rev.body);
    assert.equal(rev.json().amount, -1000);
    assert.equal((await req('grassrootswork', 'POST', `/payouts/entries/${entry.id}/reverse`, { reason: '再次冲销' })).json().code, 'already-reversed');
  });

  it('sends overdue reminders once a day and reports by program and union', async () => {
    on('2018-06-20');
    const run = await req('admin', 'POST', '/applications/reminders/run');
    assert.equal(run.statusCode, 200);
    assert.ok(run.json().overdue >= 1);
    const again = await req('admin', 'POST', '/applications/reminders/run');
    assert.equal(again.json().overdue, 0);
    const notes = await t.s.database.db.selectFrom('notifications').select('id').where('template', '=', 'review-overdue').execute();
    assert.ok(notes.length >= 1);
    const rep = await req('auditor', 'GET', `/reports/applications?programId=${programs['skill-promotion-award']}`);
    assert.equal(rep.statusCode, 200);
    const pudong = rep.json().items.find((x: any) => x.region?.name === '浦东新区总工会');
    assert.ok(pudong.byStatus.approved >= 3);
    assert.equal(pudong.paidAmount, 4000);
    const overdueList = await req('pudong', 'GET', '/applications?overdue=true');
    assert.ok(overdueList.json().items.every((x: any) => x.overdue));
    const xlsx = await req('pudong', 'GET', `/applications/summary.xlsx?programId=${programs['skill-promotion-award']}`);
    assert.equal(xlsx.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as any);
    assert.ok((wb.worksheets[0]!.getRow(1).values as unknown[]).includes('证书编号'));
  });

  it('condolence: unit channel, mutual-aid centre investigates, one per member per year', async () => {
    on('2018-06-01');
    const program = programs['critical-illness-condolence']!;
    const docs: number[] = [];
    for (const type of ['application-form', 'id-card', 'hospital-receipt', 'diagnosis']) docs.push(await uploadId('grassroots', type));
    const form = {
      hasMemberProtection: true,
      coverageStart: '2018-01-01',
      coverageEnd: '2018-12-31',
      diagnosedOn: '2018-05-02',
      illness: 'acute-myocardial-infarction',
      hospitalized: true,
      hospital: 'shanghai-grade-3',
    };
    const r = await req('grassroots', 'POST', '/applications', { programId: program, personId: colleague, form, documentIds: docs });
    assert.equal(r.statusCode, 201, r.body);
    assert.equal(r.json().amount, 1000);
    const id = r.json().id;
    const twice = await req('grassroots', 'POST', '/applications', {
      programId: program,
      personId: colleague,
      form: { ...form, illness: 'malignant-tumour' },
      documentIds: [],
    });
    assert.equal(twice.json().code, 'duplicate-application');
    await req('grassroots', 'POST', `/applications/${id}/approve`, {});
    await req('pudong', 'POST', `/applications/${id}/approve`, {});
    const st = (await req('mutualaid', 'GET', `/applications/${id}`)).json().step;
    assert.equal(st.level, 'federation');
    assert.equal(st.dueOn, '2018-08-30', '90 calendar days to investigate');
    assert.equal((await req('rights', 'POST', `/applications/${id}/approve`, {})).json().code, 'not-your-turn');
    assert.equal((await req('mutualaid', 'POST', `/applications/${id}/approve`, {})).json().status, 'approved');
    // Ineligible: not hospitalised. Nothing written.
    const n = await countApplications();
    const other = await req('grassroots', 'POST', '/applications', {
      programId: program,
      personId: (await req('member', 'GET', '/me/member')).json().personId,
      form: { ...form, hospitalized: false },
      documentIds: [],
    });
    assert.equal(other.json().code, 'ineligible');
    assert.ok(other.json().reasons.some((x: any) => x.code === 'not-hospitalized'));
    assert.equal(await countApplications(), n);
  });
});
