// Organisation payees (issue 11 §1): the bank account an organisation is paid to, with who verified
// it. A union registers its account (or the officer above it does); an officer of the finance
// department, not the one who registered it, verifies it; only a verified active account is paid.
// A new account retires the previous one, so the history of accounts stays.
import { can, pathInScope, type Actor } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { conflict, forbidden, notFound } from '../../platform/errors.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import * as repo from './repository.ts';

type Row = repo.PayeeAccountRow;

export const maskAccountNo = (no: string) => {
  const digits = no.replace(/[^0-9]/g, '');
  return `${'*'.repeat(Math.max(0, digits.length - 4))}${digits.slice(-4)}`;
};

export function presentPayeeAccount(r: Row, full = false) {
  return {
    id: r.id,
    org: { id: r.org_id, name: r.org_name },
    bank: r.bank,
    accountName: r.account_name,
    accountNo: full ? r.account_no : maskAccountNo(r.account_no),
    status: r.status,
    verified: r.verified_by !== null,
    verifiedBy: r.verifier ?? null,
    verifiedAt: r.verified_at,
    createdAt: r.created_at,
  };
}

/** The active account of an org (verified or not), or undefined. */
export async function activePayeeAccount(db: Executor, orgId: number) {
  return repo.activePayeeAccountOf(db, orgId);
}

/** Accounts of orgs in the actor's scope (or of one org), newest first. */
export async function payeeAccountsOf(db: Executor, actor: Actor, orgId?: number) {
  const rows = await repo.payeeAccountRows(db, orgId);
  // Departments and the auditor read the whole federation; an officer reads their subtree.
  return rows.filter((r) => pathInScope(actor, r.org_path));
}

/** Registers an org's account (retiring the active one), in the caller's transaction. */
export async function registerPayeeAccount(trx: Executor, ctx: RequestContext, input: { orgId: number; bank: string; accountName: string; accountNo: string }) {
  const actor = ctx.actor!;
  const org = await repo.orgForPayee(trx, input.orgId);
  if (!org || !pathInScope(actor, org.path)) throw notFound('org', input.orgId);
  if (actor.role === 'department-officer' || actor.role === 'auditor')
    throw forbidden({ zh: '收款账户由单位本级或上级工会登记', en: 'An account is registered by the union itself or a union above it' });
  const previous = await activePayeeAccount(trx, org.id);
  if (previous) await repo.retirePayeeAccount(trx, previous.id);
  const row = {
    id: await repo.insertPayeeAccount(trx, {
      orgId: org.id,
      bank: input.bank,
      accountName: input.accountName,
      accountNo: input.accountNo,
      createdBy: actor.accountId,
    }),
  };
  await writeAudit(trx, ctx, {
    action: 'payee-account.register',
    entity: 'payee-account',
    entityId: row.id,
    orgPath: org.path,
    summary: `${org.name} ${input.bank} ${maskAccountNo(input.accountNo)}`,
    ...(previous ? { before: { id: previous.id } } : {}),
    after: { bank: input.bank, accountName: input.accountName, accountNo: maskAccountNo(input.accountNo) },
  });
  return presentPayeeAccount(await repo.payeeAccountById(trx, row.id));
}

/** The finance department verifies an account; never the account that registered it. */
export async function verifyPayeeAccount(trx: Executor, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  const r = await repo.lockPayeeAccount(trx, id);
  if (!r || !pathInScope(actor, r.org_path)) throw notFound('payee-account', id);
  const fn = actor.orgId ? await repo.orgFunctionCode(trx, actor.orgId) : null;
  if (!can(actor, 'payouts.approve-finance') || fn !== 'finance')
    throw forbidden({ zh: '收款账户由财务资产管理部核验', en: 'Accounts are verified by the finance department' });
  if (r.created_by === actor.accountId) throw forbidden({ zh: '登记人不能核验自己登记的账户', en: 'Whoever registered an account cannot verify it' });
  if (r.status !== 'active') throw conflict('payee-account-retired', { zh: '该账户已停用', en: 'This account is retired' });
  if (r.verified_by !== null) throw conflict('payee-account-verified', { zh: `该账户已由${r.verifier}核验`, en: `This account was verified by ${r.verifier}` });
  await repo.setPayeeVerified(trx, id, actor.accountId);
  await writeAudit(trx, ctx, {
    action: 'payee-account.verify',
    entity: 'payee-account',
    entityId: id,
    orgPath: r.org_path,
    summary: `${r.org_name} ${r.bank} ${maskAccountNo(r.account_no)}`,
  });
  return presentPayeeAccount(await repo.payeeAccountById(trx, id));
}
