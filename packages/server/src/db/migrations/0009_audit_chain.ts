import { sql, type Kysely } from 'kysely';

// A hash-chained audit trail (issue 8 §5): each entry gets `seq` (gapless, the order of the chain) and
// `hash` = SHA-256(previous hash || canonical JSON of the entry), so a changed, removed or inserted entry is
// found by `shishi audit verify`, even one made by a superuser past the append-only trigger.
//
// Chained when its transaction commits, by a deferred trigger, not when writeAudit inserts: the chain head
// (`audit_chain`, one row) is row-locked only from COMMIT to the end of the commit, so concurrent
// transactions queue there briefly and never fork the chain, and a long transaction (an import) does not hold
// every other writer back. Committed entries are therefore always chained; the hash covers what is stored
// (after any masking in writeAudit). Read-committed transactions only: a repeatable-read one that writes the
// audit trail would fail at COMMIT on a concurrent seal rather than fork.
//
// The canonical form is mirrored in platform/audit-chain.ts, which recomputes every hash in JavaScript: a JSON
// array, no spaces, of seq, id, at (UTC, microseconds), actor_id, actor_name, actor_role, org_path, action,
// entity, entity_id, summary, before, after (jsonb text), ip, request_id.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
alter table audit_log add column seq bigint, add column hash text;
create unique index audit_log_seq_uq on audit_log (seq);

create table audit_chain (
  id int primary key check (id = 1),
  seq bigint not null,
  hash text not null,
  sealed_at timestamptz not null default now()
);
insert into audit_chain (id, seq, hash) values (1, 0, repeat('0', 64));

create function audit_log_canonical(r audit_log) returns text language sql stable as $$
  select '[' || concat_ws(',',
    coalesce(to_json(r.seq)::text, 'null'),
    coalesce(to_json(r.id)::text, 'null'),
    coalesce(to_json(to_char(r.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text, 'null'),
    coalesce(to_json(r.actor_id)::text, 'null'),
    coalesce(to_json(r.actor_name)::text, 'null'),
    coalesce(to_json(r.actor_role)::text, 'null'),
    coalesce(to_json(r.org_path)::text, 'null'),
    coalesce(to_json(r.action)::text, 'null'),
    coalesce(to_json(r.entity)::text, 'null'),
    coalesce(to_json(r.entity_id)::text, 'null'),
    coalesce(to_json(r.summary)::text, 'null'),
    coalesce(r.before::text, 'null'),
    coalesce(r.after::text, 'null'),
    coalesce(to_json(r.ip)::text, 'null'),
    coalesce(to_json(r.request_id)::text, 'null')) || ']'
$$;

-- Append one entry to the chain. The UPDATE of the head takes its row lock: a concurrent sealer waits here
-- and then (read committed) sees the head this one leaves.
create function audit_chain_append(entry_id bigint) returns void language plpgsql as $$
declare
  head audit_chain;
  r audit_log;
  h text;
begin
  update audit_chain set seq = seq + 1 where id = 1 returning * into head;
  select * into strict r from audit_log where id = entry_id;
  r.seq := head.seq;
  h := encode(sha256(convert_to(head.hash || audit_log_canonical(r), 'UTF8')), 'hex');
  update audit_log set seq = r.seq, hash = h where id = entry_id;
  update audit_chain set hash = h, sealed_at = now() where id = 1;
end $$;

create function audit_log_seal() returns trigger language plpgsql as $$
begin
  perform audit_chain_append(new.id);
  return null;
end $$;
create constraint trigger audit_log_seal after insert on audit_log
  deferrable initially deferred for each row execute function audit_log_seal();

create function audit_log_unsealed_insert() returns trigger language plpgsql as $$
begin
  if new.seq is not null or new.hash is not null then
    raise exception 'audit_log: seq and hash are set by the chain when the transaction commits';
  end if;
  return new;
end $$;
create trigger audit_log_insert_unsealed before insert on audit_log
  for each row execute function audit_log_unsealed_insert();

-- Still append-only; the one change allowed is the seal: seq and hash set once, from the chain (inside a
-- trigger), on an entry that has neither, with nothing else changed.
create or replace function audit_log_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and pg_trigger_depth() > 1 and old.seq is null and old.hash is null
     and new.seq is not null and new.hash is not null
     and (to_jsonb(new) - 'seq' - 'hash') = (to_jsonb(old) - 'seq' - 'hash') then
    return new;
  end if;
  raise exception 'audit_log is append-only';
end $$;
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_append_only();

create function audit_chain_guard() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and pg_trigger_depth() > 1 then
    return new;
  end if;
  raise exception 'audit_chain is changed only by sealing audit_log entries';
end $$;
create trigger audit_chain_no_change before update or delete on audit_chain
  for each row execute function audit_chain_guard();
create trigger audit_chain_no_truncate before truncate on audit_chain
  for each statement execute function audit_chain_guard();
`.execute(db);
  // Chain the entries written before this migration, in the order they were written.
  await sql`
alter table audit_log disable trigger audit_log_no_change;
alter table audit_chain disable trigger audit_chain_no_change;
do $$
declare r record;
begin
  for r in select id from audit_log where seq is null order by id loop
    perform audit_chain_append(r.id);
  end loop;
end $$;
alter table audit_chain enable trigger audit_chain_no_change;
alter table audit_log enable trigger audit_log_no_change;
`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
drop trigger audit_log_seal on audit_log;
drop trigger audit_log_insert_unsealed on audit_log;
drop trigger audit_log_no_truncate on audit_log;
drop function audit_log_seal();
drop function audit_log_unsealed_insert();
drop function audit_chain_append(bigint);
drop function audit_log_canonical(audit_log);
drop table audit_chain;
create or replace function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end $$;
alter table audit_log disable trigger audit_log_no_change;
alter table audit_log drop column seq, drop column hash;
alter table audit_log enable trigger audit_log_no_change;
`.execute(db);
}
