import type pino from 'pino';
import type { Config } from './config.ts';
import type { Database } from '../db/database.ts';
import type { PersonalDataVault } from './personal-data.ts';
import type { JobQueue } from './jobs.ts';
import type { Clock } from './clock.ts';

/** The long-lived parts a request handler or a job can reach. Built once in `createServices`. */
export interface Services {
  config: Config;
  database: Database;
  vault: PersonalDataVault;
  log: pino.Logger;
  jobs: JobQueue;
  /** The one clock: Shanghai's day (SHISHI_TODAY pins it); tests and the demo loader swap in a fixed one. */
  clock: Clock;
  /** Demo mode prints one-time codes to the log so people can try member login without SMS. */
  demoMode: boolean;
}
