// The child process of durability.test.ts: commits one row per transaction into the data folder given as
// argument and prints `ack N` only after COMMIT has returned, until it is killed.
import { sql } from 'kysely';
import { openDatabase } from '../src/db/database.ts';

const database = await openDatabase({ dataDir: process.argv[2]! });
await sql`create table if not exists probe (n int primary key, note text)`.execute(database.db);
let n = Number((await sql<{ n: number }>`select coalesce(max(n), 0) as n from probe`.execute(database.db)).rows[0]!.n);
process.stdout.write(`ready ${n}\n`);
for (;;) {
  n++;
  await database.db.transaction().execute((trx) => sql`insert into probe values (${n}, repeat('x', 2000))`.execute(trx));
  process.stdout.write(`ack ${n}\n`);
}
