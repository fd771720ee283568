// The on-site checklist of a site, generated from the policy engine's criteria for its kind on the day
// of the inspection (never typed in twice): a driver home's “6+X” and basic conditions (003 附件2-7 三),
// a health point's 四固三定 (002, 2021) or 两固三定 (001, 2022), a fitness station's size class (001 项目2
// 三(二)), a canteen's requirements (001 项目6 二), a culture team's selection standard (001 项目11
// 二(二)2), a nursing room's standard (000 女职工幸福关爱行动 一(三)). The inspector's answers are turned back into the program's input and the engine decides:
// what is missing is the list of reasons, with the trace kept on the inspection.
import { badRequest } from '../../platform/errors.ts';
import * as policy from '../policy/service.ts';
import type { TChecklist } from './schema.ts';

type Item = TChecklist['items'][number];
type Answer = { code: string; met: boolean; value?: number | undefined; choice?: string | undefined; note?: string | undefined };

const toilets = [
  { value: 'on-site', zh: '自有厕所', en: 'On site' },
  { value: 'adjacent-public', zh: '毗邻公共厕所', en: 'Adjacent public toilet' },
  { value: 'none', zh: '无', en: 'None' },
];

/** The program whose criteria make a kind's checklist on a day, or null (a register-only checklist). */
export function programFor(kind: string, on: string): string | null {
  void on;
  return checklistPrograms[kind] ?? null;
}
const checklistPrograms: Record<string, string> = {
  'driver-home': 'driver-home-grant',
  'health-point': 'health-point-standard',
  'fitness-station': 'fitness-station-class',
  canteen: 'canteen-standard',
  'culture-team': 'culture-team-grant',
  'nursing-room': 'nursing-room-standard',
};
/** Programs whose criteria are a list of flags and minimum numbers, each naming its input field. */
const listPrograms = new Set(['health-point-standard', 'canteen-standard', 'culture-team-grant', 'nursing-room-standard']);

function param(program: string, on: string, name: string) {
  const p = policy.parameters(program, on).find((x) => x.name === name);
  return p ? { value: p.value as any, source: p.source } : null;
}

function policyOf(program: string, on: string): string | null {
  try {
    const v = policy.program(program).versions.find((x: any) => x.from <= on && (!x.to || on <= x.to));
    return v ? String((v as any).policy) : null;
  } catch {
    return null;
  }
}

// Kinds (or days) the engine has no criteria for (childcare studios; a nursing room outside 2017-10 to
// 2018, a canteen or culture team outside 2022): a spot check still records what the register promises, so these three items are checked by hand.
const registerItems: Item[] = [
  { code: 'open-as-registered', zh: '按登记的开放时间开放', en: 'Open at the registered hours', answer: 'yes-no', source: '阵地登记信息' },
  { code: 'signage', zh: '标识标牌醒目', en: 'Clear signs', answer: 'yes-no', source: '上海工会服务阵地管理办法（试行）（003 附件2-7 三(三)）' },
  { code: 'in-use', zh: '设施设备完好、正常使用', en: 'Equipment in working order and in use', answer: 'yes-no', source: '阵地登记信息' },
];

export function checklist(kind: string, subkind: string | null, on: string): TChecklist {
  const program = programFor(kind, on);
  if (!program) return { kind: kind as TChecklist['kind'], subkind, program: null, policy: null, on, items: registerItems };
  let items: Item[] = [];
  try {
    if (program === 'driver-home-grant') {
      const sub = subkind === 'comprehensive' ? 'comprehensive' : 'micro';
      const c = param(program, on, 'criteria')!;
      items = (c.value[sub] as any[]).map((x) => {
        const base = { code: x.code, zh: x.zh, en: x.en, source: c.source };
        if (x.check === 'min-parking-minutes' || x.check === 'min-parking-spaces' || x.check === 'min-ev-chargers')
          return { ...base, answer: 'number' as const, min: x.min };
        if (x.check === 'toilet') return { ...base, answer: 'choice' as const, choices: toilets };
        return { ...base, answer: 'yes-no' as const };
      });
      return { kind: 'driver-home', subkind: sub, program, policy: policyOf(program, on), on, items };
    }
    if (listPrograms.has(program)) {
      const c = param(program, on, 'criteria')!;
      items = (c.value as any[]).map((x) => ({
        code: x.code,
        zh: x.zh,
        en: x.en,
        source: c.source,
        answer: x.check === 'at-least' ? ('number' as const) : ('yes-no' as const),
        ...(x.check === 'at-least' ? { min: x.min } : {}),
      }));
      return { kind: kind as TChecklist['kind'], subkind, program, policy: policyOf(program, on), on, items };
    }
    const c = param(program, on, 'classes')!;
    const min = Math.min(...(c.value as any[]).map((x) => x.minSqm));
    items = [
      {
        code: 'area',
        zh: `健身场地面积（平方米，不少于 ${min}）：${(c.value as any[]).map((x) => `${x.zh} ${x.printed}`).join('；')}`,
        en: `Floor area in m² (at least ${min})`,
        answer: 'number',
        min,
        source: c.source,
      },
    ];
    return { kind: 'fitness-station', subkind, program, policy: policyOf(program, on), on, items };
  } catch {
    // No rule in force on that day (e.g. a health point inspected in 2025): the register's own items.
    return { kind: kind as TChecklist['kind'], subkind, program: null, policy: null, on, items: registerItems };
  }
}

/** Every item answered once, and nothing else: names the first wrong answer. */
function answersByCode(list: TChecklist, answers: Answer[]) {
  const by = new Map<string, Answer>();
  for (const [i, a] of answers.entries()) {
    const item = list.items.find((x) => x.code === a.code);
    if (!item)
      throw badRequest(
        'unknown-checklist-item',
        { zh: `第 ${i + 1} 项“${a.code}”不在本次核查清单中`, en: `Answer ${i + 1} (${a.code}) is not an item of this checklist` },
        [{ field: `body.answers.${i}.code`, code: 'unknown', message: { zh: '不在清单中', en: 'not on the checklist' } }],
      );
    if (by.has(a.code))
      throw badRequest('duplicate-checklist-item', { zh: `“${item.zh}”回答了两次`, en: `${a.code} is answered twice` }, [
        { field: `body.answers.${i}.code`, code: 'duplicate', message: { zh: '重复', en: 'duplicate' } },
      ]);
    if (item.answer === 'number' && a.value === undefined && a.met)
      throw badRequest('checklist-value-required', { zh: `“${item.zh}”请填写现场实测数值`, en: `${a.code}: give the number measured on site` }, [
        { field: `body.answers.${i}.value`, code: 'required', message: { zh: '必填', en: 'required' } },
      ]);
    if (item.answer === 'choice' && a.choice !== undefined && !item.choices!.some((c) => c.value === a.choice))
      throw badRequest('checklist-choice-invalid', { zh: `“${item.zh}”的选项无效`, en: `${a.code}: not one of the choices` }, [
        { field: `body.answers.${i}.choice`, code: 'invalid', message: { zh: '无效', en: 'invalid' } },
      ]);
    by.set(a.code, a);
  }
  const missing = list.items.filter((x) => !by.has(x.code));
  if (missing.length)
    throw badRequest(
      'checklist-incomplete',
      { zh: `核查清单未填完：${missing.map((x) => x.zh).join('；')}`, en: `Checklist items not answered: ${missing.map((x) => x.code).join(', ')}` },
      missing.map((x) => ({ field: 'body.answers', code: 'missing', message: { zh: `未填写“${x.zh}”`, en: `${x.code} not answered` } })),
    );
  return by;
}

/** The program's input from the inspector's answers (the engine decides, not this). */
export function inputFromAnswers(list: TChecklist, answers: Answer[]): Record<string, unknown> | null {
  const by = answersByCode(list, answers);
  if (!list.program) return null;
  const num = (code: string, min: number | undefined) => {
    const a = by.get(code)!;
    return a.value !== undefined ? a.value : a.met ? (min ?? 1) : 0;
  };
  if (list.program === 'driver-home-grant') {
    const c = param(list.program, list.on, 'criteria')!.value[list.subkind!] as any[];
    const input: Record<string, any> = { kind: list.subkind, facilities: [], toilet: 'none', signage: false };
    if (list.subkind === 'comprehensive') Object.assign(input, { restArea: false, services: [] });
    for (const x of c) {
      const a = by.get(x.code)!;
      if (x.check === 'facility' && a.met) input.facilities.push(x.facility);
      if (x.check === 'min-parking-minutes') input.freeParkingMinutes = num(x.code, x.min);
      if (x.check === 'min-parking-spaces') input.freeParkingSpaces = num(x.code, x.min);
      if (x.check === 'min-ev-chargers') input.evChargers = num(x.code, x.min);
      if (x.check === 'toilet') input.toilet = a.choice ?? (a.met ? x.allowed[0] : 'none');
      if (x.check === 'signage') input.signage = a.met;
      if (x.check === 'rest-area') input.restArea = a.met;
      if (x.check === 'service' && a.met) input.services.push(x.service);
    }
    return input;
  }
  if (listPrograms.has(list.program)) {
    const c = param(list.program, list.on, 'criteria')!.value as any[];
    const input: Record<string, unknown> = {};
    for (const x of c) input[x.field] = x.check === 'flag' ? by.get(x.code)!.met : num(x.code, x.min);
    return input;
  }
  return { areaSqm: num('area', list.items[0]!.min) };
}

/** The engine's decision on an inspection: passed, the failed items as reasons, the trace. */
export function decide(list: TChecklist, answers: Answer[]) {
  const input = inputFromAnswers(list, answers);
  if (!input || !list.program) {
    const failed = list.items.filter((x) => !answers.find((a) => a.code === x.code)!.met);
    return { passed: failed.length === 0, reasons: failed.map((x) => ({ code: x.code, zh: x.zh, en: x.en })), evaluation: null, input: null };
  }
  const r = policy.evaluate(list.program, list.on, input);
  const missing = Array.isArray(r.output.missing) ? (r.output.missing as { code: string; zh: string; en: string }[]) : [];
  // The fitness station's class: below the smallest class is the reason.
  const reasons = missing.length ? missing : r.eligible ? [] : r.reasons.map((x) => ({ code: x.code, zh: x.message.zh, en: x.message.en }));
  return {
    passed: r.eligible,
    reasons,
    evaluation: { program: list.program, policy: r.policy, eligible: r.eligible, output: r.output, trace: r.trace },
    input,
  };
}
