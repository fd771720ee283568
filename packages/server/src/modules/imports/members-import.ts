// Bulk member import in two steps, so a user sees every problem before anything is written:
//  1. validate: parse the file, check every row (ID check digit, mobile, dates, union, duplicates in
//     the file and against the registry), stage the valid rows, report the invalid ones by row and column;
//  2. commit (a job with progress): write the staged rows in ONE transaction — all or nothing.
import crypto from 'node:crypto';
import { z } from 'zod';
import { pathInScope, type Actor } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, conflict, forbidden, notFound, type Bilingual } from '../../platform/errors.ts';
import { idNumberProblemText, maskIdNumber, maskMobile, normalizeMobile, parseIdNumber } from '../../platform/identifiers.ts';
import { readTableRows, writeXlsx } from '../../platform/spreadsheets.ts';
import { nameForType } from '../../platform/file-names.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { JobContext } from '../../platform/jobs.ts';
import { defineJob } from '../../platform/module.ts';
import { ZIdValue } from '../../platform/schemas.ts';
import { actorOfAccount } from '../../platform/sessions.ts';
import type { Services } from '../../platform/services.ts';
import { cardStatuses, cardStatusNames, memberCategories, memberCategoryNames } from '../members/schema.ts';
import * as members from '../members/api.ts';
import { notify } from '../notifications/service.ts';
import * as repo from './repository.ts';

export const memberImportColumns = [
  { key: 'name', header: '姓名', required: true, width: 10 },
  { key: 'idNumber', header: '身份证号', required: true, width: 22 },
  { key: 'mobile', header: '手机号', required: false, width: 14 },
  { key: 'org', header: '所属基层工会', required: false, width: 32 },
  { key: 'joinedOn', header: '入会日期', required: true, width: 12 },
  { key: 'memberNo', header: '会员编号', required: false, width: 14 },
  { key: 'cardStatus', header: '会员卡状态', required: false, width: 10 },
  { key: 'eMembership', header: '电子会员证', required: false, width: 10 },
  { key: 'categories', header: '人员类别', required: false, width: 24 },
] as const;
type ColKey = (typeof memberImportColumns)[number]['key'];

const aliases: Record<string, ColKey> = {
  姓名: 'name',
  name: 'name',
  身份证号: 'idNumber',
  身份证号码: 'idNumber',
  公民身份号码: 'idNumber',
  idnumber: 'idNumber',
  手机号: 'mobile',
  手机号码: 'mobile',
  手机: 'mobile',
  mobile: 'mobile',
  所属基层工会: 'org',
  基层工会: 'org',
  所属工会: 'org',
  org: 'org',
  入会日期: 'joinedOn',
  入会时间: 'joinedOn',
  joinedon: 'joinedOn',
  会员编号: 'memberNo',
  memberno: 'memberNo',
  会员卡状态: 'cardStatus',
  cardstatus: 'cardStatus',
  电子会员证: 'eMembership',
  emembership: 'eMembership',
  人员类别: 'categories',
  类别: 'categories',
  categories: 'categories',
};

export interface RowError {
  row: number;
  column: string;
  code: string;
  value: string;
  message: Bilingual;
}

const cardByLabel = new Map<string, string>();
for (const c of cardStatuses) {
  cardByLabel.set(c, c);
  cardByLabel.set(cardStatusNames[c].zh, c);
}
const categoryByLabel = new Map<string, string>();
for (const c of memberCategories) {
  categoryByLabel.set(c, c);
  categoryByLabel.set(memberCategoryNames[c].zh, c);
}
categoryByLabel.set('困难职工', 'worker-in-hardship');
categoryByLabel.set('劳模', 'model-worker');
categoryByLabel.set('灵活就业', 'flexible-worker');

const today = () => new Date().toISOString().slice(0, 10);
const isRealDate = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
function normalizeDate(raw: string) {
  const m = raw.trim().match(/^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/);
  if (!m) return null;
  const s = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isRealDate(s) ? s : null;
}

/**
 * Where the member imports of this process spent their time, in ms by phase (summed over imports):
 * read by `npm run bench -- import`, which prints it next to the raw load (issue 14 §1 "say where the time goes").
 */
export const importTimings: Record<'checkRows' | 'stageCopy' | 'checkFile' | 'commitChunks' | 'finish' | 'analyze' | 'dropStaged', number> = {
  checkRows: 0,
  stageCopy: 0,
  checkFile: 0,
  commitChunks: 0,
  finish: 0,
  analyze: 0,
  dropStaged: 0,
};
const since = (t: number) => performance.now() - t;

/** A problem with the order it takes among its row's problems (`k`: the check that found it). */
type FoundError = RowError & { k: number };

/** Rows staged per COPY while the file is read: the validation holds at most this many at a time. */
const STAGE_CHUNK = 5000;

/**
 * Check every row of a file as it is read and stage it (members.stageRows) chunk by chunk, then run
 * the checks that need the whole file as set-based queries over the staged rows: the same ID number
 * or member number twice in the file, already a member, member number taken. Memory holds one chunk
 * and the problems found, whatever the number of rows (issue 14 §1). Returns the counts and problems;
 * the rows that passed every check are the batch's `ok` staged rows.
 */
export async function validateMemberRows(
  s: Services,
  actor: Actor,
  batchId: number,
  table: { headers: string[]; rows: Iterable<{ rowNo: number; cells: string[] }> | AsyncIterable<{ rowNo: number; cells: string[] }> },
  defaultOrgId: number | null,
) {
  const db = s.database.db;
  const keys = table.headers.map((h) => aliases[h.trim()] ?? aliases[h.trim().toLowerCase()] ?? null);
  const headerErrors: RowError[] = [];
  for (const c of memberImportColumns)
    if (c.required && !keys.includes(c.key))
      headerErrors.push({
        row: 1,
        column: c.header,
        code: 'missing-column',
        value: '',
        message: { zh: `缺少必填列「${c.header}」`, en: `missing required column "${c.key}"` },
      });
  if (!keys.includes('org') && defaultOrgId === null)
    headerErrors.push({
      row: 1,
      column: '所属基层工会',
      code: 'missing-column',
      value: '',
      message: { zh: '文件没有「所属基层工会」列，请在导入时选择基层工会', en: 'no union column: choose a grassroots union for the import' },
    });
  if (headerErrors.length) {
    let total = 0;
    for await (const _ of table.rows) total++;
    return { validCount: 0, invalidCount: 1, errors: headerErrors, total };
  }

  // Grassroots unions the actor may import into, by id, credit code and name.
  const unions = await repo.grassrootsInScope(db, actor);
  const unionByKey = new Map<string, { id: number; status: string; name: string }>();
  for (const u of unions) {
    unionByKey.set(String(u.id), u);
    unionByKey.set(u.name, u);
    if (u.code) unionByKey.set(u.code, u);
  }
  const errors: FoundError[] = [];
  let chunk: members.StagedRow[] = [];
  let total = 0;
  let staged = 0;
  let invalidRows = 0;
  const now = s.clock.today();
  const header = (k: ColKey) => memberImportColumns.find((c) => c.key === k)!.header;

  let sinceYield = 0;
  let t0 = performance.now();
  // A chunk's COPY runs while the next chunk is checked (on PostgreSQL the two overlap: the server
  // writes, this process checks and encrypts); at most one chunk waits to be written.
  let copying: Promise<unknown> = Promise.resolve();
  let copyFailed: unknown = null;
  const stage = async () => {
    importTimings.checkRows += since(t0);
    const t = performance.now();
    await copying;
    if (copyFailed) throw copyFailed;
    importTimings.stageCopy += since(t);
    copying = members.stageRows(s.database, batchId, chunk).catch((err) => (copyFailed = err ?? new Error('staging failed')));
    chunk = [];
    t0 = performance.now();
  };
  try {
    for await (const row of table.rows) {
      total++;
      // ~40 µs a row (checks, encryption, keyed hashes): let other requests in every 1,000 rows.
      if (++sinceYield === 1000) {
        sinceYield = 0;
        await new Promise((r) => setImmediate(r));
      }
      const v = {} as Record<ColKey, string>;
      for (const [i, k] of keys.entries()) if (k) v[k] = (row.cells[i] ?? '').trim();
      const rowErrors: FoundError[] = [];
      const err = (k: ColKey, code: string, value: string, message: Bilingual, order: number) =>
        rowErrors.push({ row: row.rowNo, column: header(k), code, value, message, k: order });

      if (!v.name) err('name', 'required', '', { zh: '姓名必填', en: 'name is required' }, 0);
      else if (v.name.length > 50) err('name', 'too-long', v.name.slice(0, 20), { zh: '姓名过长', en: 'name is too long' }, 0);
      const id = parseIdNumber(v.idNumber ?? '', now);
      let idHash: string | null = null;
      if (!id.ok) err('idNumber', `id-${id.problem}`, v.idNumber ? maskIdNumber(v.idNumber.padEnd(18, '?')) : '', idNumberProblemText[id.problem], 1);
      else idHash = s.vault.blindIndex(id.value.idNumber);
      let mobile: string | null = null;
      if (v.mobile) {
        mobile = normalizeMobile(v.mobile);
        if (!mobile)
          err(
            'mobile',
            'invalid-mobile',
            v.mobile.slice(0, 3) + '…',
            { zh: '手机号应为以1开头的11位数字', en: 'a mobile number has 11 digits starting with 1' },
            3,
          );
      }
      let orgId = defaultOrgId;
      if (v.org) {
        const u = unionByKey.get(v.org);
        if (!u)
          err(
            'org',
            'unknown-org',
            v.org,
            { zh: `找不到基层工会「${v.org}」（须为您管辖范围内的基层工会）`, en: `no grassroots union "${v.org}" in your scope` },
            4,
          );
        else if (u.status !== 'active') err('org', 'org-inactive', v.org, { zh: '该基层工会已停用', en: 'that union is inactive' }, 4);
        else orgId = u.id;
      }
      const joinedOn = v.joinedOn ? normalizeDate(v.joinedOn) : null;
      if (!v.joinedOn) err('joinedOn', 'required', '', { zh: '入会日期必填', en: 'joined date is required' }, 5);
      else if (!joinedOn) err('joinedOn', 'invalid-date', v.joinedOn, { zh: '入会日期应为 YYYY-MM-DD', en: 'joined date must be YYYY-MM-DD' }, 5);
      else if (joinedOn > now) err('joinedOn', 'future-date', v.joinedOn, { zh: '入会日期晚于今天', en: 'joined date is in the future' }, 5);
      else if (id.ok && joinedOn < id.value.birthDate)
        err('joinedOn', 'before-birth', v.joinedOn, { zh: '入会日期早于出生日期', en: 'joined before being born' }, 5);
      let memberNo: string | null = null;
      if (v.memberNo) {
        if (!/^\d{10}$/.test(v.memberNo))
          err('memberNo', 'invalid-member-no', v.memberNo, { zh: '会员编号应为10位数字', en: 'a member number has 10 digits' }, 6);
        else memberNo = v.memberNo;
      }
      let cardStatus = 'none';
      if (v.cardStatus) {
        const c = cardByLabel.get(v.cardStatus);
        if (!c)
          err(
            'cardStatus',
            'invalid-card-status',
            v.cardStatus,
            { zh: `会员卡状态应为：${cardStatuses.map((x) => cardStatusNames[x].zh).join('、')}`, en: `card status must be one of ${cardStatuses.join(', ')}` },
            8,
          );
        else cardStatus = c;
      }
      let eMembership = false;
      if (v.eMembership) {
        if (['是', 'Y', 'y', 'yes', 'true', '1'].includes(v.eMembership)) eMembership = true;
        else if (!['否', 'N', 'n', 'no', 'false', '0'].includes(v.eMembership))
          err('eMembership', 'invalid-boolean', v.eMembership, { zh: '电子会员证应为"是"或"否"', en: 'e-membership must be yes or no' }, 9);
      }
      const categories: string[] = [];
      if (v.categories)
        for (const part of v.categories.split(/[、,，;；\s]+/).filter(Boolean)) {
          const c = categoryByLabel.get(part);
          if (!c) err('categories', 'unknown-category', part, { zh: `未知人员类别「${part}」`, en: `unknown category "${part}"` }, 10);
          else if (!categories.includes(c)) categories.push(c);
        }
      if (orgId === null && !v.org) err('org', 'required', '', { zh: '所属基层工会必填', en: 'the grassroots union is required' }, 11);

      if (rowErrors.length || !id.ok) {
        errors.push(...rowErrors);
        invalidRows++;
        // Kept for its ID number and member number only: a later row repeating one is named a duplicate of this one.
        if (idHash || memberNo) chunk.push({ rowNo: row.rowNo, member: null, idHash, idMasked: id.ok ? maskIdNumber(id.value.idNumber) : null, memberNo });
      } else {
        staged++;
        chunk.push({
          rowNo: row.rowNo,
          member: {
            name: v.name,
            idHash: idHash!,
            idCipher: s.vault.seal(id.value.idNumber),
            idMasked: maskIdNumber(id.value.idNumber),
            birthDate: id.value.birthDate,
            sex: id.value.sex,
            phoneHash: mobile ? s.vault.blindIndex(mobile) : null,
            phoneCipher: mobile ? s.vault.seal(mobile) : null,
            phoneMasked: mobile ? maskMobile(mobile) : null,
            orgId: orgId!,
            joinedOn: joinedOn!,
            memberNo,
            cardStatus,
            eMembership,
            categories,
          },
        });
      }
      if (chunk.length >= STAGE_CHUNK) await stage();
    }
  } catch (err) {
    await copying; // the caller takes the batch away: not while a chunk of it is still being written
    throw err;
  }
  if (chunk.length) await stage();
  else importTimings.checkRows += since(t0);
  const t1 = performance.now();
  const stageBefore = importTimings.stageCopy;
  await copying;
  if (copyFailed) throw copyFailed;
  await members.analyzeStaging(db);
  importTimings.stageCopy += since(t1);

  // Over the whole file, set-based: the first row holding an ID number (or member number) keeps it,
  // every later one is a duplicate of it; then, for the rows still standing, the registry.
  const rejected = new Set<number>();
  const reject = (rowNo: number, wasOk: boolean) => {
    if (wasOk && !rejected.has(rowNo)) rejected.add(rowNo);
  };
  for (const d of await members.stagedDuplicates(db, batchId, 'id_hash')) {
    errors.push({
      row: d.row_no,
      column: header('idNumber'),
      code: 'duplicate-in-file',
      value: d.id_masked ?? '',
      message: { zh: `与第${d.first}行身份证号重复`, en: `same ID number as row ${d.first}` },
      k: 2,
    });
    reject(d.row_no, d.ok);
  }
  for (const d of await members.stagedDuplicates(db, batchId, 'member_no')) {
    errors.push({
      row: d.row_no,
      column: header('memberNo'),
      code: 'duplicate-in-file',
      value: d.member_no ?? '',
      message: { zh: `与第${d.first}行会员编号重复`, en: `same member number as row ${d.first}` },
      k: 7,
    });
    reject(d.row_no, d.ok);
  }
  await members.rejectStaged(db, batchId, [...rejected]);
  const fromFile = rejected.size;
  for (const f of await members.stagedAlreadyMembers(db, batchId)) {
    const visible = pathInScope(actor, f.org_path);
    errors.push({
      row: f.row_no,
      column: header('idNumber'),
      code: 'already-member',
      value: f.id_masked,
      k: 12,
      message: visible
        ? { zh: `已是「${f.org_name}」的在册会员`, en: `already an active member of ${f.org_name}` }
        : { zh: '已是其他工会的在册会员，请办理转会', en: 'already an active member of another union; transfer instead' },
    });
    rejected.add(f.row_no);
  }
  for (const t of await members.stagedTakenMemberNos(db, batchId)) {
    errors.push({
      row: t.row_no,
      column: header('memberNo'),
      code: 'member-no-taken',
      value: t.member_no,
      message: { zh: '会员编号已被使用', en: 'member number already used' },
      k: 13,
    });
    rejected.add(t.row_no);
  }
  if (rejected.size > fromFile) await members.rejectStaged(db, batchId, [...rejected].slice(fromFile));
  importTimings.checkFile += since(t1) - (importTimings.stageCopy - stageBefore);
  // A row's problems in the order of its checks, rows in file order.
  errors.sort((a, b) => a.row - b.row || a.k - b.k);
  return { validCount: staged - rejected.size, invalidCount: invalidRows + rejected.size, errors: errors.map(({ k: _k, ...e }) => e), total };
}

export async function validateMemberFile(s: Services, ctx: RequestContext, file: Buffer, fileName: string, orgId: number | null) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const batchOrg = orgId !== null ? await repo.orgInScope(db, actor, orgId) : await repo.orgById(db, actor.orgId ?? -1);
  if (!batchOrg) throw orgId !== null ? notFound('org', orgId) : forbidden();
  const table = await readTableRows(file, fileName, { maxRows: s.config.importMaxRows });
  fileName = nameForType(fileName, table.format, 'members');
  const checksum = crypto.createHash('sha256').update(file).digest('hex');
  // The batch first (its staged rows refer to it), with no valid rows: it cannot be committed before its counts are written.
  const batchId = await repo.insertMemberBatch(db, { orgId: batchOrg.id, createdBy: actor.accountId, fileName, checksum });
  let result: Awaited<ReturnType<typeof validateMemberRows>>;
  try {
    result = await validateMemberRows(s, actor, batchId, table, batchOrg.kind === 'grassroots' ? batchOrg.id : null);
  } catch (err) {
    // The file broke a rule past its header (too many rows, an unclosed quote): no batch, nothing staged.
    await repo.deleteBatch(db, batchId);
    throw err;
  }
  const { validCount, invalidCount, errors, total } = result;
  await repo.finishValidation(db, batchId, { total, validCount, invalidCount, errors });
  await writeAudit(db, ctx, {
    action: 'import.validate',
    entity: 'import',
    entityId: batchId,
    orgPath: batchOrg.path,
    summary: `${fileName}: ${validCount} valid, ${errors.length} problems`,
  });
  return getBatch(s, ctx, batchId);
}

async function loadBatch(s: Services, actor: Actor, id: number) {
  const b = await repo.batchInScope(s.database.db, actor, id);
  if (!b) throw notFound('import', id);
  return b;
}

export async function getBatch(s: Services, ctx: RequestContext, id: number) {
  const b = await loadBatch(s, ctx.actor!, id);
  const live = b.job_id ? s.jobs.progressOf(b.job_id) : undefined;
  let progress = live ?? null;
  if (!progress && b.job_id) {
    progress = (await s.jobs.stateOf(b.job_id))?.progress ?? null;
  }
  const errors = b.errors as RowError[];
  return {
    id: b.id,
    kind: b.kind,
    orgId: b.org_id,
    orgName: b.org_name,
    fileName: b.file_name,
    status: b.status,
    total: b.total,
    validCount: b.valid_count,
    invalidCount: b.invalid_count,
    importedCount: b.imported_count,
    errorCount: errors.length,
    errors: errors.slice(0, 200).map((e) => ({ ...e, message: e.message[ctx.lang], messages: e.message })),
    progress,
    createdAt: b.created_at,
    finishedAt: b.finished_at,
  };
}

/** Batches importing in this process, so progress can be read without touching the database
 *  while the import's transaction holds it (PGlite has one connection). */
const liveBatches = new Map<number, { jobId: number; orgPath: string; total: number }>();

export async function batchProgress(s: Services, ctx: RequestContext, id: number) {
  const live = liveBatches.get(id);
  if (live && pathInScope(ctx.actor!, live.orgPath)) {
    // Queued and not yet started here: say so without waiting on the database.
    const p = s.jobs.progressOf(live.jobId) ?? { phase: 'queued', done: 0, total: live.total };
    return { id, status: 'importing' as const, progress: p };
  }
  const b = await getBatch(s, ctx, id);
  return { id, status: b.status, progress: b.progress, importedCount: b.importedCount, errors: b.status === 'failed' ? b.errors : [] };
}

export async function errorReport(s: Services, ctx: RequestContext, id: number) {
  const b = await loadBatch(s, ctx.actor!, id);
  const errors = b.errors as RowError[];
  return writeXlsx([
    {
      name: '错误报告',
      columns: [
        { header: '行号 Row', key: 'row', width: 8 },
        { header: '列 Column', key: 'column', width: 14 },
        { header: '填写内容 Value', key: 'value', width: 22 },
        { header: '错误说明', key: 'zh', width: 50 },
        { header: 'Problem', key: 'en', width: 50 },
      ],
      rows: errors.map((e) => ({ row: e.row, column: e.column, value: e.value, zh: e.message.zh, en: e.message.en })),
    },
  ]);
}

export async function memberTemplate() {
  return writeXlsx([
    {
      name: '会员',
      columns: memberImportColumns.map((c) => ({ header: c.header, key: c.key, width: c.width })),
      rows: [
        {
          name: '张三',
          idNumber: '11010519491231002X',
          mobile: '13800000000',
          org: '',
          joinedOn: '2020-05-01',
          memberNo: '',
          cardStatus: '已激活',
          eMembership: '是',
          categories: '一线职工',
        },
      ],
    },
    {
      name: '说明',
      columns: [
        { header: '列', key: 'k', width: 16 },
        { header: '说明', key: 'v', width: 90 },
      ],
      rows: [
        { k: '姓名', v: '必填' },
        { k: '身份证号', v: '必填，18位，按GB 11643校验；同一身份证号只登记一人' },
        { k: '手机号', v: '选填，11位，以1开头' },
        { k: '所属基层工会', v: '选填：基层工会的ID、统一社会信用代码或全称；不填则为导入时选择的基层工会' },
        { k: '入会日期', v: '必填，YYYY-MM-DD' },
        { k: '会员编号', v: '选填，10位数字（会员卡背面）；不填则自动编号' },
        { k: '会员卡状态', v: cardStatuses.map((c) => cardStatusNames[c].zh).join('、') },
        { k: '电子会员证', v: '是 / 否' },
        { k: '人员类别', v: `多个用顿号分隔：${memberCategories.map((c) => memberCategoryNames[c].zh).join('、')}` },
      ],
    },
  ]);
}

export async function startCommit(s: Services, ctx: RequestContext, id: number) {
  const b = await loadBatch(s, ctx.actor!, id);
  if (b.status !== 'validated')
    throw conflict('import-not-pending', { zh: `该批次状态为「${b.status}」，不能再次导入`, en: `This batch is ${b.status}; it cannot be imported again` });
  if (b.valid_count === 0) throw conflict('nothing-to-import', { zh: '没有可导入的有效行', en: 'There are no valid rows to import' });
  const jobId = await s.database.db.transaction().execute(async (trx) => {
    if (!(await repo.markImporting(trx, id))) throw conflict('import-not-pending', { zh: '该批次已在导入', en: 'This batch is already importing' });
    const jobId = await s.jobs.enqueue(trx, memberImportJob, { batchId: id, accountId: ctx.actor!.accountId });
    await repo.setBatchJob(trx, id, jobId);
    await writeAudit(trx, ctx, {
      action: 'import.commit',
      entity: 'import',
      entityId: id,
      orgPath: b.org_path,
      summary: `${b.file_name}: ${b.valid_count} rows`,
    });
    return jobId;
  });
  liveBatches.set(id, { jobId, orgPath: b.org_path, total: b.valid_count });
  return getBatch(s, ctx, id);
}

export async function discardBatch(s: Services, ctx: RequestContext, id: number) {
  const b = await loadBatch(s, ctx.actor!, id);
  if (b.status !== 'validated') throw conflict('import-not-pending', { zh: '只能放弃尚未导入的批次', en: 'Only a batch not yet imported can be discarded' });
  await s.database.db.transaction().execute(async (trx) => {
    await repo.markDiscarded(trx, id);
    await members.discardStaged(trx, id);
    await writeAudit(trx, ctx, { action: 'import.discard', entity: 'import', entityId: id, orgPath: b.org_path });
  });
  return getBatch(s, ctx, id);
}

/** Staged rows written per transaction: ~100 ms of embedded-database work, so other requests wait at most that long. */
const CHUNK = 2000;

const yieldTurn = () => new Promise((r) => setImmediate(r));

/** Another runner moved the batch on (two processes after a restart): this one stops, changing nothing. */
class ImportMovedOn extends Error {}

/**
 * The job: write the staged rows of a batch, chunk by chunk, each chunk in its own short transaction
 * that also advances the batch's cursor (imported_through). A long import thus never holds the
 * embedded database's single connection for more than one chunk: sessions, the progress bar and
 * every other request are served in between (one transaction for everything froze the server for
 * the whole import). All or nothing still holds for the user: every row written carries the batch,
 * and a failed import takes its rows back out before it reports "nothing was imported". The batch
 * is marked imported in the same transaction as the job's completion; a re-run after a crash
 * continues from the cursor, and a re-run after that final commit does nothing.
 */
/** The import of a validated batch, queued by `startCommit`. The payload names the batch and the account that asked. */
export const memberImportJob = defineJob({
  kind: 'members.import',
  payload: z.object({ batchId: ZIdValue, accountId: ZIdValue }),
  maxAttempts: 1,
  handler: (s, p, job) => runMemberImport(s, p, job),
});

export async function runMemberImport(s: Services, payload: { batchId: number; accountId: number }, job: JobContext) {
  const batchId = payload.batchId;
  const actor = await actorOfAccount(s, payload.accountId, `job-${job.id}`);
  if (!actor) throw new Error(`account ${payload.accountId} of import ${batchId} is gone or disabled`);
  const ctx: RequestContext = { actor, ip: null, requestId: `job-${job.id}`, lang: 'zh' };
  const db = s.database.db;
  const batch = await repo.batchForImport(db, batchId);
  const total = batch.valid_count;
  if (batch.status === 'imported') {
    // Finished before a crash kept the job from being marked: recognise it, write nothing.
    await job.complete(db, { imported: batch.imported_count, alreadyImported: true });
    await members.discardStaged(db, batchId);
    return { imported: batch.imported_count, alreadyImported: true };
  }
  if (batch.status === 'failed') {
    // Failed, and a crash may have cut the clean-up short: finish it.
    await removeBatchRows(s, batchId);
    return { imported: 0, failed: true };
  }
  if (batch.status !== 'importing') return { imported: 0, skipped: batch.status };

  const range = await members.stagedRange(db, batchId);
  const maxRow = range.hi ?? -1;
  let done = batch.imported_count;
  await job.progress({ phase: 'importing', done, total }, { memoryOnly: true });
  let t = performance.now();
  try {
    for (let from = Math.max(batch.imported_through + 1, range.lo ?? 0); from <= maxRow; from += CHUNK) {
      const to = Math.min(from + CHUNK, maxRow + 1);
      done = await db.transaction().execute(async (trx) => {
        const cur = await repo.lockCursor(trx, batchId);
        if (cur.status !== 'importing' || cur.imported_through !== batch.imported_through) throw new ImportMovedOn();
        const written = await members.bulkInsert(trx, batchId, from, to);
        const n = cur.imported_count + written;
        await repo.advanceCursor(trx, batchId, to - 1, n);
        batch.imported_through = to - 1;
        return n;
      });
      await job.progress({ phase: 'importing', done, total }, { memoryOnly: true });
      await yieldTurn();
    }
    if (done !== total) throw new Error(`expected ${total} rows, wrote ${done}`);
    importTimings.commitChunks += since(t);
    t = performance.now();
    await db.transaction().execute(async (trx) => {
      if (!(await repo.markImported(trx, batchId))) throw new ImportMovedOn();
      await writeAudit(trx, ctx, {
        action: 'member.import',
        entity: 'import',
        entityId: batchId,
        orgPath: batch.path,
        summary: `${batch.file_name}: ${done} members imported`,
      });
      await job.complete(trx, { imported: done });
    });
  } catch (err) {
    if (err instanceof ImportMovedOn) return { imported: 0, movedOn: true };
    const reason = err instanceof Error ? err.message : String(err);
    s.log.warn({ batchId, err: reason }, 'member import failed; taking its rows back out');
    const conflictMeanwhile = /memberships_one_active_uq|member_no|duplicate key/.test(reason);
    // Failed first (a crash during the clean-up leaves a failed batch whose re-run finishes it), then the clean-up.
    await repo.markFailed(db, batchId);
    const kept = await removeBatchRows(s, batchId);
    const why = conflictMeanwhile
      ? { zh: '导入期间有人员已在他处入会（或会员编号已被占用）', en: 'a person became a member elsewhere (or a member number was taken) meanwhile' }
      : { zh: `导入出错（${reason.slice(0, 200)}）`, en: `the import failed (${reason.slice(0, 200)})` };
    const message = kept
      ? {
          zh: `${why.zh}；已撤回本批次写入的数据，但有 ${kept} 条已被其他业务使用而保留，请核对后重新上传`,
          en: `${why.en}; the rows written were taken back out except ${kept} already in use elsewhere; check them and upload again`,
        }
      : { zh: `${why.zh}，未导入任何数据，请重新上传`, en: `${why.en}; nothing was imported, upload again` };
    await repo.setBatchErrors(db, batchId, [{ row: 0, column: '', code: 'import-failed', value: '', message }]);
    await job.progress({ phase: 'failed', done: 0, total });
    throw new AppError(500, 'import-failed', message);
  } finally {
    liveBatches.delete(batchId);
  }
  importTimings.finish += since(t);
  // The staged copies (sealed personal data) are not kept once the registry holds the rows.
  t = performance.now();
  await members.discardStaged(db, batchId);
  importTimings.dropStaged += since(t);
  // A bulk load leaves the planner with the old row counts (issue 14 §2): refresh them, outside the transaction.
  t = performance.now();
  if (done >= members.BULK_ANALYZE_ROWS)
    await members.refreshStatistics(db).catch((err) => s.log.warn({ batchId, err: String(err) }, 'statistics not refreshed after the import'));
  importTimings.analyze += since(t);
  // After the commit: a notice that fails now is logged by the queue, and the import stays done.
  await notify(s, { channel: 'portal', accountId: actor.accountId, template: 'import-finished', payload: { imported: done, batchId } });
  await job.progress({ phase: 'done', done, total });
  return { imported: done };
}

/**
 * Take a failed batch's rows back out, in short transactions: its memberships, then the persons it
 * created that no longer have one. A row something else already refers to (someone acted on a member
 * during the import) is kept and counted. Safe to run again.
 */
async function removeBatchRows(s: Services, batchId: number): Promise<number> {
  const db = s.database.db;
  const kept = await members.removeBatch(db, batchId, CHUNK, yieldTurn);
  await repo.setImportedCount(db, batchId, kept);
  await members.discardStaged(db, batchId);
  return kept;
}
