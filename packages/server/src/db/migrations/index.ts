import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation.ts';
import * as m0002 from './0002_lifecycle.ts';
import * as m0003 from './0003_applications.ts';
import * as m0004 from './0004_calendar.ts';
import * as m0005 from './0005_surveys.ts';
import * as m0006 from './0006_target_actual_from.ts';
import * as m0007 from './0007_accounts_security.ts';
import * as m0008 from './0008_faults.ts';
import * as m0009 from './0009_audit_chain.ts';
import * as m0010 from './0010_protection.ts';
import * as m0011 from './0011_member_history_index.ts';
import * as m0012 from './0012_policy_versions.ts';
import * as m0014 from './0014_pools.ts';
import * as m0015 from './0015_sites.ts';
import * as m0016 from './0016_protection_claims.ts';
import * as m0017 from './0017_protection_claims_flow.ts';
import * as m0021 from './0021_member_scale.ts';
import * as m0022 from './0022_ledger_sources.ts';
import * as m0019 from './0019_quotas.ts';
import * as m0018 from './0018_program_budget.ts';
import * as m0026 from './0026_announcements.ts';
import * as m0027 from './0027_card_events.ts';
import * as m0028 from './0028_gig_protection.ts';
import * as m0029 from './0029_site_grants.ts';
import * as m0030 from './0030_settlement_periods.ts';
import * as m0031 from './0031_region_distribution.ts';
import * as m0032 from './0032_classes.ts';
import * as m0034 from './0034_flexible_covers.ts';
import * as m0035 from './0035_site_claims.ts';
import * as m0036 from './0036_platform_bills.ts';
import * as m0037 from './0037_member_filter_indexes.ts';
import * as m0039 from './0039_platform_bill_disputes.ts';
import * as m0040 from './0040_member_staging.ts';
import * as m0044 from './0044_target_deliveries.ts';
import * as m0045 from './0045_sparse_member_search.ts';

/** Versioned migrations, applied in name order on start and by `shishi db migrate`. */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_lifecycle': m0002,
  '0003_applications': m0003,
  '0004_calendar': m0004,
  '0005_surveys': m0005,
  '0006_target_actual_from': m0006,
  '0007_accounts_security': m0007,
  '0008_faults': m0008,
  '0009_audit_chain': m0009,
  '0010_protection': m0010,
  '0011_member_history_index': m0011,
  '0012_policy_versions': m0012,
  '0014_pools': m0014,
  '0015_sites': m0015,
  '0016_protection_claims': m0016,
  '0017_protection_claims_flow': m0017,
  '0021_member_scale': m0021,
  '0022_ledger_sources': m0022,
  '0019_quotas': m0019,
  '0018_program_budget': m0018,
  '0026_announcements': m0026,
  '0027_card_events': m0027,
  '0028_gig_protection': m0028,
  '0029_site_grants': m0029,
  '0030_settlement_periods': m0030,
  '0031_region_distribution': m0031,
  '0032_classes': m0032,
  '0034_flexible_covers': m0034,
  '0035_site_claims': m0035,
  '0036_platform_bills': m0036,
  '0037_member_filter_indexes': m0037,
  '0039_platform_bill_disputes': m0039,
  '0040_member_staging': m0040,
  '0044_target_deliveries': m0044,
  '0045_sparse_member_search': m0045,
};
