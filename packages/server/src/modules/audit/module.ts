// The audit trail (written by platform/audit.ts, hash-chained) and the login log, with retention.
import { dailyAt, defineModule } from '../../platform/module.ts';
import { auditRoutes } from './routes.ts';
import { retentionJob } from './retention.ts';

export const auditModule = defineModule({
  name: 'audit',
  owns: ['audit_log', 'audit_chain', 'login_log'],
  routes: auditRoutes,
  jobs: [retentionJob],
  schedules: [{ job: retentionJob, next: dailyAt(3) }],
});
