// Gig workers' mutual protection: rosters and covers (新就业形态劳动者互助保障计划, 001 项目5; issue 9 §4).
// Rules, with their paragraphs (001 组织2万名新就业形态劳动者参加“新就业形态劳动者互助保障计划”项目实施方案):
// - 二 网约平台对其派件的新就业形态劳动者组织参保并统一缴费; 二(一) the platform uploads 姓名、身份证号、手机号码 — as an .xlsx
//   from the template or as JSON through the API, at most 5,000 rows a roster; every row is checked first (name,
//   ID number, mobile, a repeated ID number) and a roster with a bad row is refused as a whole, each problem naming
//   its row and field; nothing is half-written.
// - 一 参保对象 未满 60 周岁: the age is the completed years on the enrollment day from the ID number's birth date; the
//   engine (gig-mutual-protection, parameter age-limit) decides, and a worker of 60 or more is a refused row with
//   the engine's reason (the rest of the roster goes on).
// - 二(五) 每一参保年份保障期内劳动者只能参保一份；有多个网约平台为同一名劳动者投保时，以先提交参保申请的平台信息为准: a worker
//   (ID number) already covered or pending in the coverage year is a refused row; the reason names the platform that
//   submitted first and the day, nothing else of its data. Reading: "提交参保申请" is the platform's submission, so the
//   first submission wins even while the agency has not yet approved it; a returned roster frees its workers.
// - 三 保障期限 / 四 保障费用: the enrollment day is the day the platform submits (办理参保手续); the engine gives the mode
//   (March: centralized, 4/1–3/31; otherwise instant from the 1st of next month to the next 3/31), the premium
//   (72 yuan March–August, 36 yuan September–February), the waiting periods (instant only), with its trace kept on
//   every row. The coverage year is named by the year its 1 April falls in (the cover ends on 31 March of the next).
// - 二(二) 经办部门对参保信息进行审核; 二(三) 审核通过后通过手机短信告知参保人员保障生效情况: 市职工保障互助中心 approves or
//   returns (with a reason) a roster; on approval the covers are in force and each worker gets an SMS through the
//   notifications outbox (the number masked in logs and lists).
// - 二(四) 平台每月推送一次新参保人员信息: a monthly push is another roster of the same platform.
import { evaluate, fenToYuan, yuanToFen, type EvaluateResult } from '@shishi/policy';
import { can, type Actor } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, conflict, forbidden, isUniqueViolation, notFound, type Bilingual, type FieldIssue } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/context.ts';
import { idNumberProblemText, maskIdNumber, maskMobile, normalizeMobile, parseIdNumber } from '../../platform/identifiers.ts';
import { redactPersonalData } from '../../platform/personal-data.ts';
import { paginate, type TPageQuery } from '../../platform/schemas.ts';
import type { Services } from '../../platform/services.ts';
import { readTable, writeXlsx, type ExportColumn } from '../../platform/spreadsheets.ts';
import { XLSX } from '../../platform/download.ts';
import { toAppError } from '../policy/service.ts';
import { notify } from '../notifications/service.ts';
import { ROSTER_MAX_ROWS } from './gig-schema.ts';
import * as repo from './gig-repository.ts';
import { coverPhase } from './phase.ts';

export const gigNotices = {
  // 001 互助保障计划 二(三): the worker is told by SMS that the cover is in force.
  'gig-cover-started': {
    zh: '【上海工会】{name}您好，{platform}为您办理的新就业形态劳动者互助保障已生效，保障期限 {start} 至 {end}。',
    en: '[Shanghai Unions] Dear {name}, the gig workers’ mutual protection {platform} enrolled you in is in force from {start} to {end}.',
  },
  // 001 互助保障计划 六(三): 通过手机短信告知给付情况.
  'gig-claim-paid': {
    zh: '【上海工会】{name}您好，您的互助保障给付（{benefit}）{amount} 元已于 {paidOn} 划付。',
    en: '[Shanghai Unions] Dear {name}, your mutual protection benefit ({benefit}) of {amount} yuan was paid on {paidOn}.',
  },
} as const;

export const modeNames = { centralized: { zh: '集中参保', en: 'Centralized' }, instant: { zh: '即时参保', en: 'Instant' } } as const;
export const rosterStatusNames = {
  submitted: { zh: '待审核', en: 'Submitted' },
  approved: { zh: '已审核通过', en: 'Approved' },
  returned: { zh: '已退回', en: 'Returned' },
} as const;
export const coverStatusNames = {
  pending: { zh: '待审核', en: 'Pending' },
  active: { zh: '保障中', en: 'In force' },
  returned: { zh: '已退回', en: 'Returned' },
  refused: { zh: '未予参保', en: 'Refused' },
} as const;

export const rosterColumns: ExportColumn[] = [
  { header: '姓名', key: 'name', width: 12 },
  { header: '身份证号', key: 'idNumber', width: 22 },
  { header: '手机号码', key: 'mobile', width: 16 },
];

/** Completed years on `day` of someone born on `birthDate` (001 一: 未满60周岁, read on the enrollment day). */
export function ageOn(birthDate: string, day: string) {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/** The coverage year a cover ending on 31 March belongs to: the year of its 1 April. */
export const coverageYearOf = (coverageEnd: string) => Number(coverageEnd.slice(0, 4)) - 1;

export const evaluationOf = (today: string, input: unknown, r: EvaluateResult) => ({
  program: r.program,
  policy: r.policy,
  date: today,
  input,
  eligible: r.eligible,
  output: r.output,
  reasons: r.reasons,
  trace: r.trace,
});

async function asPlatform(s: Services, actor: Actor) {
  const org = actor.role === 'platform-officer' && actor.orgId ? await repo.platformOf(s.database.db, actor.orgId) : undefined;
  if (!org || org.kind !== 'platform')
    throw forbidden({
      zh: '参保名单由网约平台上传（沪工总办〔2022〕15号 互助保障计划 二(一)）',
      en: 'Rosters are uploaded by a gig platform (沪工总办〔2022〕15号 互助保障计划 二(一))',
    });
  if (org.status !== 'active') throw forbidden({ zh: `${org.name}已停用，不能上传参保名单`, en: `${org.name} is inactive; it cannot upload a roster` });
  return org;
}

export async function asCentre(s: Services, actor: Actor, what: Bilingual) {
  if ((await repo.functionOf(s.database.db, actor.orgId)) !== 'mutual-aid-centre') throw forbidden(what);
}

interface InRow {
  rowNo: number;
  name: string;
  idNumber: string;
  mobile: string;
}
type Cols = { name: string; idNumber: string; mobile: string };
const API_COLS: Cols = { name: 'name', idNumber: 'idNumber', mobile: 'mobile' };
const FILE_COLS: Cols = { name: '姓名', idNumber: '身份证号', mobile: '手机号码' };

/** The .xlsx template a platform fills in (the three fields of 001 二(一)). */
export async function rosterTemplate() {
  const body = await writeXlsx([{ name: '参保人员名单', columns: rosterColumns, rows: [] }]);
  return { fileName: '新就业形态劳动者互助保障参保名单模板.xlsx', type: XLSX, body };
}

/** A roster from an uploaded .xlsx (or .csv) file in the template's columns. */
export async function submitRosterFile(s: Services, ctx: RequestContext, file: Buffer, fileName: string) {
  await asPlatform(s, ctx.actor!);
  const table = await readTable(file, fileName, { maxRows: ROSTER_MAX_ROWS + 1 });
  const col = (h: string) => table.headers.findIndex((x) => x.replace(/\s+/g, '') === h);
  const at = { name: col('姓名'), idNumber: col('身份证号'), mobile: col('手机号码') };
  const missing = (Object.keys(at) as (keyof typeof at)[]).filter((k) => at[k] < 0);
  if (missing.length)
    throw new AppError(
      400,
      'invalid-file',
      {
        zh: `文件表头不正确：缺少${missing.map((k) => `“${FILE_COLS[k]}”`).join('、')}列（请使用下载的模板）`,
        en: `The header is not right: column(s) ${missing.map((k) => FILE_COLS[k]).join(', ')} missing; use the template`,
      },
      missing.map((k) => ({ field: `header.${FILE_COLS[k]}`, code: 'missing-column', message: { zh: '缺少该列', en: 'column missing' } })),
    );
  if (table.rows.length > ROSTER_MAX_ROWS) throw tooMany(table.rows.length);
  const rows = table.rows
    .map((r) => ({ rowNo: r.rowNo, name: r.cells[at.name] ?? '', idNumber: r.cells[at.idNumber] ?? '', mobile: r.cells[at.mobile] ?? '' }))
    .filter((r) => r.name.trim() || r.idNumber.trim() || r.mobile.trim());
  return submitRoster(s, ctx, rows, { source: 'file', fileName, cols: FILE_COLS });
}

/** A roster sent as JSON through the API (rows numbered from 1). */
export async function submitRosterJson(s: Services, ctx: RequestContext, body: { rows: { name: string; idNumber: string; mobile: string }[] }) {
  await asPlatform(s, ctx.actor!);
  return submitRoster(
    s,
    ctx,
    body.rows.map((r, i) => ({ rowNo: i + 1, ...r })),
    { source: 'api', fileName: null, cols: API_COLS },
  );
}

const tooMany = (n: number) =>
  new AppError(
    400,
    'too-many-rows',
    {
      zh: `一份名单最多 ${ROSTER_MAX_ROWS} 人（本次 ${n} 行），请分批上传`,
      en: `A roster holds at most ${ROSTER_MAX_ROWS} workers (this one has ${n} rows); upload it in parts`,
    },
    [{ field: 'rows', code: 'too-many-rows', message: { zh: `最多 ${ROSTER_MAX_ROWS} 行`, en: `at most ${ROSTER_MAX_ROWS} rows` } }],
  );

async function submitRoster(s: Services, ctx: RequestContext, rows: InRow[], o: { source: 'file' | 'api'; fileName: string | null; cols: Cols }) {
  const actor = ctx.actor!;
  const platform = await asPlatform(s, actor);
  const today = s.clock.today();
  if (!rows.length)
    throw new AppError(400, 'empty-roster', { zh: '名单中没有参保人员', en: 'The roster has no workers' }, [
      { field: 'rows', code: 'empty', message: { zh: '没有数据行', en: 'no rows' } },
    ]);
  if (rows.length > ROSTER_MAX_ROWS) throw tooMany(rows.length);

  // 1. Every row checked first; any problem refuses the whole roster (all or nothing).
  const issues: FieldIssue[] = [];
  const issue = (rowNo: number, key: keyof Cols, code: string, zh: string, en: string) => {
    if (issues.length < 200)
      issues.push({
        field: `rows[${rowNo}].${o.cols[key]}`,
        code,
        message: { zh: `第${rowNo}行“${FILE_COLS[key]}”：${zh}`, en: `row ${rowNo}, ${API_COLS[key]}: ${en}` },
      });
  };
  const seen = new Map<string, number>();
  const ok: { rowNo: number; name: string; idNumber: string; birthDate: string; mobile: string }[] = [];
  for (const r of rows) {
    const name = r.name.trim();
    const id = parseIdNumber(r.idNumber, today);
    const mobile = normalizeMobile(r.mobile);
    let bad = false;
    if (!name) {
      issue(r.rowNo, 'name', 'required', '姓名为空', 'the name is empty');
      bad = true;
    } else if (name.length > 50) {
      issue(r.rowNo, 'name', 'too-long', '姓名超过50个字', 'the name is longer than 50 characters');
      bad = true;
    }
    if (!r.idNumber.trim()) {
      issue(r.rowNo, 'idNumber', 'required', '身份证号为空', 'the ID number is empty');
      bad = true;
    } else if (!id.ok) {
      issue(r.rowNo, 'idNumber', 'invalid-id-number', idNumberProblemText[id.problem].zh, idNumberProblemText[id.problem].en);
      bad = true;
    }
    if (!r.mobile.trim()) {
      issue(r.rowNo, 'mobile', 'required', '手机号码为空（生效短信发往该号码）', 'the mobile is empty (the SMS goes there)');
      bad = true;
    } else if (!mobile) {
      issue(r.rowNo, 'mobile', 'invalid-mobile', '手机号码应为11位大陆手机号', 'not an 11-digit mainland mobile number');
      bad = true;
    }
    if (id.ok) {
      const first = seen.get(id.value.idNumber);
      if (first !== undefined) {
        issue(r.rowNo, 'idNumber', 'duplicate-row', `该身份证号已在第${first}行出现`, `the same ID number is in row ${first}`);
        bad = true;
      } else seen.set(id.value.idNumber, r.rowNo);
    }
    if (!bad && id.ok && mobile) ok.push({ rowNo: r.rowNo, name, idNumber: id.value.idNumber, birthDate: id.value.birthDate, mobile });
  }
  if (issues.length)
    throw new AppError(
      400,
      'invalid-rows',
      {
        zh: `名单有 ${issues.length} 处错误，未作任何登记，请改正后重新上传`,
        en: `The roster has ${issues.length} problem(s); nothing was recorded — correct them and upload again`,
      },
      issues,
    );

  // 2. The engine on the enrollment day (the day of submission), per worker (the age is the one input that differs).
  const evaluated = ok.map((w) => {
    const input = { enrolledOn: today, age: ageOn(w.birthDate, today) };
    let r: EvaluateResult;
    try {
      r = evaluate({ program: 'gig-mutual-protection', date: today, input });
    } catch (err) {
      throw toAppError(err);
    }
    return { ...w, input, r };
  });
  const out0 = evaluated[0]!.r.output as {
    premium: number;
    enrollmentMode: 'centralized' | 'instant';
    coverageStart: string;
    coverageEnd: string;
    waitingDays: Record<string, number>;
  };
  const term = (evaluated[0]!.r.trace.find((t) => t.name === 'term') as { value?: string } | undefined)?.value === 'half-year' ? 'half-year' : 'full-year';
  const year = coverageYearOf(out0.coverageEnd);

  return s.database.db.transaction().execute(async (trx) => {
    // 3. One cover per worker per coverage year: the first submission wins (001 二(五)).
    const hashes = evaluated.map((w) => s.vault.blindIndex(w.idNumber));
    const live = new Map((await repo.liveCoversOf(trx, hashes, year)).map((c) => [c.id_hash, c]));
    const covers = evaluated.map((w, i) => {
      const hash = hashes[i]!;
      const base = {
        platform_id: platform.id,
        platform_path: platform.path,
        row_no: w.rowNo,
        year,
        name: w.name,
        id_hash: hash,
        id_masked: maskIdNumber(w.idNumber),
        birth_date: w.birthDate,
        age: w.input.age,
        policy: w.r.policy,
        evaluation: JSON.stringify(evaluationOf(today, w.input, w.r)),
      };
      const taken = live.get(hash);
      let refusal: { code: string; message: Bilingual } | null = null;
      if (!w.r.eligible) {
        const why = w.r.reasons;
        refusal = {
          code: why[0]?.code ?? 'not-eligible',
          message: {
            zh: `${why.map((x) => x.message.zh).join('；')}（沪工总办〔2022〕15号 互助保障计划 一）`,
            en: `${why.map((x) => x.message.en).join('; ')} (沪工总办〔2022〕15号 互助保障计划 一)`,
          },
        };
      } else if (taken) {
        refusal =
          taken.platform_id === platform.id
            ? {
                code: 'already-enrolled',
                message: {
                  zh: `该劳动者 ${year} 保障年度已由本平台于 ${taken.enrolled_on} 提交参保（名单 ${taken.roster_id}），每一参保年份只能参保一份`,
                  en: `Already enrolled by this platform for the ${year} coverage year on ${taken.enrolled_on} (roster ${taken.roster_id}); one cover per coverage year`,
                },
              }
            : {
                code: 'covered-by-another-platform',
                message: {
                  zh: `该劳动者 ${year} 保障年度已由${taken.platform_name}于 ${taken.enrolled_on} 先行提交参保；多个网约平台为同一名劳动者投保时，以先提交参保申请的平台为准（沪工总办〔2022〕15号 互助保障计划 二(五)）`,
                  en: `${taken.platform_name} submitted this worker first, on ${taken.enrolled_on}, for the ${year} coverage year; when several platforms enroll the same worker, the first submission stands (沪工总办〔2022〕15号 互助保障计划 二(五))`,
                },
              };
      }
      if (refusal)
        return {
          ...base,
          status: 'refused' as const,
          refusal_code: refusal.code,
          refusal: JSON.stringify(refusal.message),
          id_cipher: null,
          phone_cipher: null,
          phone_masked: maskMobile(w.mobile),
        };
      const o = w.r.output as typeof out0;
      return {
        ...base,
        status: 'pending' as const,
        refusal_code: null,
        refusal: null,
        id_cipher: s.vault.seal(w.idNumber),
        phone_cipher: s.vault.seal(w.mobile),
        phone_masked: maskMobile(w.mobile),
        enrollment_mode: o.enrollmentMode,
        coverage_start: o.coverageStart,
        coverage_end: o.coverageEnd,
        premium_fen: yuanToFen(o.premium),
        waiting_days: JSON.stringify(o.waitingDays),
      };
    });
    const accepted = covers.filter((c) => c.status === 'pending').length;
    const premiumFen = yuanToFen(out0.premium);
    let id: number;
    try {
      id = await repo.insertRoster(
        trx,
        {
          platform_id: platform.id,
          platform_path: platform.path,
          year,
          enrolled_on: today,
          enrollment_mode: out0.enrollmentMode,
          term,
          coverage_start: out0.coverageStart,
          coverage_end: out0.coverageEnd,
          premium_fen: premiumFen,
          policy: evaluated[0]!.r.policy,
          source: o.source,
          file_name: o.fileName,
          row_count: covers.length,
          accepted,
          refused: covers.length - accepted,
          total_fen: premiumFen * accepted,
          submitted_by: actor.accountId,
        },
        covers,
      );
    } catch (err) {
      if (isUniqueViolation(err))
        throw conflict('concurrent-enrollment', {
          zh: '名单中有劳动者刚被其他名单提交参保，请重新上传',
          en: 'A worker of this roster was just submitted in another roster; upload again',
        });
      throw err;
    }
    await writeAudit(trx, ctx, {
      action: 'protection.gig-roster-submit',
      entity: 'gig-roster',
      entityId: id,
      orgPath: platform.path,
      summary: `${platform.name} ${year}: ${covers.length} rows, ${accepted} accepted, ${covers.length - accepted} refused (${o.source}${o.fileName ? ` ${o.fileName}` : ''})`,
    });
    return rosterOut(s, trx, actor, id);
  });
}

function presentRoster(actor: Actor, r: repo.RosterRow) {
  return {
    id: r.id,
    platformId: r.platform_id,
    platformName: r.platform_name,
    year: r.year,
    enrolledOn: r.enrolled_on,
    enrollmentMode: r.enrollment_mode,
    modeName: modeNames[r.enrollment_mode],
    term: r.term,
    coverageStart: r.coverage_start,
    coverageEnd: r.coverage_end,
    premium: fenToYuan(r.premium_fen),
    total: fenToYuan(Number(r.total_fen)),
    policy: r.policy,
    status: r.status,
    statusName: rosterStatusNames[r.status],
    source: r.source,
    fileName: r.file_name,
    rows: r.row_count,
    accepted: r.accepted,
    refused: r.refused,
    submittedAt: r.submitted_at,
    submittedBy: r.submitted_by_name,
    reviewedOn: r.reviewed_on,
    reviewReason: r.review_reason,
    abilities: { review: can(actor, 'protection.review') && r.status === 'submitted' && r.accepted > 0 },
  };
}

async function rosterOut(s: Services, db: Parameters<typeof repo.findRoster>[0], actor: Actor, id: number) {
  const r = await repo.findRoster(db, actor, id);
  if (!r) throw notFound('gig-roster', id);
  return { ...presentRoster(actor, r), evaluation: (await repo.firstEvaluation(db, id)) as Record<string, unknown> | null };
}

export const getRoster = (s: Services, ctx: RequestContext, id: number) => rosterOut(s, s.database.db, ctx.actor!, id);

export function listRosters(s: Services, ctx: RequestContext, q: TPageQuery & repo.RosterFilter) {
  const actor = ctx.actor!;
  const db = s.database.db;
  return paginate(
    q,
    async (offset, limit) => (await repo.rosterPage(db, actor, q, offset, limit)).map((r) => presentRoster(actor, r)),
    () => repo.rosterCount(db, actor, q),
  );
}

/** An active cover named by where today stands in its period (4/1–3/31 or from the 1st of a month): 待起保, 保障中, 已到期. */
const phaseNames = { 'not-started': { zh: '待起保', en: 'Not started' }, ended: { zh: '已到期', en: 'Ended' } } as const;
const phaseOf = (c: repo.CoverRow, today: string) =>
  c.status === 'active' && c.coverage_start && c.coverage_end ? coverPhase({ coverage_start: c.coverage_start, coverage_end: c.coverage_end }, today) : null;

export function presentCover(c: repo.CoverRow, today: string) {
  const phase = phaseOf(c, today);
  return {
    id: c.id,
    rosterId: c.roster_id,
    rowNo: c.row_no,
    platformId: c.platform_id,
    platformName: c.platform_name,
    year: c.year,
    name: c.name,
    idMasked: c.id_masked,
    phoneMasked: c.phone_masked,
    age: c.age,
    status: c.status,
    statusName: phase && phase !== 'in-force' ? phaseNames[phase] : coverStatusNames[c.status],
    phase,
    refusal: c.refusal_code ? { code: c.refusal_code, message: c.refusal as Bilingual } : null,
    enrollmentMode: c.enrollment_mode,
    coverageStart: c.coverage_start,
    coverageEnd: c.coverage_end,
    premium: c.premium_fen === null ? null : fenToYuan(c.premium_fen),
    waitingDays: (c.waiting_days as Record<string, number> | null) ?? null,
    activatedOn: c.activated_on,
    smsSent: c.sms_at !== null,
  };
}

export async function rosterRows(s: Services, ctx: RequestContext, id: number, q: TPageQuery & { status?: repo.CoverFilter['status'] }) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const today = s.clock.today();
  if (!(await repo.findRoster(db, actor, id))) throw notFound('gig-roster', id);
  const f = { rosterId: id, status: q.status };
  return paginate(
    q,
    async (offset, limit) => (await repo.coverPage(db, actor, f, offset, limit)).map((c) => presentCover(c, today)),
    () => repo.coverCount(db, actor, f),
  );
}

export function listCovers(s: Services, ctx: RequestContext, q: TPageQuery & repo.CoverFilter) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const today = s.clock.today();
  const f = { year: q.year, status: q.status ?? 'active', platformId: q.platformId, q: q.q };
  return paginate(
    q,
    async (offset, limit) => (await repo.coverPage(db, actor, f, offset, limit)).map((c) => presentCover(c, today)),
    () => repo.coverCount(db, actor, f),
  );
}

/** 001 二(二): who reviews a roster (the refusal shown to anyone else). */
const reviewedByCentre = {
  zh: '参保名单由市职工保障互助中心审核（沪工总办〔2022〕15号 互助保障计划 二(二)）',
  en: 'Rosters are reviewed by the mutual-aid centre (沪工总办〔2022〕15号 互助保障计划 二(二))',
};

const notSubmitted = (id: number, status: keyof typeof rosterStatusNames) =>
  conflict(
    'wrong-status',
    {
      zh: `名单 ${id} 当前为“${rosterStatusNames[status].zh}”，只有待审核的名单可以审核`,
      en: `Roster ${id} is ${rosterStatusNames[status].en.toLowerCase()}; only a submitted roster is reviewed`,
    },
    { status },
  );

/** 001 二(二)(三): the agency approves; the covers are in force and each worker is told by SMS. */
export async function approveRoster(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  const today = s.clock.today();
  await asCentre(s, actor, reviewedByCentre);
  return s.database.db.transaction().execute(async (trx) => {
    const r = await repo.lockRoster(trx, actor, id);
    if (!r) throw notFound('gig-roster', id);
    if (r.status !== 'submitted') throw notSubmitted(id, r.status);
    const platform = (await repo.platformOf(trx, (await repo.findRoster(trx, actor, id))!.platform_id))!;
    await repo.setRosterReviewed(trx, id, { status: 'approved', reviewedBy: actor.accountId, today, reason: null });
    const started = await repo.activateCovers(trx, id, today);
    for (const c of started)
      await notify(
        s,
        {
          channel: 'sms',
          recipient: s.vault.open(c.phone_cipher!),
          template: 'gig-cover-started',
          payload: { name: c.name, platform: platform.name, start: c.coverage_start, end: c.coverage_end },
        },
        trx,
      );
    await writeAudit(trx, ctx, {
      action: 'protection.gig-roster-approve',
      entity: 'gig-roster',
      entityId: id,
      orgPath: r.platform_path,
      summary: `${platform.name} ${r.year}: ${started.length} covers in force, ${started.length} SMS`,
    });
    return rosterOut(s, trx, actor, id);
  });
}

/** The agency returns a roster with the reason; its workers are free to be enrolled again. */
export async function returnRoster(s: Services, ctx: RequestContext, id: number, reason: string) {
  const actor = ctx.actor!;
  const today = s.clock.today();
  await asCentre(s, actor, reviewedByCentre);
  return s.database.db.transaction().execute(async (trx) => {
    const r = await repo.lockRoster(trx, actor, id);
    if (!r) throw notFound('gig-roster', id);
    if (r.status !== 'submitted') throw notSubmitted(id, r.status);
    const why = redactPersonalData(reason);
    await repo.setRosterReviewed(trx, id, { status: 'returned', reviewedBy: actor.accountId, today, reason: why });
    await repo.returnCovers(trx, id);
    await writeAudit(trx, ctx, {
      action: 'protection.gig-roster-return',
      entity: 'gig-roster',
      entityId: id,
      orgPath: r.platform_path,
      summary: `returned: ${why}`,
    });
    return rosterOut(s, trx, actor, id);
  });
}

/** Gig covers of the coverage year that starts on 1 April of `year` (scoped), for the protection summary. */
export async function coverTotals(s: Services, ctx: RequestContext, year: number) {
  const rows = await repo.coverTotals(s.database.db, ctx.actor!, year);
  return {
    coverageYear: year,
    active: rows.reduce((a, r) => a + r.active, 0),
    pending: rows.reduce((a, r) => a + r.pending, 0),
    premium: fenToYuan(rows.reduce((a, r) => a + r.premiumFen, 0)),
    byPlatform: rows.map((r) => ({
      platformId: r.platformId,
      platformName: r.platformName,
      active: r.active,
      pending: r.pending,
      premium: fenToYuan(r.premiumFen),
    })),
  };
}
