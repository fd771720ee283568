import { z } from 'zod';
import { calendarGeneration } from '../calendar/calendar.ts';
import { Ctx } from './context.ts';
import { isIsoDate } from './dates.ts';
import { PolicyError } from './errors.ts';
import { compileInput, keyFields, type InputParser } from './fast-input.ts';
import { fenToYuan } from './money.ts';
import { convertValue, loadParameterFile, resolveParameters, type ParameterFile, type ResolvedParam } from './params.ts';
import { COMMON_LABELS, TRACE_LABELS } from './labels.ts';
import type { ProgramDefinition } from './program.ts';
import { reasonMessage } from './reasons.ts';
import type { Message, EvaluateRequest, EvaluateResult, OutputKind, ParameterValue, PolicyVersion, ProgramInfo, TimelineEntry, TraceEntry } from './types.ts';

interface Resolved {
  version: PolicyVersion;
  params: Map<string, ResolvedParam>;
}

/** A registered program with its lazily loaded parameter file and a cache per policy date. */
class Runtime {
  private file: ParameterFile | undefined;
  private readonly cache = new Map<string, Resolved>();
  readonly outputKeys: [string, OutputKind][];
  private info: ProgramInfo | undefined;
  private labels: Map<string, Message> | undefined;
  private enumLabels: Map<string, Message> | undefined;

  readonly parseInput: InputParser<unknown>;
  readonly parseByPolicy: Record<string, InputParser<unknown>> = {};
  /** The input fields that name an input the fast parser accepted unchanged; undefined when the input cannot be named so. */
  readonly keys: readonly string[] | undefined;
  /**
   * Results of evaluations without trace, by date and input values (see `run`): a tree of maps, one
   * level per field (no key strings to build and hash). A formula is a pure function of its input,
   * the date and the parameter files, which do not change while the process runs, so an input seen
   * before gets the same (frozen) result. A roster of 3.5 million members has a few hundred distinct
   * inputs (plan × unit category × mode × event date). Bounded: cleared beyond MEMO_MAX results.
   */
  memo = new Map<unknown, unknown>();
  memoSize = 0;
  memoCalendar = calendarGeneration();
  readonly knownKeys: ReadonlySet<string>;

  constructor(readonly def: ProgramDefinition) {
    this.outputKeys = Object.entries(def.outputs);
    this.parseInput = compileInput(def.input);
    for (const [policy, schema] of Object.entries(def.inputByPolicy ?? {})) this.parseByPolicy[policy] = compileInput(schema);
    this.keys = keyFields(def.input);
    this.knownKeys = new Set(this.keys ?? []);
  }

  /** Forget everything derived from the parameters (a version was added at runtime). */
  invalidate(): void {
    this.cache.clear();
    this.info = undefined;
    this.labels = undefined;
    this.enumLabels = undefined;
    this.memo = new Map();
    this.memoSize = 0;
  }

  /** Labels of the names a trace can hold besides conditions and parameters: input fields, then the engine's own. */
  get fieldLabels(): Map<string, Message> {
    if (this.labels) return this.labels;
    const out = new Map<string, Message>(Object.entries(TRACE_LABELS));
    // Fields several programs share name the same values when a formula computes them (coverageStart, nights…).
    for (const [k, l] of Object.entries(COMMON_LABELS)) out.set(k, { zh: l.zh, en: l.en });
    const props = (this.getInfo().inputSchema as { properties?: Record<string, { 'x-label'?: Message }> }).properties ?? {};
    for (const [k, p] of Object.entries(props)) if (p['x-label']) out.set(k, p['x-label']);
    return (this.labels = out);
  }

  /** Labels of every enum value the program's inputs accept (one map: the codes are kebab-case words, not reused with other meanings). */
  get valueLabels(): Map<string, Message> {
    if (this.enumLabels) return this.enumLabels;
    const out = new Map<string, Message>();
    const props = (this.getInfo().inputSchema as { properties?: Record<string, { 'x-enum-labels'?: Record<string, Message> }> }).properties ?? {};
    for (const p of Object.values(props)) for (const [v, l] of Object.entries(p['x-enum-labels'] ?? {})) if (!out.has(v)) out.set(v, l);
    return (this.enumLabels = out);
  }

  get params(): ParameterFile {
    return (this.file ??= loadParameterFile(this.def.code, this.def.parameters));
  }

  findVersion(date: string): PolicyVersion | undefined {
    return this.params.versions.find((v) => v.from <= date && (!v.to || date <= v.to));
  }

  noPolicy(date: string, field: string): PolicyError {
    const vs = this.params.versions;
    const list = vs.map((v) => `${v.policy} (${v.from}–${v.to ?? ''})`).join(', ');
    return new PolicyError(
      'no-policy-in-force',
      {
        zh: `${this.def.title.zh}（${this.def.code}）在 ${date} 没有生效的政策版本；已有版本：${list}。${WHO_ADDS.zh}`,
        en: `No policy of ${this.def.code} is in force on ${date}; versions: ${list}. ${WHO_ADDS.en}`,
      },
      { field, allowed: vs.map((v) => ({ policy: v.policy, from: v.from, ...(v.to && { to: v.to }) })) },
    );
  }

  resolve(date: string, field: string): Resolved {
    let r = this.cache.get(date);
    if (r) return r;
    const version = this.findVersion(date);
    if (!version) throw this.noPolicy(date, field);
    r = { version, params: resolveParameters(this.params, date) };
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(date, r);
    return r;
  }

  getInfo(): ProgramInfo {
    if (this.info) return this.info;
    const def = this.def;
    const schemaOf = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' });
    this.info = {
      code: def.code,
      title: def.title,
      versions: this.params.versions.map((v) => {
        const narrow = def.inputByPolicy?.[v.policy];
        return narrow ? { ...v, inputSchema: schemaOf(narrow) } : { ...v };
      }),
      inputSchema: schemaOf(def.input),
      outputs: this.outputKeys.map(([k]) => k),
      policyDate: def.policyDate?.describe ?? {
        zh: '按请求的 date 选择政策版本',
        en: 'The request date selects the policy version',
      },
    };
    return this.info;
  }
}

/** Who can add a missing version (the server's policy-versions screens; shown with no-policy-in-force). */
const WHO_ADDS = {
  zh: '新的年度版本由市总工会系统管理员在“政策版本”中依据新通知创建，并经另一人审批后生效。',
  en: 'A federation administrator adds a new yearly version under Policy versions from the new notice; it takes effect once a second person approves it.',
};

const registry = new Map<string, Runtime>();

export function registerProgram(def: ProgramDefinition): void {
  if (registry.has(def.code)) throw new Error(`program ${def.code} registered twice`);
  registry.set(def.code, new Runtime(def));
}

function runtime(program: unknown): Runtime {
  const rt = typeof program === 'string' ? registry.get(program) : undefined;
  if (!rt) {
    const allowed = [...registry.keys()];
    throw new PolicyError(
      'unknown-program',
      { zh: `未知项目 ${String(program)}，可选：${allowed.join(', ')}`, en: `Unknown program ${String(program)}; known: ${allowed.join(', ')}` },
      { field: 'program', allowed },
    );
  }
  return rt;
}

function checkDate(date: unknown, field = 'date'): string {
  if (!isIsoDate(date)) {
    throw new PolicyError(
      'invalid-input',
      { zh: `字段 ${field} 应为 YYYY-MM-DD 格式的有效日期`, en: `Field ${field} must be a valid YYYY-MM-DD date` },
      { field },
    );
  }
  return date;
}

/**
 * Check the formula's output against the declared outputs and turn money (fen) into yuan, in place.
 * Every evaluation is checked alike: these checks once stopped after the first 1,000 evaluations, so
 * the same request answered 500 or 200 (with a malformed date) depending on what came before it.
 */
function convertOutput(rt: Runtime, raw: Record<string, unknown>): Record<string, unknown> {
  const keys = rt.outputKeys;
  for (let i = 0; i < keys.length; i++) {
    const [key, kind] = keys[i]!;
    const v = raw[key];
    if (v === undefined) throw new Error(`program ${rt.def.code} did not return output ${key}`);
    if (v === null) continue;
    if (kind === 'money') raw[key] = fenToYuan(v as number);
    else if (kind === 'date' && !isIsoDate(v)) throw new Error(`program ${rt.def.code} returned a bad date for ${key}: ${String(v)}`);
  }
  let n = 0;
  for (const _ in raw) n++;
  if (keys.length !== n) {
    const extra = Object.keys(raw).filter((k) => !(k in rt.def.outputs));
    throw new Error(`program ${rt.def.code} returned undeclared outputs: ${extra.join(', ')}`);
  }
  return raw;
}

const MEMO_MAX = 100_000;

/** Freeze a result that the memo hands out more than once, so no caller can change another's copy. */
function freezeResult(r: EvaluateResult): EvaluateResult {
  Object.freeze(r.output);
  for (const reason of r.reasons) Object.freeze(reason);
  Object.freeze(r.reasons);
  return Object.freeze(r);
}

/**
 * Without trace, an input is first looked up by its values in the memo: an input with the same
 * field values (and no other fields) was accepted before, and got this result. A value never seen
 * misses and takes the full path (validation, formula), whose result is stored only when the fast
 * parser took the input unchanged. With trace the caller asked for a fresh explanation.
 */
function run(rt: Runtime, date: string, rawInput: unknown, tracing: boolean, memo = true): EvaluateResult {
  const keys = rt.keys;
  if (tracing || !memo || !keys || rawInput === null || typeof rawInput !== 'object' || Array.isArray(rawInput)) {
    return compute(rt, date, rawInput, rt.parseInput(rawInput), tracing);
  }
  const raw = rawInput as Record<string, unknown>;
  // Working days enter some formulas: a calendar year added since the results were stored voids them.
  if (rt.memoCalendar !== calendarGeneration()) {
    rt.memo = new Map();
    rt.memoSize = 0;
    rt.memoCalendar = calendarGeneration();
  }
  let level: Map<unknown, unknown> | undefined = rt.memo.get(date) as Map<unknown, unknown> | undefined;
  for (let i = 0; level && i < keys.length - 1; i++) level = level.get(raw[keys[i]!]) as Map<unknown, unknown> | undefined;
  const hit = level?.get(raw[keys[keys.length - 1]!]) as EvaluateResult | undefined;
  if (hit && onlyKnownFields(rt, raw)) return hit;

  const input = rt.parseInput(rawInput);
  const result = compute(rt, date, rawInput, input, tracing);
  if (input !== rawInput) return result;
  if (++rt.memoSize > MEMO_MAX) {
    rt.memo = new Map();
    rt.memoSize = 1;
  }
  let node = rt.memo;
  let k: unknown = date;
  for (let i = 0; i < keys.length; i++) {
    let next = node.get(k) as Map<unknown, unknown> | undefined;
    if (!next) node.set(k, (next = new Map()));
    node = next;
    k = raw[keys[i]!];
  }
  node.set(k, freezeResult(result));
  return result;
}

function onlyKnownFields(rt: Runtime, raw: Record<string, unknown>): boolean {
  for (const k in raw) if (!rt.knownKeys.has(k)) return false;
  return true;
}

function compute(rt: Runtime, date: string, rawInput: unknown, parsed: unknown, tracing: boolean, overlay?: Resolved): EvaluateResult {
  const def = rt.def;
  let input = parsed;
  const pd = def.policyDate ? def.policyDate.of(input, date) : date;
  const { version, params } = overlay ?? rt.resolve(pd, def.policyDate?.field ?? 'date');
  const narrow = rt.parseByPolicy[version.policy];
  if (narrow) input = narrow(rawInput);
  const ctx = new Ctx(date, pd, version.policy, params, tracing);
  if (tracing) {
    ctx.push({ kind: 'value', name: 'policy', value: version.policy, from: version.from, source: version.source });
    if (def.policyDate) ctx.push({ kind: 'value', name: 'policy-date', value: pd, note: def.policyDate.describe });
  }
  const raw = def.formula(input, ctx);
  if (tracing) labelTrace(rt, ctx.trace);
  return {
    program: def.code,
    policy: version.policy,
    eligible: ctx.eligible,
    output: convertOutput(rt, raw),
    reasons: ctx.reasons,
    trace: ctx.trace,
  };
}

/** Puts on each trace entry what it is, for people (only with tracing: the batch path pays nothing). */
function labelTrace(rt: Runtime, trace: readonly TraceEntry[]): void {
  for (const e of trace as TraceEntry[]) {
    if (e.label) continue;
    // Bands and caps are often named after the parameter they read (holiday-care, per-accident-limit).
    const l = e.kind === 'condition' ? (reasonMessage(e.name) ?? e.note) : (rt.params.parameters.get(e.name)?.description ?? rt.fieldLabels.get(e.name));
    if (l) e.label = l;
    const codes = rt.valueLabels;
    if (!codes.size || e.kind === 'condition') continue;
    const found: Record<string, Message> = {};
    let n = 0;
    // The coded words in the value (strings, list items, table keys), a few levels down.
    const walk = (v: unknown, depth: number) => {
      if (typeof v === 'string') {
        const c = codes.get(v);
        if (c && !(v in found)) (found[v] = c), n++;
      } else if (depth < 4 && v && typeof v === 'object') {
        if (Array.isArray(v)) for (const x of v) walk(x, depth + 1);
        else for (const [k, x] of Object.entries(v)) walk(k, depth), walk(x, depth + 1);
      }
    };
    walk(e.value, 0);
    if (n) e.valueLabels = found;
  }
}

/** Evaluate one program on one input, with the full trace. Throws PolicyError on bad requests. */
export function evaluate(req: EvaluateRequest): EvaluateResult {
  if (req === null || typeof req !== 'object') {
    throw new PolicyError('invalid-input', { zh: '请求应为对象', en: 'The request must be an object' }, { field: '' });
  }
  const rt = runtime(req.program);
  return run(rt, checkDate(req.date), req.input, true);
}

/**
 * Evaluate many inputs of one program on one date; trace off unless asked. The first bad input
 * throws a PolicyError whose `index` is its position and whose field starts with `inputs[i]`.
 */
export function evaluateMany(
  program: string,
  date: string,
  inputs: unknown[],
  opts: { trace?: boolean; indexOffset?: number /** default true; false computes every input afresh (benchmarks) */; memo?: boolean } = {},
): EvaluateResult[] {
  const rt = runtime(program);
  checkDate(date);
  if (!Array.isArray(inputs)) {
    throw new PolicyError('invalid-input', { zh: 'inputs 应为数组', en: 'inputs must be an array' }, { field: 'inputs' });
  }
  const tracing = opts.trace === true;
  const memo = opts.memo !== false;
  // A caller evaluating a long roster in slices gives the slice's start, so errors name the row in the whole roster.
  const offset = opts.indexOffset ?? 0;
  const out: EvaluateResult[] = new Array(inputs.length);
  for (let k = 0; k < inputs.length; k++) {
    const i = k + offset;
    try {
      out[k] = run(rt, date, inputs[k], tracing, memo);
    } catch (e) {
      if (e instanceof PolicyError && e.code === 'invalid-input') {
        const field = e.field?.startsWith('input') ? `inputs[${i}]${e.field.slice(5)}` : e.field;
        throw new PolicyError(
          e.code,
          { zh: `第 ${i} 条：${e.messages.zh}`, en: `Item ${i}: ${e.messages.en}` },
          { ...(field !== undefined && { field }), ...(e.allowed && { allowed: e.allowed }), index: i },
        );
      }
      if (e instanceof PolicyError) e.index = i;
      throw e;
    }
  }
  return out;
}

export function listPrograms(): ProgramInfo[] {
  return [...registry.values()].map((rt) => rt.getInfo());
}

export function getProgram(code: string): ProgramInfo | undefined {
  return registry.get(code)?.getInfo();
}

/** The program's definition (for tools and tests; not part of the wire contract). */
export function getProgramDefinition(code: string): ProgramDefinition | undefined {
  return registry.get(code)?.def;
}

/** Every parameter's value in force on `date` (money shown in yuan, as in the parameter file). */
export function getParameters(program: string, date: string): ParameterValue[] {
  const rt = runtime(program);
  checkDate(date);
  // The runtime's cached resolution for the date (a member's entitlements ask for every program's
  // parameters on every request; resolving them afresh each time was most of that request's CPU).
  return [...rt.resolve(date, 'date').params.values()].map((p) => {
    const v: ParameterValue = { name: p.name, value: p.display, unit: p.unit, from: p.from, source: p.source };
    if (p.reading) v.reading = p.reading;
    return v;
  });
}

export function getParameterTimeline(program: string, name: string): TimelineEntry[] {
  const rt = runtime(program);
  const p = rt.params.parameters.get(name);
  if (!p) {
    const allowed = [...rt.params.parameters.keys()];
    throw new PolicyError(
      'unknown-parameter',
      { zh: `项目 ${program} 没有参数 ${name}`, en: `Program ${program} has no parameter ${name}` },
      { field: 'name', allowed },
    );
  }
  return p.values.map((v) => {
    const e: TimelineEntry = { from: v.from, value: v.display, source: v.source };
    if (v.reading) e.reading = v.reading;
    return e;
  });
}

// ---------------------------------------------------------------------------------------------
// Versions added at runtime: next year's notice entered by an administrator (the server stores
// them and registers the approved ones at start-up and on approval). The formulas stay pure: a
// version is data, checked against the program's parameter schemas exactly like the YAML file.

/** A version as a person writes it: every parameter's value as in the parameter file (yuan for money). */
export interface PolicyVersionDraft {
  program: string;
  policy: string;
  from: string;
  to?: string;
  /** The notice's number and paragraph. */
  source: string;
  note?: Message;
  values: Record<string, unknown>;
  /** A parameter's own source paragraph; default: the version's source. */
  sources?: Record<string, string>;
}

function invalidDraft(field: string, zh: string, en: string): PolicyError {
  return new PolicyError('invalid-parameters', { zh, en }, { field });
}

/** Check a draft against the program: dates, overlap with the versions in force, every parameter present and valid. */
function checkDraft(rt: Runtime, d: PolicyVersionDraft): Map<string, ResolvedParam> {
  if (typeof d.policy !== 'string' || !d.policy.trim()) throw invalidDraft('policy', '版本名称不能为空', 'The version needs a name');
  checkDate(d.from, 'from');
  if (d.to !== undefined) {
    checkDate(d.to, 'to');
    if (d.to < d.from) throw invalidDraft('to', `截止日期 ${d.to} 早于生效日期 ${d.from}`, `The end date ${d.to} is before the effective date ${d.from}`);
  }
  if (typeof d.source !== 'string' || !d.source.trim()) throw invalidDraft('source', '须注明新通知的文号和条款', 'Cite the new notice’s number and paragraph');
  for (const v of rt.params.versions) {
    if (v.policy === d.policy) throw invalidDraft('policy', `版本 ${d.policy} 已存在`, `Version ${d.policy} exists already`);
    const overlaps = v.from <= (d.to ?? '9999-12-31') && d.from <= (v.to ?? '9999-12-31');
    if (overlaps)
      throw invalidDraft('from', `与已有版本 ${v.policy}（${v.from}–${v.to ?? ''}）的期间重叠`, `Overlaps version ${v.policy} (${v.from}–${v.to ?? ''})`);
  }
  const values = d.values ?? {};
  const out = new Map<string, ResolvedParam>();
  for (const name of Object.keys(values)) {
    if (!rt.params.parameters.has(name)) throw invalidDraft(`values.${name}`, `项目没有参数 ${name}`, `The program has no parameter ${name}`);
  }
  for (const p of rt.params.parameters.values()) {
    if (!(p.name in values)) throw invalidDraft(`values.${p.name}`, `缺少参数 ${p.name} 的值`, `Parameter ${p.name} has no value`);
    const value = convertValue(rt.def.code, p, rt.def.parameters[p.name]!, values[p.name]);
    out.set(p.name, { name: p.name, unit: p.unit, value, display: values[p.name], from: d.from, source: d.sources?.[p.name] ?? d.source });
  }
  return out;
}

/** Validate a draft version against the program's parameter schema; throws a PolicyError naming the field. */
export function checkPolicyVersion(draft: PolicyVersionDraft): void {
  checkDraft(runtime(draft.program), draft);
}

/**
 * Register an extra dated version of a program (approved at runtime). Later evaluations on its
 * dates use it; the program's caches and batch memo are cleared, as a new calendar year clears them.
 */
export function registerPolicyVersion(draft: PolicyVersionDraft): void {
  const rt = runtime(draft.program);
  const params = checkDraft(rt, draft);
  const file = rt.params;
  const version: PolicyVersion = { policy: draft.policy, from: draft.from, source: draft.source };
  if (draft.to) version.to = draft.to;
  if (draft.note) version.note = Object.freeze({ ...draft.note });
  file.versions.push(version);
  file.versions.sort((a, b) => (a.from < b.from ? -1 : 1));
  for (const rp of params.values()) {
    const p = file.parameters.get(rp.name)!;
    const others = p.values.filter((v) => v.from !== draft.from);
    others.push({ from: draft.from, display: rp.display, value: rp.value, source: rp.source });
    others.sort((a, b) => (a.from < b.from ? -1 : 1));
    p.values = others;
  }
  rt.invalidate();
}

/** One case evaluated with the values in force and with a draft's values overlaid. */
export interface DraftCaseResult {
  name: string;
  date: string;
  changed: boolean;
  before: { eligible: boolean; output: Record<string, unknown>; reasons: string[] } | { error: Message };
  after: { eligible: boolean; output: Record<string, unknown>; reasons: string[] } | { error: Message };
}

function outcome(f: () => EvaluateResult): DraftCaseResult['before'] {
  try {
    const r = f();
    return { eligible: r.eligible, output: r.output, reasons: r.reasons.map((x) => x.code) };
  } catch (e) {
    if (e instanceof PolicyError) return { error: e.messages };
    throw e;
  }
}

/**
 * Preview a draft on cases (`{ name, program, date, input }`, as in tests/*.yaml): each case is
 * evaluated as it is today and again with the draft's values in place of those in force on its date.
 * `basePolicy` keeps only the cases that today fall under that version (the one the draft copies).
 */
export function previewPolicyVersion(draft: PolicyVersionDraft, cases: unknown[], basePolicy?: string): DraftCaseResult[] {
  const rt = runtime(draft.program);
  const params = checkDraft(rt, draft);
  const version: PolicyVersion = { policy: draft.policy, from: draft.from, source: draft.source };
  const overlay: Resolved = { version, params };
  const out: DraftCaseResult[] = [];
  for (const c of cases) {
    if (c === null || typeof c !== 'object') continue;
    const k = c as { name?: unknown; program?: unknown; date?: unknown; input?: unknown };
    if (k.program !== draft.program || !isIsoDate(k.date)) continue;
    const date = k.date;
    const before = outcome(() => run(rt, date, k.input, false, false));
    if (basePolicy) {
      let policy: string | undefined;
      try {
        policy = run(rt, date, k.input, false, false).policy;
      } catch {
        policy = undefined;
      }
      if (policy !== basePolicy) continue;
    }
    const after = outcome(() => compute(rt, date, k.input, rt.parseInput(k.input), false, overlay));
    out.push({ name: String(k.name ?? ''), date, before, after, changed: JSON.stringify(before) !== JSON.stringify(after) });
  }
  return out;
}
