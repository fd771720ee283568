import type pino from 'pino';
import type { Config } from './config.ts';
import type { Database } from '../db/database.ts';
import type { PersonalDataVault } from './personal-data.ts';
import type { JobQueue } from './jobs.ts';

/** The long-lived parts a request handler or a job can reach. Built once in `createServices`. */
export interface Services {
  config: Config;
  database: Database;
  vault: PersonalDataVault;
  log: pino.Logger;
  jobs: JobQueue;
  /** Demo mode prints one-time codes to the log so people can try member login without SMS. */
  demoMode: boolean;
}
