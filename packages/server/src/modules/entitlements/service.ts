// A member's entitlements on a date: every program of the policy engine, each answered from the
// registry's facts through the mapping in catalog.ts, with the facts used, the engine's reasons
// and (on request) its trace. Reading only; the scope rules are those of GET /members/:id.
import { evaluateMany, getParameters, isPolicyError, listPrograms, type ParameterValue, type ProgramInfo, type TraceEntry } from '@shishi/policy';
import { notFound, type Bilingual } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';
import { findPersonInScope, membershipsOf } from '../members/api.ts';
import {
  REASONS,
  catalogByProgram,
  registryFacts,
  type CatalogEntry,
  type Fact,
  type Need,
  type PersonFacts,
  type RegistryFact,
  type ShowParams,
} from './catalog.ts';

export const statuses = ['eligible', 'conditional', 'not-eligible', 'not-in-force'] as const;
export type Status = (typeof statuses)[number];

export interface Reason {
  code: string;
  message: Bilingual;
  /** For programs run once per variant (e.g. a plan): the variant the reason is about. */
  variant?: string;
}

export interface Evaluation {
  variant?: string;
  input?: Record<string, unknown>;
  policy?: string;
  eligible?: boolean;
  trace?: readonly TraceEntry[];
  /** Parameters whose values are shown as amounts, with their dates and sources. */
  parameters?: ParameterValue[];
}

export interface Entitlement {
  program: string;
  title: Bilingual;
  status: Status;
  policy?: string;
  summary: Bilingual;
  amounts?: Record<string, unknown>;
  reasons: Reason[];
  needs?: Need[];
  facts: Fact[];
  trace?: Evaluation[];
}

function completedYears(birth: string, on: string): number {
  let age = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  if (on.slice(5) < birth.slice(5)) age -= 1;
  return Math.max(0, age);
}

type MembershipRow = Awaited<ReturnType<typeof membershipsOf>>[number];

/** The membership covering `date`: joined on or before it and not left by then (left_on is the first day out). */
function membershipOn(rows: MembershipRow[], date: string) {
  return rows.find((m) => m.joined_on <= date && (m.left_on === null ? m.status === 'active' : date < m.left_on));
}

export function buildFacts(
  person: { id: number; sex: 'male' | 'female'; birth_date: string; categories: string[] },
  memberships: MembershipRow[],
  date: string,
): PersonFacts {
  const m = membershipOn(memberships, date);
  return {
    date,
    year: Number(date.slice(0, 4)),
    personId: person.id,
    sex: person.sex,
    birthDate: person.birth_date,
    age: completedYears(person.birth_date, date),
    categories: person.categories ?? [],
    membership: m
      ? {
          id: m.id,
          status: m.status,
          joinedOn: m.joined_on,
          leftOn: m.left_on,
          orgId: m.org_id,
          orgName: m.org_name,
          unitCategory: m.unit_category,
          cardStatus: m.card_status,
          eMembership: m.e_membership,
        }
      : null,
  };
}

class FactList {
  private readonly byName = new Map<string, Fact>();
  add(f: Fact) {
    if (!this.byName.has(f.name)) this.byName.set(f.name, f);
  }
  registry(name: RegistryFact, p: PersonFacts) {
    this.add(registryFacts[name](p));
  }
  list() {
    return [...this.byName.values()];
  }
}

const versionOn = (info: ProgramInfo, date: string) => info.versions.find((v) => v.from <= date && (!v.to || date <= v.to));

/** The parameters named in `show`, as amounts (yuan, as in the parameter files); null values are left out. */
function shown(params: ParameterValue[], show: ShowParams | undefined) {
  if (!show) return { amounts: undefined, used: [] as ParameterValue[] };
  const amounts: Record<string, unknown> = {};
  const used: ParameterValue[] = [];
  for (const [as, name] of Object.entries(show)) {
    const p = params.find((x) => x.name === name);
    if (!p || p.value === null) continue;
    amounts[as] = p.value;
    used.push(p);
  }
  return { amounts: Object.keys(amounts).length ? amounts : undefined, used };
}

const withoutNulls = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));

function dedupeReasons(rs: Reason[]): Reason[] {
  const seen = new Set<string>();
  return rs.filter((r) => {
    const k = `${r.code}|${r.variant ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** One program for one person on one date. */
export function entitlementOf(info: ProgramInfo, entry: CatalogEntry | undefined, p: PersonFacts, withTrace: boolean): Entitlement & { unit: boolean } {
  const base = { program: info.code, title: info.title, unit: entry?.kind === 'unit' };
  const facts = new FactList();
  facts.registry('membership', p);
  const notMember: Reason[] = p.membership ? [] : [{ code: 'not-a-member', message: REASONS['not-a-member'] }];

  // A date without a policy in force: the program does not exist then, whoever asks.
  let params: ParameterValue[];
  try {
    params = getParameters(info.code, p.date);
  } catch (err) {
    if (isPolicyError(err) && err.code === 'no-policy-in-force') {
      return {
        ...base,
        status: 'not-in-force',
        summary: err.messages,
        reasons: [{ code: err.code, message: err.messages }, ...notMember],
        facts: facts.list(),
      };
    }
    throw err;
  }
  const policy = versionOn(info, p.date)?.policy;
  const paramMap = new Map(params.map((x) => [x.name, x.value]));
  const common = { ...base, ...(policy !== undefined ? { policy } : {}) };

  if (entry?.kind === 'unit') {
    const { amounts, used } = shown(params, entry.show);
    const reasons = [...notMember, { code: 'unit-applies', message: REASONS['unit-applies'](entry.applicant) }];
    return {
      ...common,
      status: 'not-eligible',
      summary: reasons[reasons.length - 1]!.message,
      ...(amounts ? { amounts } : {}),
      reasons,
      facts: facts.list(),
      ...(withTrace ? { trace: [{ policy, parameters: used }] } : {}),
    };
  }

  if (notMember.length) return { ...common, status: 'not-eligible', summary: notMember[0]!.message, reasons: notMember, facts: facts.list() };

  if (!entry) {
    // A program added to the engine after this catalog: say so, and what it asks for.
    const required = ((info.inputSchema as { required?: string[] })?.required ?? []) as string[];
    return {
      ...common,
      status: 'conditional',
      summary: REASONS['not-mapped'],
      reasons: [{ code: 'not-mapped', message: REASONS['not-mapped'] }],
      needs: required.map((field) => ({ field, message: { zh: `项目输入 ${field}`, en: `The program’s input ${field}` } })),
      facts: facts.list(),
    };
  }

  // Who the program is for.
  const failed: Reason[] = [];
  const needs: Need[] = [];
  for (const r of entry.requires ?? []) {
    facts.registry(r.fact, p);
    if (r.holds(p)) continue;
    if ('reason' in r.otherwise) failed.push({ code: r.otherwise.reason.code, message: r.otherwise.reason.message });
    else needs.push(r.otherwise.need);
  }
  for (const u of entry.uses ?? []) facts.registry(u, p);
  if (failed.length) return { ...common, status: 'not-eligible', summary: failed[0]!.message, reasons: failed, facts: facts.list() };

  if (entry.kind === 'conditional') {
    const { amounts, used } = shown(params, entry.show);
    return {
      ...common,
      status: 'conditional',
      summary: entry.summary,
      ...(amounts ? { amounts } : {}),
      reasons: [],
      needs: [...needs, ...entry.needs(p, policy ?? '')],
      facts: facts.list(),
      ...(withTrace ? { trace: [{ policy, parameters: used }] } : {}),
    };
  }

  // kind evaluate: build the input from its sources, run the engine once per variant.
  const variants = entry.variants ? entry.variants(paramMap) : [undefined];
  const byVariant: Record<string, Record<string, unknown>> = {};
  const reasons: Reason[] = [];
  const evaluations: Evaluation[] = [];
  let engineReasons: Reason[] = [];
  let resultPolicy = policy;
  for (const v of variants) {
    const input: Record<string, unknown> = {};
    for (const [field, src] of Object.entries(entry.input)) {
      if (src.from === 'variant') input[field] = v;
      else if (src.from === 'registry') {
        input[field] = src.value(p);
        facts.registry(src.fact, p);
      } else {
        input[field] = src.value(p);
        facts.add({ name: field, value: input[field], source: 'assumed', note: src.note });
      }
    }
    let r: ReturnType<typeof evaluateMany>[number];
    try {
      // The trace only when asked: building it for every program cost most of this request's CPU
      // (issue 14 §2, entitlements p99 < 50 ms); without it the engine's batch path also answers a
      // repeated input from memory.
      r = evaluateMany(info.code, p.date, [input], { trace: withTrace })[0]!;
    } catch (err) {
      // The engine may pick its version by an input date (policyDate); none in force → not in force.
      if (isPolicyError(err) && err.code === 'no-policy-in-force')
        return { ...common, status: 'not-in-force', summary: err.messages, reasons: [{ code: err.code, message: err.messages }], facts: facts.list() };
      throw err;
    }
    resultPolicy = r.policy;
    const key = v ?? info.code;
    if (r.eligible) byVariant[key] = withoutNulls(r.output);
    else {
      const rs = r.reasons.map((x) => ({ code: x.code, message: x.message, ...(v !== undefined ? { variant: v } : {}) }));
      engineReasons = engineReasons.concat(rs);
    }
    evaluations.push({ ...(v !== undefined ? { variant: v } : {}), input, policy: r.policy, eligible: r.eligible, trace: r.trace });
  }
  const trace = withTrace ? { trace: evaluations } : {};
  const withPolicy = { ...common, ...(resultPolicy !== undefined ? { policy: resultPolicy } : {}) };
  if (Object.keys(byVariant).length === 0) {
    const rs = dedupeReasons(engineReasons);
    return {
      ...withPolicy,
      status: 'not-eligible',
      summary: rs[0]?.message ?? { zh: '不符合条件', en: 'Not eligible' },
      reasons: rs,
      facts: facts.list(),
      ...trace,
    };
  }
  reasons.push(...dedupeReasons(engineReasons));
  const allNeeds = [...needs, ...(entry.needs ?? [])];
  const amounts = entry.variants ? byVariant : Object.values(byVariant)[0]!;
  return {
    ...withPolicy,
    status: allNeeds.length ? 'conditional' : 'eligible',
    summary: entry.summary(byVariant, p),
    amounts,
    reasons,
    ...(allNeeds.length ? { needs: allNeeds } : {}),
    facts: facts.list(),
    ...trace,
  };
}

const rank = (s: Status) => statuses.indexOf(s);

export function entitlementsFor(p: PersonFacts, withTrace: boolean) {
  const all = listPrograms().map((info) => entitlementOf(info, catalogByProgram.get(info.code), p, withTrace));
  // Stable sort: by status, then in the engine's program order.
  const order = (xs: typeof all) =>
    xs
      .map((x, i) => ({ x, i }))
      .sort((a, b) => rank(a.x.status) - rank(b.x.status) || a.i - b.i)
      .map(({ x: { unit: _unit, ...rest } }) => rest as Entitlement);
  const items = order(all.filter((x) => !x.unit));
  const unitPrograms = order(all.filter((x) => x.unit));
  const counts = Object.fromEntries(statuses.map((s) => [s, items.filter((x) => x.status === s).length])) as Record<Status, number>;
  return { items, unitPrograms, counts };
}

export async function memberEntitlements(s: Services, ctx: RequestContext, personId: number, q: { date?: string | undefined; trace?: boolean | undefined }) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const person = await findPersonInScope(db, actor, personId);
  if (!person) throw notFound('member', personId);
  const date = q.date ?? s.clock.today();
  const memberships = await membershipsOf(db, personId);
  const facts = buildFacts(person, memberships, date);
  const m = facts.membership;
  return {
    personId: person.id,
    name: person.name,
    date,
    member: m !== null,
    membership: m
      ? {
          membershipId: m.id,
          orgId: m.orgId,
          orgName: m.orgName,
          unitCategory: m.unitCategory,
          status: m.status,
          joinedOn: m.joinedOn,
          leftOn: m.leftOn,
          cardStatus: m.cardStatus,
          eMembership: m.eMembership,
        }
      : null,
    ...entitlementsFor(facts, q.trace === true),
  };
}
