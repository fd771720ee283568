// Every domain module, in the order its routes are registered. The app (routes), the services
// (jobs, schedules, notice templates) and the boundary test all read this one list.
import type { ModuleDefinition } from '../platform/module.ts';
import { accountsModule } from './accounts/module.ts';
import { announcementsModule } from './announcements/module.ts';
import { applicationsModule } from './applications/module.ts';
import { auditModule } from './audit/module.ts';
import { authModule } from './auth/module.ts';
import { calendarModule } from './calendar/module.ts';
import { callsModule } from './calls/module.ts';
import { classesModule } from './classes/module.ts';
import { documentsModule } from './documents/module.ts';
import { entitlementsModule } from './entitlements/module.ts';
import { healthModule } from './health/module.ts';
import { importsModule } from './imports/module.ts';
import { membersModule } from './members/module.ts';
import { metaModule } from './meta/module.ts';
import { notificationsModule } from './notifications/module.ts';
import { orgsModule } from './orgs/module.ts';
import { payoutsModule } from './payouts/module.ts';
import { policyModule } from './policy/module.ts';
import { programsModule } from './programs/module.ts';
import { progressModule } from './progress/module.ts';
import { projectsModule } from './projects/module.ts';
import { poolsModule } from './pools/module.ts';
import { protectionModule } from './protection/module.ts';
import { sitesModule } from './sites/module.ts';
import { surveysModule } from './surveys/module.ts';
import { workModule } from './work/module.ts';

export const modules: readonly ModuleDefinition[] = [
  healthModule,
  authModule,
  orgsModule,
  membersModule,
  importsModule,
  auditModule,
  accountsModule,
  policyModule,
  metaModule,
  calendarModule,
  notificationsModule,
  programsModule,
  documentsModule,
  applicationsModule,
  payoutsModule,
  callsModule,
  projectsModule,
  progressModule,
  entitlementsModule,
  surveysModule,
  protectionModule,
  poolsModule,
  workModule,
  sitesModule,
  announcementsModule,
  classesModule,
];

/** Tables the platform itself owns (the job queue). */
export const platformTables = ['jobs'] as const;
