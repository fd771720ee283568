import { sql, type Kysely } from 'kysely';

// Member protection, part 3: the claim workflow on protection_claims (003 附件2-1 二、关于给付).
// - documents: the filed materials as { id, type, fileName, sha256 } (the documents module keeps the files);
// - pay_to_org_id: the regional union paid for unit-enrolled deaths (003 二(二) 单位统一参保会员：除意外身故和疾病保障金
//   划入区局（产业）工会指定账户内), null when the member card is paid;
// - paid_by / payment_reference: who recorded the payment and the bank reference;
// - a document is used by one live claim only, and a claim is paid at most once (status moves approved → paid
//   under a row lock; protection_claims_once keeps a second live claim on the same cover, benefit and day out).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
alter table protection_claims add column documents jsonb not null default '[]';
alter table protection_claims add column pay_to_org_id bigint references orgs(id);
alter table protection_claims add column paid_by bigint references accounts(id);
alter table protection_claims add column payment_reference text;
alter table protection_claims add column description text;
create index protection_claims_status_idx on protection_claims (status, pay_by);
`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
drop index protection_claims_status_idx;
alter table protection_claims drop column documents, drop column pay_to_org_id, drop column paid_by, drop column payment_reference, drop column description;`.execute(
    db,
  );
}
