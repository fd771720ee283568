// Deterministic synthetic persons for the demo and for load tests: the same seed always gives the
// same people, ID numbers and mobiles never repeat within one seed, and nothing here is a real
// person's data (mobiles use the 1990 block; names are random combinations).
import { idCheckCharacter } from '../platform/identifiers.ts';

export type PersonCategory = 'gig-worker' | 'flexible-worker' | 'worker-in-hardship' | 'model-worker' | 'craftsman' | 'frontline-worker';

export interface SyntheticPerson {
  name: string;
  idNumber: string;
  mobile: string;
  birthDate: string;
  sex: 'male' | 'female';
  categories: PersonCategory[];
  joinedOn: string;
}

export interface SyntheticPeopleOptions {
  seed: number;
  count: number;
  /** YYYY-MM-DD; ages are 18–65 on this day and joinedOn is never later. */
  referenceDate: string;
}

/** Share of people in each category; a person may be in several (a gig worker is also frontline). */
export const categoryRates: Readonly<Record<PersonCategory, number>> = {
  'frontline-worker': 0.3,
  'gig-worker': 0.03,
  'flexible-worker': 0.02,
  'worker-in-hardship': 0.01,
  craftsman: 0.005,
  'model-worker': 0.002,
};

/** Mobiles are 1990 followed by seven digits, so at most ten million distinct ones. */
export const MOBILE_PREFIX = '1990';
const MOBILE_SPACE = 10_000_000;

/** A small fast PRNG (sfc32); `next()` is a uint32, `float()` in [0, 1). */
export function createRng(seed: number) {
  let a = 0x9e3779b9 ^ seed;
  let b = 0x243f6a88 + Math.imul(seed, 0x85ebca6b);
  let c = 0xb7e15162 ^ Math.imul(seed, 0xc2b2ae35);
  let d = 1;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 15; i++) next();
  return {
    next,
    float: () => next() / 4294967296,
    int: (n: number) => Math.floor((next() / 4294967296) * n),
  };
}
export type Rng = ReturnType<typeof createRng>;

/**
 * A keyed pseudo-random permutation of [0, n): a 4-round Feistel network on the next even bit
 * width, with cycle-walking back into range. Index i → permute(i) never collides, which is what
 * makes ID numbers and mobiles unique without remembering the ones already issued.
 */
export function createPermutation(n: number, seed: number): (i: number) => number {
  if (!(n >= 1 && n <= 2 ** 52)) throw new RangeError('permutation size out of range');
  let bits = Math.max(2, Math.ceil(Math.log2(n)));
  if (bits % 2) bits++;
  const half = bits / 2;
  if (half > 31) throw new RangeError('permutation size out of range');
  const mask = half === 31 ? 0x7fffffff : (1 << half) - 1;
  const rng = createRng(seed ^ 0x5bd1e995);
  const keys = [rng.next(), rng.next(), rng.next(), rng.next()];
  const scale = 2 ** half;
  const round = (x: number, k: number) => {
    let h = Math.imul(x ^ k, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return (h >>> 0) & mask;
  };
  const once = (x: number) => {
    let l = Math.floor(x / scale);
    let r = x % scale;
    for (const k of keys) {
      const t = l ^ round(r, k!);
      l = r;
      r = t;
    }
    return l * scale + r;
  };
  return (i: number) => {
    let x = once(i);
    while (x >= n) x = once(x);
    return x;
  };
}

// Address codes (first six digits). Mostly Shanghai, including codes of districts since merged
// (卢湾 310103, 闸北 310108, 南汇县 310225, 奉贤县 310226, 崇明县 310230) because an ID number keeps
// the code of where it was first issued; a few from other provinces for workers born elsewhere.
export const addressCodes: readonly string[] = [
  '310101',
  '310103',
  '310104',
  '310105',
  '310106',
  '310107',
  '310108',
  '310109',
  '310110',
  '310112',
  '310113',
  '310114',
  '310115',
  '310116',
  '310117',
  '310118',
  '310120',
  '310151',
  '310225',
  '310226',
  '310230',
  '320102',
  '330102',
  '340102',
  '360102',
  '370102',
  '410102',
  '420102',
  '430102',
  '510104',
];

// Surnames by rough frequency (the most common ones in China, with Shanghai-frequent 陆 沈 顾 施 and so on).
const SURNAMES: [string, number][] = [
  ['王', 70],
  ['李', 70],
  ['张', 65],
  ['刘', 54],
  ['陈', 50],
  ['杨', 33],
  ['黄', 24],
  ['赵', 21],
  ['吴', 21],
  ['周', 20],
  ['徐', 17],
  ['孙', 15],
  ['马', 13],
  ['朱', 13],
  ['胡', 12],
  ['郭', 12],
  ['何', 11],
  ['林', 10],
  ['高', 10],
  ['罗', 9],
  ['郑', 9],
  ['梁', 8],
  ['谢', 7],
  ['宋', 7],
  ['唐', 7],
  ['许', 7],
  ['韩', 6],
  ['冯', 6],
  ['邓', 6],
  ['曹', 6],
  ['彭', 5],
  ['曾', 5],
  ['肖', 5],
  ['田', 5],
  ['董', 5],
  ['袁', 5],
  ['潘', 4],
  ['于', 4],
  ['蒋', 4],
  ['蔡', 4],
  ['余', 4],
  ['杜', 4],
  ['叶', 4],
  ['程', 4],
  ['苏', 4],
  ['魏', 4],
  ['吕', 4],
  ['丁', 3],
  ['任', 3],
  ['沈', 4],
  ['姚', 3],
  ['卢', 3],
  ['姜', 3],
  ['崔', 3],
  ['钟', 3],
  ['谭', 3],
  ['陆', 4],
  ['汪', 3],
  ['范', 3],
  ['金', 3],
  ['石', 3],
  ['廖', 3],
  ['贾', 3],
  ['夏', 3],
  ['韦', 2],
  ['方', 3],
  ['邱', 2],
  ['顾', 3],
  ['施', 2],
  ['钱', 2],
  ['倪', 2],
  ['严', 2],
  ['欧阳', 1],
  ['诸葛', 1],
  ['司马', 1],
];

const GIVEN_MALE = [...'伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林阳建国志文海峰晨浩然子轩博宇思远家豪俊杰天佑'];
const GIVEN_FEMALE = [...'芳娜敏静丽艳娟霞秀玲桂英燕红梅琳颖慧佳雪婷倩晶妍洁琪悦欣怡诗涵梓萱思雨晓雯嘉欣若汐'];
const GIVEN_ANY = [...'一子文思佳晓嘉雨欣天明新立安宇晨'];

/** A table of 4096 slots filled in proportion to the weights: O(1) weighted picks. */
function weightedTable(items: [string, number][]): string[] {
  const total = items.reduce((s, [, w]) => s + w, 0);
  const table: string[] = [];
  let acc = 0;
  for (const [item, w] of items) {
    acc += w;
    const end = Math.round((acc / total) * 4096);
    while (table.length < end) table.push(item);
  }
  return table;
}
const SURNAME_TABLE = weightedTable(SURNAMES);

export function syntheticName(rng: Rng, sex: 'male' | 'female'): string {
  const surname = SURNAME_TABLE[rng.next() & 4095]!;
  const pool = sex === 'male' ? GIVEN_MALE : GIVEN_FEMALE;
  const pick = () => (rng.int(5) === 0 ? GIVEN_ANY[rng.int(GIVEN_ANY.length)]! : pool[rng.int(pool.length)]!);
  // About one in four Chinese given names has a single character.
  return rng.int(4) === 0 ? surname + pick() : surname + pick() + pick();
}

const DAY_MS = 86_400_000;

function parseDay(s: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) throw new RangeError(`referenceDate must be YYYY-MM-DD, got ${s}`);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(t).toISOString().slice(0, 10) !== s) throw new RangeError(`not a real date: ${s}`);
  return t / DAY_MS;
}

/** Day number of the same calendar day `years` later (29 February → 1 March). */
function addYears(day: number, years: number): number {
  const d = new Date(day * DAY_MS);
  return Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate()) / DAY_MS;
}

/** Oldest joining date we generate: members do not go back further than this. */
const EARLIEST_JOIN_YEARS = 40;

export function* syntheticPeople(opts: SyntheticPeopleOptions): Generator<SyntheticPerson> {
  const { seed, count } = opts;
  if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be a non-negative integer');
  if (count > MOBILE_SPACE) throw new RangeError(`at most ${MOBILE_SPACE} synthetic people per seed`);
  const ref = parseDay(opts.referenceDate);
  // Age 18–65 on the reference day: born after ref − 66 years and on or before ref − 18 years.
  const firstBirth = addYears(ref, -66) + 1;
  const lastBirth = addYears(ref, -18);
  const birthDays = lastBirth - firstBirth + 1;

  // Precomputed day strings from the first birth day to the reference day.
  const span = ref - firstBirth + 1;
  const iso: string[] = new Array(span);
  const compact: string[] = new Array(span);
  for (let i = 0; i < span; i++) {
    const s = new Date((firstBirth + i) * DAY_MS).toISOString().slice(0, 10);
    iso[i] = s;
    compact[i] = s.slice(0, 4) + s.slice(5, 7) + s.slice(8, 10);
  }

  // ID number = address (6) + birth date (8) + sequence (3) + check: index a point of that space.
  const idSpace = addressCodes.length * birthDays * 1000;
  const idPermutation = createPermutation(idSpace, seed);
  const mobilePermutation = createPermutation(MOBILE_SPACE, seed ^ 0x3c6ef372);
  // Earliest joining day per birth day: the 18th birthday, but not before EARLIEST_JOIN_YEARS ago.
  const earliestJoin = addYears(ref, -EARLIEST_JOIN_YEARS);
  const joinFrom = new Int32Array(birthDays);
  for (let d = 0; d < birthDays; d++) joinFrom[d] = Math.max(addYears(firstBirth + d, 18), earliestJoin);
  const rng = createRng(seed);
  const cats = Object.entries(categoryRates) as [PersonCategory, number][];

  for (let i = 0; i < count; i++) {
    const x = idPermutation(i);
    const seq = x % 1000;
    const rest = (x - seq) / 1000;
    const day = rest % birthDays;
    const addr = (rest - day) / birthDays;
    const first17 = addressCodes[addr]! + compact[day]! + String(seq).padStart(3, '0');
    const idNumber = first17 + idCheckCharacter(first17);
    const sex: 'male' | 'female' = seq % 2 === 1 ? 'male' : 'female';

    const categories: PersonCategory[] = [];
    for (const [c, p] of cats) if (rng.float() < p) categories.push(c);
    // Gig and flexible workers are frontline by nature.
    if ((categories.includes('gig-worker') || categories.includes('flexible-worker')) && !categories.includes('frontline-worker'))
      categories.unshift('frontline-worker');

    const from = joinFrom[day]!;
    const joined = from + rng.int(ref - from + 1);

    yield {
      name: syntheticName(rng, sex),
      idNumber,
      mobile: MOBILE_PREFIX + String(mobilePermutation(i)).padStart(7, '0'),
      birthDate: iso[day]!,
      sex,
      categories,
      joinedOn: iso[joined - firstBirth]!,
    };
  }
}
