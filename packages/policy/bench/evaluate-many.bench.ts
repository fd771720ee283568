/**
 * Benchmark (not a test): member-protection evaluations per second through evaluateMany without
 * the trace, and heap retained per result. Two shapes of use:
 *   - one batch of N whose results are all kept (the heap grows by every result), and
 *   - streaming: chunks of 10,000 whose results are consumed and dropped (a job writing rows out).
 * Best of 3 rounds (the machine may be shared). Run:
 *   node --expose-gc --import tsx packages/policy/bench/evaluate-many.bench.ts [N]
 */
import { evaluateMany } from '../src/index.ts';

const N = Number(process.argv[2] ?? 1_000_000);
const CHUNK = 10_000;
const PLANS = ['A', 'B', 'A+', 'B+'];
const MODES = ['collective', 'new-card', 'card-without-cover', 'individual'];

function makeInputs(n: number): unknown[] {
  const out: unknown[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const mode = MODES[i % 4]!;
    const month = String(1 + (i % 12)).padStart(2, '0');
    const day = String(1 + (i % 28)).padStart(2, '0');
    out[i] =
      mode === 'collective'
        ? { plan: PLANS[(i >> 2) % 4], mode, unitCategory: i % 7 === 0 ? 'special' : 'ordinary' }
        : {
            plan: PLANS[(i >> 2) % 4],
            mode,
            unitCategory: i % 7 === 0 ? 'special' : 'ordinary',
            eventDate: `2025-${month}-${day}`,
            ...(mode === 'individual' && { firstIndividualEnrollment: i % 3 !== 0 }),
          };
  }
  return out;
}

const gc = (globalThis as { gc?: () => void }).gc;
const rate = (n: number, ns: bigint) => Math.round(n / (Number(ns) / 1e9));
const fmt = (n: number) => n.toLocaleString('en');
const inputs = makeInputs(N);
evaluateMany('member-protection', '2025-06-01', inputs.slice(0, 50_000)); // warm up (JIT, parameter cache)

/** CPU time of this process (all threads, so GC helper threads count too), in ns. */
const cpu = () => {
  const u = process.cpuUsage();
  return BigInt(u.user + u.system) * 1000n;
};

let bestKept = 0;
let bestStream = 0;
let bestStreamCpu = 0;
let bestKeptCpu = 0;
let bytes = 0;
let eligible = 0;
for (let round = 0; round < 3; round++) {
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const c0 = cpu();
  const t0 = process.hrtime.bigint();
  const results = evaluateMany('member-protection', '2025-06-01', inputs);
  const t1 = process.hrtime.bigint();
  bestKeptCpu = Math.max(bestKeptCpu, rate(N, cpu() - c0));
  gc?.();
  bytes = Math.round((process.memoryUsage().heapUsed - heapBefore) / N);
  eligible = results.filter((r) => r.eligible).length;
  bestKept = Math.max(bestKept, rate(N, t1 - t0));
  results.length = 0;
  gc?.();

  let sink = 0;
  const c2 = cpu();
  const t2 = process.hrtime.bigint();
  for (let i = 0; i < N; i += CHUNK) {
    for (const r of evaluateMany('member-protection', '2025-06-01', inputs.slice(i, i + CHUNK))) if (r.eligible) sink++;
  }
  const t3 = process.hrtime.bigint();
  if (sink !== eligible) throw new Error('streaming and batch disagree');
  bestStream = Math.max(bestStream, rate(N, t3 - t2));
  bestStreamCpu = Math.max(bestStreamCpu, rate(N, cpu() - c2));
}

console.log(`member-protection × ${fmt(N)} (trace off, best of 3)`);
console.log(`  streaming (chunks of ${fmt(CHUNK)}): ${fmt(bestStream)} evaluations/second wall, ${fmt(bestStreamCpu)} per CPU-second`);
console.log(`  one batch, all results kept:    ${fmt(bestKept)} evaluations/second wall, ${fmt(bestKeptCpu)} per CPU-second`);
console.log(`  (wall time suffers when the machine is shared; CPU time counts every thread of the process, GC included)`);
console.log(`  heap retained per kept result: ~${bytes} bytes${gc ? '' : ' (run with --expose-gc for this figure)'}`);
console.log(`  ${fmt(eligible)} eligible, ${fmt(N - eligible)} not`);

// The memo answers a repeated input from the first one's result (engine.ts `run`). A roster repeats
// its inputs heavily (a collective enrollment has a handful of distinct ones); the figure below shows
// the engine computing every input afresh, the worst case of a roster whose inputs never repeat.
let bestFresh = 0;
for (let round = 0; round < 3; round++) {
  const c = cpu();
  for (let i = 0; i < N; i += CHUNK) evaluateMany('member-protection', '2025-06-01', inputs.slice(i, i + CHUNK), { memo: false });
  bestFresh = Math.max(bestFresh, rate(N, cpu() - c));
}
console.log(`  every input computed afresh (memo off): ${fmt(bestFresh)} per CPU-second`);

const T = Math.min(N, 100_000);
let withTrace = 0;
let withTraceCpu = 0;
for (let round = 0; round < 3; round++) {
  const c4 = cpu();
  const t4 = process.hrtime.bigint();
  for (let i = 0; i < T; i += CHUNK) evaluateMany('member-protection', '2025-06-01', inputs.slice(i, Math.min(T, i + CHUNK)), { trace: true });
  withTrace = Math.max(withTrace, rate(T, process.hrtime.bigint() - t4));
  withTraceCpu = Math.max(withTraceCpu, rate(T, cpu() - c4));
}
console.log(
  `  with trace (every input computed, the trace built): ${fmt(withTrace)} evaluations/second wall, ${fmt(withTraceCpu)} per CPU-second (${(bestFresh / withTraceCpu).toFixed(1)}× the CPU of memo off without it)`,
);
const GOAL = 1_000_000; // issue 14 §3: member-protection evaluations per CPU-second in batch, trace off
console.log(
  `  goal ≥ ${fmt(GOAL)} per CPU-second (streaming): ${bestStreamCpu >= GOAL ? 'met' : 'missed'} (${(bestStreamCpu / GOAL).toFixed(2)}× the goal); every input computed afresh: ${bestFresh >= GOAL ? 'met' : 'missed'} (${(bestFresh / GOAL).toFixed(2)}× the goal)`,
);
