// The member service card (上海工会会员服务卡) as data (issue 9 §1): its life is a list of events
// (000 “卡卡”服务会员行动实施方案 二), each checked against the card's status and the yearly windows
// below; `memberships.card_status` is only the current status those events leave. And the card-work
// index of 000 卡卡 一 (累计办卡率、参保率、使用率、激活率) per union, as a report.
import { can, pathInScope } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { badRequest, conflict, forbidden, invalidField, isUniqueViolation, notFound } from '../../platform/errors.ts';
import { writeXlsx } from '../../platform/spreadsheets.ts';
import { XLSX, type Download } from '../../platform/download.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';
import type { CardEvent, CardStatus } from '../../db/schema.ts';
import { findOrgInScope } from '../orgs/api.ts';
import { coveredPerUnion } from '../protection/api.ts';
import { applicantsPerUnion } from '../applications/api.ts';
import * as repo from './repository.ts';
import { cardStatusNames } from './schema.ts';
import { homePath } from './api.ts';

export const cardEvents = ['issue', 'activate', 'register', 'report-lost', 'reissue', 'cancel', 'e-card'] as const satisfies readonly CardEvent[];

export const cardEventNames: Record<CardEvent, { zh: string; en: string }> = {
  issue: { zh: '办卡', en: 'Card issued' },
  activate: { zh: '激活', en: 'Activated' },
  register: { zh: '年度注册', en: 'Registered for the year' },
  'report-lost': { zh: '挂失', en: 'Reported lost' },
  reissue: { zh: '补卡', en: 'Reissued' },
  cancel: { zh: '注销', en: 'Cancelled' },
  'e-card': { zh: '开通电子会员卡', en: 'E-card issued' },
};

/**
 * The yearly windows, with their source. 000 卡卡 gives them for 2018; the plan describes the card
 * service's yearly routine (三、时间节点: the card store is compared in January, registration is
 * "每年集中注册的方式，一年一次"), so we read them as the same days every year until a later notice
 * says otherwise.
 */
export const CARD_RULES = {
  /** 000 卡卡 二(一)2: 除1月1日至1月31日因会员服务卡库进行数据比对暂停办理外，自2月1日至12月31日开放办理. */
  pause: { from: '01-01', to: '01-31', source: '沪工总办〔2017〕360号 “卡卡”服务会员行动实施方案 二(一)2' },
  /** 000 卡卡 二(二)2: 2018年注册时间为2月1日至3月31日; 注册对象 (二(二)1): 上一年度的有效会员. */
  registration: { from: '02-01', to: '03-31', source: '沪工总办〔2017〕360号 “卡卡”服务会员行动实施方案 二(二)' },
} as const;

/** Which statuses an event may start from, and the status it leaves. */
const TRANSITIONS: Record<CardEvent, { from: readonly CardStatus[]; to: (s: CardStatus) => CardStatus }> = {
  issue: { from: ['none', 'cancelled'], to: () => 'issued' },
  activate: { from: ['issued'], to: () => 'active' },
  register: { from: ['issued', 'active'], to: (s) => s },
  'report-lost': { from: ['issued', 'active'], to: () => 'lost' },
  reissue: { from: ['lost'], to: () => 'issued' },
  cancel: { from: ['issued', 'active', 'lost'], to: () => 'cancelled' },
  'e-card': { from: ['none', 'issued', 'active', 'lost'], to: (s) => s },
};

export interface CardState {
  status: CardStatus;
  eMembership: boolean;
  joinedOn: string;
  registeredYears: readonly number[];
}

export type CardCheck = { ok: true; to: CardStatus; year: number | null } | { ok: false; code: string; message: { zh: string; en: string } };

/** Whether `event` may happen to a card in `state` on `date`, and the status it leaves (pure; tested as a table). */
export function checkCardEvent(event: CardEvent, state: CardState, date: string): CardCheck {
  const t = TRANSITIONS[event];
  const statusName = cardStatusNames[state.status];
  if (!t.from.includes(state.status))
    return {
      ok: false,
      code: 'card-status',
      message: {
        zh: `会员卡当前为“${statusName.zh}”，不能${cardEventNames[event].zh}`,
        en: `The card is ${statusName.en.toLowerCase()}: it cannot be ${cardEventNames[event].en.toLowerCase()}`,
      },
    };
  if (event === 'e-card' && state.eMembership)
    return { ok: false, code: 'e-card-exists', message: { zh: '已开通电子会员卡', en: 'The e-card is already issued' } };
  const md = date.slice(5);
  if ((event === 'issue' || event === 'reissue') && md >= CARD_RULES.pause.from && md <= CARD_RULES.pause.to)
    return {
      ok: false,
      code: 'card-pause',
      message: {
        zh: `1月1日至1月31日会员服务卡库进行数据比对，暂停办理（${CARD_RULES.pause.source}）`,
        en: `Cards are not issued 1 to 31 January while the card store is compared (${CARD_RULES.pause.source})`,
      },
    };
  let year: number | null = null;
  if (event === 'register') {
    year = Number(date.slice(0, 4));
    if (md < CARD_RULES.registration.from || md > CARD_RULES.registration.to)
      return {
        ok: false,
        code: 'registration-window',
        message: {
          zh: `年度注册时间为${year}年2月1日至3月31日（${CARD_RULES.registration.source}）`,
          en: `Registration for ${year} runs 1 February to 31 March (${CARD_RULES.registration.source})`,
        },
      };
    if (state.joinedOn >= `${year}-01-01`)
      return {
        ok: false,
        code: 'registration-new-member',
        message: {
          zh: `注册对象为${year - 1}年的有效会员；当年新入会的会员办卡后即可参保`,
          en: `Registration is for members of ${year - 1}; a member who joined in ${year} is covered once the card is issued`,
        },
      };
    if (state.registeredYears.includes(year))
      return { ok: false, code: 'already-registered', message: { zh: `${year}年已注册`, en: `Already registered for ${year}` } };
  }
  return { ok: true, to: t.to(state.status), year };
}

function presentEvent(e: Awaited<ReturnType<typeof repo.cardEventsOf>>[number]) {
  return {
    id: e.id,
    event: e.event,
    name: cardEventNames[e.event],
    year: e.year,
    onDate: e.on_date,
    fromStatus: e.from_status,
    toStatus: e.to_status,
    note: e.note,
    by: e.actor_name,
    orgName: e.org_name,
    at: e.created_at.toISOString(),
  };
}

async function currentCard(s: Services, ctx: RequestContext, personId: number) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const p = await repo.findPersonInScope(db, actor, personId);
  if (!p) throw notFound('member', personId);
  const memberships = await repo.membershipsOf(db, personId);
  const current = memberships.find((m) => m.status === 'active') ?? null;
  return { person: p, current };
}

/** GET /members/:id/card: the card's status, its events (all memberships), registered years and what may happen next today. */
export async function getCard(s: Services, ctx: RequestContext, personId: number) {
  const actor = ctx.actor!;
  const { current } = await currentCard(s, ctx, personId);
  const events = await repo.cardEventsOf(s.database.db, personId);
  const today = s.clock.today();
  const writable = !!current && can(actor, 'members.write') && pathInScope(actor, current.org_path);
  const registeredYears = current ? events.filter((e) => e.event === 'register' && e.membership_id === current.id).map((e) => e.year!) : [];
  const state: CardState | null = current
    ? { status: current.card_status, eMembership: current.e_membership, joinedOn: current.joined_on, registeredYears }
    : null;
  return {
    personId,
    status: current?.card_status ?? null,
    statusName: current ? cardStatusNames[current.card_status] : null,
    eMembership: current?.e_membership ?? false,
    registeredYears,
    events: events.map(presentEvent),
    today,
    actions: cardEvents.map((event) => {
      if (!state)
        return {
          event,
          name: cardEventNames[event],
          allowed: false,
          code: 'no-active-membership',
          reason: { zh: '该人员当前没有在册会籍', en: 'This person has no active membership' },
        };
      if (!writable)
        return { event, name: cardEventNames[event], allowed: false, code: 'forbidden', reason: { zh: '无权办理', en: 'You may not change this card' } };
      const c = checkCardEvent(event, state, today);
      return c.ok
        ? { event, name: cardEventNames[event], allowed: true, code: null, reason: null }
        : { event, name: cardEventNames[event], allowed: false, code: c.code, reason: c.message };
    }),
    rules: CARD_RULES,
  };
}

/** POST /members/:id/card/events: one event, checked, written with the new status and an audit entry in one transaction. */
export async function recordCardEvent(s: Services, ctx: RequestContext, personId: number, input: { event: CardEvent; date?: string; note?: string }) {
  const actor = ctx.actor!;
  const today = s.clock.today();
  const date = input.date ?? today;
  if (date > today) throw invalidField('body.date', 'future-date', { zh: '日期不能晚于今天', en: 'The date cannot be after today' });
  await s.database.db.transaction().execute(async (trx) => {
    const p = await repo.findPersonInScope(trx, actor, personId);
    if (!p) throw notFound('member', personId);
    const current = (await repo.membershipsOf(trx, personId)).find((m) => m.status === 'active');
    if (!current) throw conflict('no-active-membership', { zh: '该人员当前没有在册会籍', en: 'This person has no active membership' });
    if (!can(actor, 'members.write') || !pathInScope(actor, current.org_path)) throw forbidden();
    if (date < current.joined_on)
      throw invalidField('body.date', 'before-joined', {
        zh: `日期不能早于入会日期 ${current.joined_on}`,
        en: `The date cannot be before the member joined (${current.joined_on})`,
      });
    const registeredYears = await repo.registeredYears(trx, current.id);
    const check = checkCardEvent(
      input.event,
      { status: current.card_status, eMembership: current.e_membership, joinedOn: current.joined_on, registeredYears },
      date,
    );
    if (!check.ok) throw conflict(check.code, check.message, { field: 'body.event' });
    try {
      await repo.insertCardEvent(trx, {
        membership_id: current.id,
        person_id: personId,
        org_id: current.org_id,
        org_path: current.org_path,
        event: input.event,
        year: check.year,
        on_date: date,
        from_status: current.card_status,
        to_status: check.to,
        note: input.note ?? null,
        actor_account_id: actor.accountId,
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict('already-registered', { zh: `${check.year}年已注册`, en: `Already registered for ${check.year}` });
      throw e;
    }
    await repo.setCardState(trx, current.id, check.to, input.event === 'e-card' ? true : undefined);
    await writeAudit(trx, ctx, {
      action: `member.card.${input.event}`,
      entity: 'member',
      entityId: personId,
      orgPath: current.org_path,
      summary: `${p.name} ${cardEventNames[input.event].zh}${check.year ? ` ${check.year}` : ''}`,
      before: { cardStatus: current.card_status, eMembership: current.e_membership },
      after: { cardStatus: check.to, eMembership: input.event === 'e-card' ? true : current.e_membership, date },
    });
  });
  return getCard(s, ctx, personId);
}

const rate = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 10000) / 10000 : null);

/**
 * GET /reports/card-work: the four dimensions of 000 卡卡 一 per union under `orgId` (or the caller's
 * union), each union counting its subtree, and a total. Readings (the plan names the dimensions, not
 * their formulas; written here and shown with the report):
 * - 累计办卡率 (card rate) = members holding a card (issued, active or reported lost) / active members;
 * - 参保率 (cover rate) = members with a cover in force for the year / active members;
 * - 使用率 (use rate) = members who applied for a service on the platform in the year / card holders;
 * - 激活率 (activation rate) = activated cards / card holders.
 * Members and cards come from the counts kept per union (migration 0021), so the report is a handful
 * of grouped reads at any size.
 */
export async function cardWorkReport(s: Services, ctx: RequestContext, query: { year?: number; orgId?: number }) {
  const actor = ctx.actor!;
  const q = { ...query, year: query.year ?? Number(s.clock.today().slice(0, 4)) };
  const db = s.database.db;
  let base: { id: number; name: string; path: string } | undefined;
  if (q.orgId) {
    const o = await findOrgInScope(db, actor, q.orgId);
    if (!o) throw notFound('org', q.orgId);
    base = { id: o.id, name: o.name, path: o.path };
  } else {
    const path = await homePath(db, actor);
    if (!path)
      throw badRequest('org-required', { zh: '请选择单位', en: 'Choose a union' }, [
        { field: 'query.orgId', code: 'required', message: { zh: '请选择单位', en: 'Choose a union' } },
      ]);
    base = await repo.orgByPath(db, path);
    if (!base) throw notFound('org');
  }
  const children = await repo.childUnions(db, base.id);
  const units = [...children, base];
  const paths = units.map((u) => u.path);
  const [cards, covered, users] = await Promise.all([
    repo.cardCountsPerUnion(db, paths),
    coveredPerUnion(db, q.year, paths),
    applicantsPerUnion(db, q.year, paths),
  ]);
  const row = (u: { id: number; name: string; path: string }) => {
    const c = cards.get(u.path) ?? {};
    const members = Object.values(c).reduce((a, b) => a + b, 0);
    const holders = (c.issued ?? 0) + (c.active ?? 0) + (c.lost ?? 0);
    const active = c.active ?? 0;
    const cov = covered.get(u.path) ?? 0;
    const used = users.get(u.path) ?? 0;
    return {
      orgId: u.id,
      orgName: u.name,
      members,
      holders,
      active,
      covered: cov,
      users: used,
      cardRate: rate(holders, members),
      coverRate: rate(cov, members),
      useRate: rate(used, holders),
      activationRate: rate(active, holders),
    };
  };
  return {
    year: q.year,
    org: { id: base.id, name: base.name },
    rows: children.map(row),
    total: row(base),
    definitions: {
      cardRate: {
        zh: '累计办卡率 = 持卡会员（已制卡、已激活、挂失）/ 在册会员',
        en: 'Card rate = members holding a card (issued, active, lost) / active members',
      },
      coverRate: { zh: '参保率 = 当年保障生效的会员 / 在册会员', en: 'Cover rate = members with a cover in force for the year / active members' },
      useRate: { zh: '使用率 = 当年在平台办理过申请的会员 / 持卡会员', en: 'Use rate = members who applied for a service in the year / card holders' },
      activationRate: { zh: '激活率 = 已激活的卡 / 持卡会员', en: 'Activation rate = activated cards / card holders' },
      source: '沪工总办〔2017〕360号 “卡卡”服务会员行动实施方案 一（工作目标）',
    },
  };
}

const pct = (r: number | null) => (r == null ? '' : `${(r * 100).toFixed(1)}%`);

/** The report as .xlsx (one row per union, then the total; the definitions below). */
export async function cardWorkReportXlsx(s: Services, ctx: RequestContext, q: { year?: number; orgId?: number }): Promise<Download> {
  const r = await cardWorkReport(s, ctx, q);
  const columns = [
    { key: 'orgName', header: '单位', width: 28 },
    { key: 'members', header: '在册会员', width: 12 },
    { key: 'holders', header: '持卡会员', width: 12 },
    { key: 'cardRate', header: '累计办卡率', width: 12 },
    { key: 'covered', header: '参保人数', width: 12 },
    { key: 'coverRate', header: '参保率', width: 10 },
    { key: 'users', header: '使用人数', width: 12 },
    { key: 'useRate', header: '使用率', width: 10 },
    { key: 'active', header: '已激活', width: 10 },
    { key: 'activationRate', header: '激活率', width: 10 },
  ];
  const rows: Record<string, unknown>[] = [...r.rows, { ...r.total, orgName: `合计（${r.total.orgName}）` }].map((x) => ({
    ...x,
    cardRate: pct(x.cardRate),
    coverRate: pct(x.coverRate),
    useRate: pct(x.useRate),
    activationRate: pct(x.activationRate),
  }));
  // The readings of the four rates and their source, under the table (the sheet is read on paper too).
  rows.push({}, ...Object.values(r.definitions).map((d) => ({ orgName: typeof d === 'string' ? `来源：${d}` : d.zh })));
  const body = await writeXlsx([{ name: `${r.year}年会员服务卡工作指标`, columns, rows }]);
  return { fileName: `${r.year}年会员服务卡工作指标.xlsx`, type: XLSX, body };
}
