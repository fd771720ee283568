// The notifications module's exported read API for other modules: has a notice with this template
// and payload key been sent already (reminders go once)?
import type { Executor } from '../../platform/context.ts';
import * as repo from './repository.ts';

export const noticeSent = (db: Executor, template: string, key: string): Promise<boolean> => repo.noticeSent(db, template, key);
