import type { Kysely, Transaction } from 'kysely';
import type { Actor } from './access.ts';
import type { Lang } from './errors.ts';
import type { DB } from '../db/schema.ts';

/** What a service needs to know about the request it serves. */
export interface RequestContext {
  actor: Actor | null;
  ip: string | null;
  requestId: string | null;
  lang: Lang;
}

export type Executor = Kysely<DB> | Transaction<DB>;

export const systemContext = (): RequestContext => ({ actor: null, ip: null, requestId: null, lang: 'zh' });
