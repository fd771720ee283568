// The claim coalescer: concurrent claims on one pool are written in one transaction per short batch (group commit).
// Why: one commit per claim held the pool row for one disk sync per place (262 claims/s on PGlite, 21% of a plain read).
// How, per pool and per process:
// - a claim joins the pool's queue; when no batch of that pool is running, a batch starts after WAIT_MS (a few ms to
//   let concurrent claims gather); claims arriving while a batch runs make the next batch, started as soon as it ends;
// - one batch = one transaction: the pool row `FOR UPDATE` (the lock that orders batches, across processes too), one
//   read of the members' active memberships, one multi-row INSERT … ON CONFLICT DO NOTHING RETURNING of at most the
//   places left (in arrival order: first come, first served), one `UPDATE pools SET taken = taken + n WHERE taken + n
//   <= capacity` — never oversold (and the check constraint taken <= capacity is the last guard), never a place lost
//   (the claim rows and the count commit together or not at all), a second claim by the same member finds the
//   unique (pool, member) row and is answered 409 already-claimed;
// - each caller is answered from the batch's outcome; nothing is kept in memory past the answer, the database stays the
//   truth (a restart loses only claims not yet answered, and none of them was written).
// If a batch fails as a whole (an unexpected database error), its claims are retried one by one so one bad claim
// cannot refuse the others.
import { outsideQueryScope } from '../../db/query-guard.ts';
import { pathInScope, type Actor } from '../../platform/access.ts';
import { AppError, conflict, forbidden, notFound } from '../../platform/errors.ts';
import type { Executor } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';
import * as repo from './repository.ts';

/** How long a batch waits for company when the pool is idle. */
const WAIT_MS = 2;
/** The most claims one transaction writes. */
const MAX_BATCH = 1000;

export interface Granted {
  id: number;
  poolId: number;
  memberId: number;
  capacity: number;
  taken: number;
  remaining: number;
}

interface Pending {
  actor: Actor;
  personId: number;
  resolve: (g: Granted) => void;
  reject: (e: unknown) => void;
}

interface Queue {
  pending: Pending[];
  running: boolean;
  timer: NodeJS.Timeout | null;
}

const queues = new WeakMap<Services, Map<number, Queue>>();

/** Claim one place for `personId` through the pool's batch; resolves with the grant or rejects with the refusal. */
export function enqueueClaim(s: Services, poolId: number, actor: Actor, personId: number): Promise<Granted> {
  let byPool = queues.get(s);
  if (!byPool) queues.set(s, (byPool = new Map()));
  let q = byPool.get(poolId);
  if (!q) byPool.set(poolId, (q = { pending: [], running: false, timer: null }));
  const queue = q;
  return new Promise<Granted>((resolve, reject) => {
    queue.pending.push({ actor, personId, resolve, reject });
    // The batch serves every claimant in it: it runs outside the request that started it, so that one
    // claimant's client going away (query-guard cancels its request's statements) does not cancel the others'.
    if (!queue.running && !queue.timer) queue.timer = outsideQueryScope(() => setTimeout(() => void drain(s, poolId, queue, byPool!), WAIT_MS));
  });
}

async function drain(s: Services, poolId: number, q: Queue, byPool: Map<number, Queue>) {
  q.timer = null;
  q.running = true;
  try {
    while (q.pending.length) {
      const batch = q.pending.splice(0, MAX_BATCH);
      try {
        await runBatch(s, poolId, batch);
      } catch (err) {
        if (batch.length === 1) batch[0]!.reject(err);
        else for (const one of batch) await runBatch(s, poolId, [one]).catch(one.reject);
      }
    }
  } finally {
    q.running = false;
    if (!q.pending.length) byPool.delete(poolId);
    else q.timer = outsideQueryScope(() => setTimeout(() => void drain(s, poolId, q, byPool), 0));
  }
}

const fullError = (p: { title: string; capacity: number }) =>
  conflict('pool-full', { zh: `“${p.title}”的 ${p.capacity} 个名额已满`, en: `All ${p.capacity} places of “${p.title}” are taken` });

/** The refusal of one claim before any place is taken (same checks, same order as the single claim had). */
function refusal(p: repo.PoolRow, c: Pending, m: repo.MemberRow | undefined, now: Date): AppError | null {
  const member = c.actor.role === 'member';
  if (!m || (!member && !pathInScope(c.actor, m.path))) {
    if (member) return forbidden({ zh: '您目前没有有效的会籍，不能领取名额', en: 'You have no active membership' });
    return notFound('member', c.personId);
  }
  const sees = member
    ? m.path.startsWith(p.org_path)
    : pathInScope(c.actor, p.org_path) || (c.actor.orgPath !== null && c.actor.orgPath.startsWith(p.org_path));
  if (!sees) return notFound('pool', p.id);
  if (!m.path.startsWith(p.org_path))
    return conflict('not-in-pool-scope', {
      zh: `该会员所在工会不在“${p.title}”（${p.org_name}）的范围内`,
      en: `The member's union is not under ${p.org_name}, whose pool this is`,
    });
  if (now < new Date(p.opens_at))
    return conflict(
      'pool-not-open',
      { zh: `“${p.title}”尚未开放（${new Date(p.opens_at).toISOString()} 起）`, en: `“${p.title}” opens at ${new Date(p.opens_at).toISOString()}` },
      { opensAt: p.opens_at },
    );
  if (now >= new Date(p.closes_at))
    return conflict(
      'pool-closed',
      { zh: `“${p.title}”已截止（${new Date(p.closes_at).toISOString()}）`, en: `“${p.title}” closed at ${new Date(p.closes_at).toISOString()}` },
      { closesAt: p.closes_at },
    );
  return null;
}

async function runBatch(s: Services, poolId: number, batch: Pending[]) {
  const answers: (() => void)[] = [];
  await s.database.db.transaction().execute(async (trx: Executor) => {
    const p = await repo.lockPool(trx, poolId);
    if (!p) {
      for (const c of batch) answers.push(() => c.reject(notFound('pool', poolId)));
      return;
    }
    const members = new Map((await repo.activeMemberships(trx, [...new Set(batch.map((c) => c.personId))])).map((m) => [m.person_id, m]));
    const now = s.clock.now();
    // In arrival order: refusals first, then duplicates within the batch, then the candidates.
    const seen = new Set<number>();
    const candidates: { c: Pending; m: repo.MemberRow }[] = [];
    const already = (c: Pending) =>
      answers.push(() =>
        c.reject(
          conflict('already-claimed', {
            zh: `该会员已领取“${p.title}”的名额，每人限一个`,
            en: `The member already holds a place in “${p.title}”; one per member`,
          }),
        ),
      );
    for (const c of batch) {
      const m = members.get(c.personId);
      const no = refusal(p, c, m, now);
      if (no) answers.push(() => c.reject(no));
      else if (seen.has(c.personId)) already(c);
      else {
        seen.add(c.personId);
        candidates.push({ c, m: m! });
      }
    }
    let left = p.capacity - p.taken;
    let taken = p.taken;
    let i = 0;
    const granted: { c: Pending; id: number; taken: number }[] = [];
    // Insert at most the places left; rows refused by the unique (pool, member) make room for the next candidates.
    while (left > 0 && i < candidates.length) {
      const slice = candidates.slice(i, i + left);
      i += slice.length;
      const rows = await repo.insertClaims(
        trx,
        slice.map(({ c, m }) => ({ poolId, personId: c.personId, membershipId: m.id, orgId: m.org_id, claimedBy: c.actor.accountId })),
      );
      const ids = new Map(rows.map((r) => [r.person_id, r.id]));
      for (const { c } of slice) {
        const id = ids.get(c.personId);
        if (id === undefined) already(c);
        else granted.push({ c, id, taken: ++taken });
      }
      left -= rows.length;
    }
    for (const { c } of candidates.slice(i)) answers.push(() => c.reject(fullError(p)));
    if (granted.length) {
      const t = await repo.takePlaces(trx, poolId, granted.length);
      if (!t || t.taken !== taken) throw new Error(`pool ${poolId}: the count moved under the lock`); // cannot happen: rolls everything back
    }
    for (const g of granted)
      answers.push(() => g.c.resolve({ id: g.id, poolId, memberId: g.c.personId, capacity: p.capacity, taken: g.taken, remaining: p.capacity - g.taken }));
  });
  // Answer only once committed.
  for (const a of answers) a();
}
