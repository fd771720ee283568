import { openDatabase, migrateToLatest, type Database } from './db/database.ts';
import type { Config } from './platform/config.ts';
import { JobQueue } from './platform/jobs.ts';
import { systemClock } from './platform/clock.ts';
import { createLogger } from './platform/logger.ts';
import { PersonalDataVault, resolveSecret } from './platform/personal-data.ts';
import type { Services } from './platform/services.ts';
import { loadStoredCalendar } from './modules/calendar/service.ts';
import { loadApprovedVersions } from './modules/policy/versions.ts';
import { modules } from './modules/index.ts';
import { registerNotices } from './modules/notifications/service.ts';
import { registerDeliveries } from './modules/projects/deliveries.ts';

/** Jobs, schedules, notice templates and delivery counters of every module, from the one list (the CLI gets them too). */
function registerModules(s: Services) {
  for (const m of modules) {
    for (const j of m.jobs ?? []) s.jobs.register(j, s);
    for (const sch of m.schedules ?? []) s.jobs.addSchedule(sch);
    if (m.notices) registerNotices(m.notices, m.name);
    if (m.deliveries) registerDeliveries(m.deliveries, m.name);
  }
}

/** Open the database (PGlite unless DATABASE_URL), migrate it, and assemble the services. */
export async function createServices(config: Config, opts: { database?: Database; memory?: boolean; demoMode?: boolean } = {}): Promise<Services> {
  const log = createLogger(config.logLevel);
  const database =
    opts.database ??
    (await openDatabase({
      ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
      dataDir: config.dataDir,
      durability: config.durability,
      statementTimeoutMs: config.statementTimeoutMs,
      ...(opts.memory ? { memory: true } : {}),
    }));
  await migrateToLatest(database.db);
  const vault = new PersonalDataVault(resolveSecret(config.secret, config.dataDir));
  const jobs = new JobQueue(database.db, log);
  const services: Services = { config, database, vault, log, jobs, clock: systemClock(config.today), demoMode: opts.demoMode ?? config.demo !== 'off' };
  registerModules(services);
  await loadStoredCalendar(services);
  await loadApprovedVersions(services);
  return services;
}
