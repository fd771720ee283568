import { sql, type Kysely } from 'kysely';

// Issue 14 §1: the member import near the raw load, memory flat in the number of rows.
//
// The import staged each valid row as one jsonb document (`import_rows.data`), and its commit read
// them back into the server chunk by chunk, serialised them again and had the database take the JSON
// apart (`jsonb_array_elements`) twice per chunk: the commit alone took twice a raw COPY of the same
// rows. `member_staging` holds the staged rows in the registry's own column types, owned by the
// members module (its bulk insert reads it): the validation COPYs into it as it reads the file, the
// checks that need every row (the same ID number or member number twice in the file, already a
// member, member number taken) are set-based queries over it, and the commit is one
// INSERT … SELECT per table and chunk. A row with problems is staged too when its ID number or member
// number can be read (`ok` false), only so a later row repeating it is named as a duplicate, as before.
// Rows of batches still waiting for a decision move over from `import_rows`, which goes.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
create table member_staging (
  batch_id bigint not null references import_batches(id) on delete cascade,
  row_no int not null,
  ok boolean not null,
  id_hash text,
  member_no text,
  name text,
  id_cipher text,
  id_masked text,
  birth_date date,
  sex text,
  phone_hash text,
  phone_cipher text,
  phone_masked text,
  categories text[],
  org_id bigint,
  joined_on date,
  card_status text,
  e_membership boolean,
  primary key (batch_id, row_no)
);

insert into member_staging (batch_id, row_no, ok, id_hash, member_no, name, id_cipher, id_masked, birth_date, sex,
                            phone_hash, phone_cipher, phone_masked, categories, org_id, joined_on, card_status, e_membership)
select r.batch_id, r.row_no, true, r.data->>'idHash', r.data->>'memberNo', r.data->>'name', r.data->>'idCipher', r.data->>'idMasked', (r.data->>'birthDate')::date, r.data->>'sex',
       r.data->>'phoneHash', r.data->>'phoneCipher', r.data->>'phoneMasked', array(select jsonb_array_elements_text(r.data->'categories')), (r.data->>'orgId')::bigint,
       (r.data->>'joinedOn')::date, r.data->>'cardStatus', (r.data->>'eMembership')::boolean
  from import_rows r join import_batches b on b.id = r.batch_id
 where b.status in ('validated', 'importing');

drop table import_rows;
`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
create table import_rows (
  batch_id bigint not null references import_batches(id) on delete cascade,
  row_no int not null,
  data jsonb not null,
  primary key (batch_id, row_no)
);
insert into import_rows (batch_id, row_no, data)
select batch_id, row_no, jsonb_build_object('name', name, 'idHash', id_hash, 'idCipher', id_cipher, 'idMasked', id_masked, 'birthDate', birth_date,
         'sex', sex, 'phoneHash', phone_hash, 'phoneCipher', phone_cipher, 'phoneMasked', phone_masked, 'orgId', org_id, 'joinedOn', joined_on,
         'memberNo', member_no, 'cardStatus', card_status, 'eMembership', e_membership, 'categories', to_jsonb(categories))
  from member_staging where ok;
drop table member_staging;
`.execute(db);
}
