/**
 * Benchmark (not a test): member-protection evaluations per second through evaluateMany without
 * the trace, and memory per evaluation. Run: node --import tsx packages/policy/bench/evaluate-many.bench.ts [N]
 * (add --expose-gc before --import for steadier memory figures).
 */
import { evaluateMany } from '../src/index.ts';

const N = Number(process.argv[2] ?? 1_000_000);
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
const inputs = makeInputs(N);
evaluateMany('member-protection', '2025-06-01', inputs.slice(0, 50_000)); // warm up (JIT, parameter cache)

gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const t0 = process.hrtime.bigint();
const results = evaluateMany('member-protection', '2025-06-01', inputs);
const t1 = process.hrtime.bigint();
const heapAfter = process.memoryUsage().heapUsed;

const seconds = Number(t1 - t0) / 1e9;
const eligible = results.filter((r) => r.eligible).length;
console.log(`member-protection × ${N.toLocaleString('en')} (trace off)`);
console.log(`  ${Math.round(N / seconds).toLocaleString('en')} evaluations/second (${((seconds * 1e9) / N).toFixed(0)} ns each, ${seconds.toFixed(2)} s)`);
console.log(`  ~${Math.round((heapAfter - heapBefore) / N)} bytes of heap retained per result${gc ? '' : ' (run with --expose-gc for a steadier figure)'}`);
console.log(`  ${eligible.toLocaleString('en')} eligible, ${(N - eligible).toLocaleString('en')} not`);

const T = Math.min(N, 100_000);
const t2 = process.hrtime.bigint();
evaluateMany('member-protection', '2025-06-01', inputs.slice(0, T), { trace: true });
const t3 = process.hrtime.bigint();
console.log(`  with trace: ${Math.round(T / (Number(t3 - t2) / 1e9)).toLocaleString('en')} evaluations/second`);
