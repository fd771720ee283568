import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json<T = unknown> = ColumnType<T, string | T, string | T>;

export type OrgKind = 'municipal' | 'department' | 'agency' | 'district' | 'industry' | 'street' | 'park' | 'grassroots' | 'platform';

export interface OrgsTable {
  id: Generated<number>;
  parent_id: number | null;
  path: string;
  depth: number;
  kind: OrgKind;
  name: string;
  short_name: string | null;
  code: string | null;
  unit_category: Generated<'ordinary' | 'special'>;
  function_code: string | null;
  allocation_no: number | null;
  status: Generated<'active' | 'inactive'>;
  address: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  deactivated_at: Date | null;
}

export interface PersonsTable {
  id: Generated<number>;
  name: string;
  id_hash: string;
  id_cipher: string;
  id_masked: string;
  birth_date: string;
  sex: 'male' | 'female';
  phone_hash: string | null;
  phone_cipher: string | null;
  phone_masked: string | null;
  categories: ColumnType<string[], string[] | undefined, string[]>;
  /** The import batch that created this person (null otherwise); a failed import removes its own. */
  import_batch_id: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type MembershipStatus = 'active' | 'transferred' | 'ended';
export type CardStatus = 'none' | 'issued' | 'active' | 'lost' | 'cancelled';

export interface MembershipsTable {
  id: Generated<number>;
  person_id: number;
  org_id: number;
  member_no: string;
  joined_on: string;
  left_on: string | null;
  status: Generated<MembershipStatus>;
  card_status: Generated<CardStatus>;
  e_membership: Generated<boolean>;
  note: string | null;
  /** The import batch that wrote this membership (null otherwise). */
  import_batch_id: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface AccountsTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: string;
  org_id: number | null;
  person_id: number | null;
  password_hash: string | null;
  failed_count: Generated<number>;
  locked_until: Date | null;
  status: Generated<'active' | 'disabled'>;
  last_login_at: Date | null;
  password_changed_at: Date | null;
  created_at: CreatedAt;
  /** The holder's ID number (officer accounts): keyed hash for comparing people, sealed value, masked form. */
  holder_id_hash: string | null;
  holder_id_cipher: string | null;
  holder_id_masked: string | null;
  /** An initial or reset password: every call but who-am-I, change-password and logout is refused until changed. */
  must_change_password: Generated<boolean>;
  disabled_at: Date | null;
}

export interface SessionsTable {
  id: string;
  account_id: number;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Date | null;
  ip: string | null;
}

export interface LoginLogTable {
  id: Generated<number>;
  at: CreatedAt;
  username: string | null;
  account_id: number | null;
  method: 'password' | 'otp';
  success: boolean;
  reason: string | null;
  ip: string | null;
}

export interface OtpCodesTable {
  id: Generated<number>;
  phone_hash: string;
  code_hash: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  used_at: Date | null;
  attempts: Generated<number>;
}

export interface NotificationsTable {
  id: Generated<number>;
  channel: 'sms' | 'portal';
  account_id: number | null;
  person_id: number | null;
  recipient_masked: string | null;
  recipient_cipher: string | null;
  template: string;
  payload: Json<Record<string, unknown>>;
  status: Generated<'pending' | 'sent' | 'failed' | 'read'>;
  created_at: CreatedAt;
  sent_at: Date | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: CreatedAt;
  actor_id: number | null;
  actor_name: string | null;
  actor_role: string | null;
  org_path: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  summary: string | null;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
  ip: string | null;
  request_id: string | null;
  /** Position in the hash chain and the entry's hash, set by the database when the transaction commits (0009). */
  seq: ColumnType<number | null, never, never>;
  hash: ColumnType<string | null, never, never>;
}

/** The head of the audit hash chain: one row (id 1), changed only by sealing. */
export interface AuditChainTable {
  id: number;
  seq: number;
  hash: string;
  sealed_at: Timestamp;
}

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  payload: Json<Record<string, unknown>>;
  status: Generated<'queued' | 'running' | 'done' | 'failed'>;
  run_at: Timestamp;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  locked_at: Date | null;
  progress: Json<Record<string, unknown>> | null;
  result: Json<unknown> | null;
  last_error: string | null;
  created_at: CreatedAt;
  finished_at: Date | null;
}

export interface ImportBatchesTable {
  id: Generated<number>;
  kind: 'members' | 'orgs';
  org_id: number;
  created_by: number | null;
  file_name: string;
  checksum: string;
  status: Generated<'validated' | 'importing' | 'imported' | 'failed' | 'discarded'>;
  total: Generated<number>;
  valid_count: Generated<number>;
  invalid_count: Generated<number>;
  imported_count: Generated<number>;
  /** Row number of the last staged row written by the import job (-1: none yet); committed with the rows. */
  imported_through: Generated<number>;
  errors: Json<unknown[]>;
  job_id: number | null;
  created_at: CreatedAt;
  finished_at: Date | null;
}

/** Rows of a member import waiting for its commit, in the registry's column types (migration 0040; owned by members). */
export interface MemberStagingTable {
  batch_id: number;
  row_no: number;
  /** false: a row with problems, kept only for its ID number and member number (duplicates in the file). */
  ok: boolean;
  id_hash: string | null;
  member_no: string | null;
  name: string | null;
  id_cipher: string | null;
  id_masked: string | null;
  birth_date: string | null;
  sex: string | null;
  phone_hash: string | null;
  phone_cipher: string | null;
  phone_masked: string | null;
  categories: string[] | null;
  org_id: number | null;
  joined_on: string | null;
  card_status: string | null;
  e_membership: boolean | null;
}

export interface DB {
  orgs: OrgsTable;
  persons: PersonsTable;
  memberships: MembershipsTable;
  accounts: AccountsTable;
  sessions: SessionsTable;
  login_log: LoginLogTable;
  otp_codes: OtpCodesTable;
  notifications: NotificationsTable;
  audit_log: AuditLogTable;
  audit_chain: AuditChainTable;
  jobs: JobsTable;
  import_batches: ImportBatchesTable;
  member_staging: MemberStagingTable;
}

export type Org = Selectable<OrgsTable>;
export type NewOrg = Insertable<OrgsTable>;
export type OrgUpdate = Updateable<OrgsTable>;
export type Person = Selectable<PersonsTable>;
export type Membership = Selectable<MembershipsTable>;
export type Account = Selectable<AccountsTable>;

// ---------------------------------------------------------------------------------------------
// Applications, review and payouts (migration 0003). Kysely's DB is extended by interface merging.

export interface ProgramInstancesTable {
  id: Generated<number>;
  program: string;
  year: number;
  org_id: number;
  title: string;
  status: Generated<'draft' | 'open' | 'closed'>;
  channels: ColumnType<string[], string[], string[]>;
  windows: Json<{ batch: number; from: string; to: string }[]>;
  review_chain: Json<unknown[]>;
  required_documents: Json<unknown[]>;
  settlement: Json<Record<string, unknown>>;
  contacts: Json<unknown[]>;
  sources: string | null;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface DocumentsTable {
  id: Generated<number>;
  application_id: number | null;
  doc_type: string;
  file_name: string;
  mime: 'application/pdf' | 'image/jpeg' | 'image/png';
  size_bytes: number;
  sha256: string;
  content: ColumnType<Uint8Array, Uint8Array, never>;
  uploaded_by: number;
  person_id: number | null;
  removed_at: Date | null;
  created_at: CreatedAt;
}

export type ApplicationStatus = 'in-review' | 'returned' | 'approved' | 'rejected' | 'withdrawn';

export interface ApplicationsTable {
  id: Generated<number>;
  no: string;
  instance_id: number;
  program: string;
  /** Null for an organisation applicant (migration 0015). */
  person_id: number | null;
  membership_id: number | null;
  org_id: number;
  org_path: string;
  region_org_id: number | null;
  channel: 'personal' | 'unit';
  submitted_by: number;
  subject_key: string;
  subject_label: string | null;
  input: Json<Record<string, unknown>>;
  evaluation: Json<Record<string, unknown>>;
  amount_fen: number;
  status: ApplicationStatus;
  step: number;
  step_level: string | null;
  step_actor_role: string | null;
  step_actor_org_id: number | null;
  step_started_on: string | null;
  step_due_on: string | null;
  last_reminded_on: string | null;
  applied_on: string;
  decided_on: string | null;
  reject_reason: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ApplicationStepsTable {
  id: Generated<number>;
  application_id: number;
  step: number;
  level: string | null;
  action: 'submit' | 'resubmit' | 'skip' | 'approve' | 'return' | 'reject' | 'withdraw' | 'remind';
  actor_id: number | null;
  actor_name: string;
  actor_org_id: number | null;
  comment: string | null;
  evaluation: Json<unknown> | null;
  due_on: string | null;
  at: CreatedAt;
}

export type PayoutBatchStatus = 'prepared' | 'rights-approved' | 'finance-approved' | 'approved' | 'paid' | 'cancelled';

export interface PayoutBatchesTable {
  id: Generated<number>;
  no: string;
  instance_id: number;
  period: string;
  closes_on: string;
  pay_by: string;
  status: PayoutBatchStatus;
  entry_count: number;
  total_fen: number;
  prepared_by: number;
  prepared_at: CreatedAt;
  rights_approved_by: number | null;
  rights_approved_at: Date | null;
  finance_approved_by: number | null;
  finance_approved_at: Date | null;
  paid_by: number | null;
  paid_at: Date | null;
  paid_on: string | null;
  payment_reference: string | null;
  cancelled_by: number | null;
  cancelled_at: Date | null;
}

export interface PayoutEntriesTable {
  id: Generated<number>;
  /** Null for an entry that pays something other than an application (migration 0022: source_kind). */
  application_id: number | null;
  instance_id: number;
  program: string;
  /** Null for an organisation payee (migration 0015). */
  person_id: number | null;
  membership_id: number | null;
  org_path: string;
  kind: 'payable' | 'reversal';
  amount_fen: number;
  reverses_id: number | null;
  reason: string | null;
  booked_on: string;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface PayoutBatchItemsTable {
  batch_id: number;
  entry_id: number;
}

export interface DB {
  program_instances: ProgramInstancesTable;
  documents: DocumentsTable;
  applications: ApplicationsTable;
  application_steps: ApplicationStepsTable;
  payout_batches: PayoutBatchesTable;
  payout_entries: PayoutEntriesTable;
  payout_batch_items: PayoutBatchItemsTable;
}

// ---------------------------------------------------------------------------------------------
// The yearly project cycle (migration 0002_lifecycle). Declared as an extension of DB (interface
// merging) so this block only appends.

export interface CallsTable {
  id: Generated<number>;
  org_id: number;
  year: number;
  title: string;
  principles: Generated<string>;
  collection_starts_on: string;
  collection_ends_on: string;
  screening_ends_on: string;
  consultation_starts_on: string;
  consultation_ends_on: string;
  publication_on: string | null;
  publication_event: string | null;
  max_supports: Generated<number>;
  hide_tallies: Generated<boolean>;
  notified_stage: string | null;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type ProposalForm = 'union' | 'department' | 'member';
export type ProposalStatus = 'submitted' | 'classified' | 'merged' | 'returned';

export interface ProposalsTable {
  id: Generated<number>;
  call_id: number;
  form: ProposalForm;
  submitter_account_id: number;
  submitter_org_id: number | null;
  submitter_person_id: number | null;
  title: string;
  introduction: string;
  content: string | null;
  target_group: string | null;
  approach: string | null;
  funding: string | null;
  resources: string | null;
  design: string | null;
  expected_outcome: string | null;
  assessment_of_last_year: string | null;
  filled_by: string | null;
  contact_phone: string | null;
  category: string | null;
  status: Generated<ProposalStatus>;
  candidate_id: number | null;
  return_reason: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface CandidatesTable {
  id: Generated<number>;
  call_id: number;
  title: string;
  summary: Generated<string>;
  category: string;
  status: Generated<'screening' | 'shortlisted' | 'dropped'>;
  rationale: string | null;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface SupportsTable {
  candidate_id: number;
  account_id: number;
  org_id: number | null;
  created_at: CreatedAt;
}

export interface CommentsTable {
  id: Generated<number>;
  candidate_id: number;
  account_id: number;
  body: string;
  hidden_at: Date | null;
  hidden_by: number | null;
  hidden_reason: string | null;
  created_at: CreatedAt;
}

export interface SlatesTable {
  id: Generated<number>;
  org_id: number;
  year: number;
  call_id: number | null;
  title: string;
  meeting: string | null;
  document_no: string | null;
  approved_on: string | null;
  published_at: Date | null;
  closed_on: string | null;
  source: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ProjectsTable {
  id: Generated<number>;
  slate_id: number;
  no: number;
  title: string;
  category: string;
  candidate_id: number | null;
  summary: string | null;
  purpose: string | null;
  target_groups: string | null;
  budget_fen: number | null;
  cost_shares: Json<{ party: string; share: string; amountFen?: number }[]>;
  responsible_org_id: number | null;
  contacts: Json<{ name: string; org?: string; phone?: string; email?: string }[]>;
  policy_programs: ColumnType<string[], string[] | undefined, string[]>;
  report_cadence: Generated<'none' | 'monthly' | 'quarterly'>;
  report_due_months: ColumnType<number[], number[] | undefined, number[]>;
  source: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TargetsTable {
  id: Generated<number>;
  project_id: number;
  parent_id: number | null;
  indicator: string;
  unit: string;
  planned_value: number;
  weight: Generated<number>;
  note: string | null;
  created_at: CreatedAt;
}

export interface TargetAllocationsTable {
  id: Generated<number>;
  target_id: number;
  org_id: number;
  parent_id: number | null;
  planned_value: number;
  created_at: CreatedAt;
}

export interface MilestonesTable {
  id: Generated<number>;
  project_id: number;
  title: string;
  starts_on: string | null;
  due_on: string;
  responsible: string | null;
  done_on: string | null;
  created_at: CreatedAt;
}

export interface ProgressReportsTable {
  id: Generated<number>;
  project_id: number;
  org_id: number;
  period: string;
  status: Generated<'submitted' | 'accepted' | 'returned'>;
  narrative: Generated<string>;
  subsidy_fen: Generated<number>;
  revision: Generated<number>;
  submitted_by: number | null;
  submitted_at: Timestamp;
  reviewed_by: number | null;
  reviewed_at: Date | null;
  review_reason: string | null;
}

export interface ProgressValuesTable {
  report_id: number;
  target_id: number;
  achieved: number;
}

export interface ProgressLinesTable {
  report_id: number;
  line_no: number;
  enterprise: string;
  ownership: string | null;
  staff: string | null;
  person_days: Generated<number>;
  subsidy_fen: Generated<number>;
  note: string | null;
}

export interface DB {
  calls: CallsTable;
  proposals: ProposalsTable;
  candidates: CandidatesTable;
  supports: SupportsTable;
  comments: CommentsTable;
  slates: SlatesTable;
  projects: ProjectsTable;
  targets: TargetsTable;
  target_allocations: TargetAllocationsTable;
  milestones: MilestonesTable;
  progress_reports: ProgressReportsTable;
  progress_values: ProgressValuesTable;
  progress_lines: ProgressLinesTable;
}

export interface CalendarYearsTable {
  year: number;
  yaml: string;
  added_by: number | null;
  added_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface DB {
  calendar_years: CalendarYearsTable;
}

// ---------------------------------------------------------------------------------------------
// Policy versions entered from the UI (migration 0012_policy_versions).

export type PolicyVersionStatus = 'draft' | 'approved' | 'rejected';

export interface PolicyVersionsTable {
  id: Generated<number>;
  program: string;
  policy: string;
  effective_from: string;
  effective_to: string | null;
  source: string;
  note_zh: string | null;
  note_en: string | null;
  base_policy: string | null;
  parameter_values: Json<Record<string, unknown>>;
  carried_over: Generated<boolean>;
  status: Generated<PolicyVersionStatus>;
  created_by: number | null;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
  decided_by: number | null;
  decided_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  decision_note: string | null;
}

export interface DB {
  policy_versions: PolicyVersionsTable;
}

// ---------------------------------------------------------------------------------------------
// Satisfaction surveys and the payee of settled payout lines (migration 0005_surveys).

export type SurveyQuestionKind = 'single' | 'multiple' | 'rating' | 'text';

export interface SurveysTable {
  id: Generated<number>;
  project_id: number | null;
  slate_id: number;
  audience_org_id: number;
  title: string;
  intro: Generated<string>;
  opens_on: string;
  closes_on: string;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface SurveyQuestionsTable {
  id: Generated<number>;
  survey_id: number;
  position: number;
  kind: SurveyQuestionKind;
  prompt: string;
  options: Json<string[]>;
  required: Generated<boolean>;
}

export interface SurveyParticipantsTable {
  survey_id: number;
  account_id: number;
  responded_on: string;
}

export interface SurveyResponsesTable {
  id: Generated<string>;
  survey_id: number;
  region_org_id: number | null;
  submitted_on: string;
}

export interface SurveyAnswersTable {
  response_id: string;
  question_id: number;
  choices: ColumnType<number[] | null, number[] | null | undefined, number[] | null>;
  rating: number | null;
  text: string | null;
  hidden_at: Date | null;
  hidden_by: number | null;
  hidden_reason: string | null;
}

export interface PayoutBatchItemsTable {
  pay_to: ColumnType<PayTo | null, PayTo | null | undefined, PayTo | null>;
  card_status: ColumnType<string | null, string | null | undefined, string | null>;
  region_org_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface DB {
  surveys: SurveysTable;
  survey_questions: SurveyQuestionsTable;
  survey_participants: SurveyParticipantsTable;
  survey_responses: SurveyResponsesTable;
  survey_answers: SurveyAnswersTable;
}

// ---------------------------------------------------------------------------------------------
// Where a target's actual comes from (migration 0006_target_actual_from; merged into TargetsTable).

export type TargetActualFrom = 'reports' | 'approved-applications' | 'paid-applications' | 'deliveries';

export interface TargetsTable {
  actual_from: ColumnType<TargetActualFrom, TargetActualFrom | undefined, TargetActualFrom>;
}

// ---------------------------------------------------------------------------------------------
// Member protection: the cover register and collective enrollment (migration 0010_protection).

export type ProtectionPlan = 'A' | 'B' | 'A+' | 'B+';
export type ProtectionMode = 'collective' | 'new-card' | 'card-without-cover' | 'individual';

export interface ProtectionBatchesTable {
  id: Generated<number>;
  year: number;
  org_id: number;
  plan: ProtectionPlan;
  status: Generated<'building' | 'done' | 'failed'>;
  job_id: number | null;
  lists_count: Generated<number>;
  member_count: Generated<number>;
  error: Json<unknown> | null;
  requested_by: number | null;
  created_at: CreatedAt;
  finished_at: Date | null;
}

export interface ProtectionListsTable {
  id: Generated<number>;
  year: number;
  org_id: number;
  region_id: number | null;
  batch_id: number | null;
  plan: ProtectionPlan;
  unit_category: 'ordinary' | 'special';
  status: Generated<'building' | 'draft' | 'submitted' | 'confirmed' | 'remitted' | 'reconciled'>;
  policy: string;
  evaluation: Json<unknown>;
  premium_fen: number;
  subsidy_fen: number;
  remainder_fen: number;
  coverage_start: string;
  coverage_end: string;
  term: 'full-year' | 'half-year';
  submitted_by: number | null;
  submitted_on: string | null;
  confirmed_by: number | null;
  confirmed_on: string | null;
  remittance_id: number | null;
  created_at: CreatedAt;
}

export interface ProtectionCoversTable {
  id: Generated<number>;
  year: number;
  membership_id: number;
  person_id: number;
  org_id: number;
  region_id: number | null;
  list_id: number | null;
  plan: ProtectionPlan;
  mode: ProtectionMode;
  unit_category: 'ordinary' | 'special';
  term: 'full-year' | 'half-year';
  coverage_start: string;
  coverage_end: string;
  premium_fen: number;
  subsidy_fen: number;
  remainder_fen: number;
  payer: 'union' | 'member';
  status: 'listed' | 'excluded' | 'confirmed' | 'pending-payment' | 'lapsed';
  payment_state: Generated<'unpaid' | 'remitted' | 'paid'>;
  payment_due: string | null;
  paid_on: string | null;
  policy: string;
  evaluation: Json<unknown> | null;
  note: string | null;
  /** Migration 0016: the day of the instant request / individual application. */
  applied_on: ColumnType<string | null, string | null | undefined, string | null>;
  /** Migration 0016: the day the regional union confirmed a card-without-cover upload. */
  confirmed_on: ColumnType<string | null, string | null | undefined, string | null>;
  /** Migration 0016: the city subsidy was granted as the member's first individual enrollment. */
  first_individual: Generated<boolean>;
  created_at: CreatedAt;
}

export type ProtectionClaimType = 'critical-illness' | 'accidental-death' | 'accidental-total-disability' | 'disease-death' | 'hospitalization';

export interface ProtectionClaimsTable {
  id: Generated<number>;
  cover_id: number;
  person_id: number;
  membership_id: number;
  org_id: number;
  region_id: number | null;
  year: number;
  plan: ProtectionPlan;
  claim_type: ProtectionClaimType;
  event_date: string;
  hospital_days: number | null;
  filed_on: string;
  filed_by: number;
  filed_as: 'member' | 'unit';
  document_ids: Json<number[]>;
  status: Generated<'filed' | 'approved' | 'rejected' | 'paid'>;
  amount_fen: number;
  filing_deadline: string | null;
  pay_within_days: number | null;
  pay_by: string | null;
  pay_to: 'member-card' | 'regional-union';
  policy: string;
  evaluation: Json<unknown>;
  note: string | null;
  review_reason: string | null;
  reviewed_by: number | null;
  reviewed_on: string | null;
  paid_on: string | null;
  created_at: CreatedAt;
}

export interface ProtectionRemittancesTable {
  id: Generated<number>;
  year: number;
  region_id: number;
  status: Generated<'remitted' | 'reconciled'>;
  expected_fen: number;
  declared_fen: number;
  received_fen: number | null;
  document_id: number;
  late: Generated<boolean>;
  uploaded_by: number | null;
  uploaded_on: string;
  reconciled_by: number | null;
  reconciled_on: string | null;
  created_at: CreatedAt;
}

export interface DB {
  protection_batches: ProtectionBatchesTable;
  protection_lists: ProtectionListsTable;
  protection_covers: ProtectionCoversTable;
  protection_remittances: ProtectionRemittancesTable;
  protection_claims: ProtectionClaimsTable;
}

// Places: first-come pools and grants down the tree (migration 0014_pools, module pools).
export interface PoolsTable {
  id: Generated<number>;
  title: string;
  program: string | null;
  year: number | null;
  org_id: number;
  capacity: number;
  taken: Generated<number>;
  opens_at: Timestamp;
  closes_at: Timestamp;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface PoolClaimsTable {
  id: Generated<number>;
  pool_id: number;
  person_id: number;
  membership_id: number;
  org_id: number;
  claimed_by: number | null;
  created_at: CreatedAt;
}

export interface PlaceGrantsTable {
  id: Generated<number>;
  program: string;
  year: number;
  site: string | null;
  parent_id: number | null;
  from_org_id: number;
  to_org_id: number;
  places: number;
  allocated: Generated<number>;
  returned: Generated<number>;
  granted_on: string;
  granted_by: number | null;
  created_at: CreatedAt;
}

export interface DB {
  pools: PoolsTable;
  pool_claims: PoolClaimsTable;
  place_grants: PlaceGrantsTable;
}

// ---------------------------------------------------------------------------------------------
// Parties and sites (migration 0015_sites): organisation applicants and payees, payee accounts,
// the site register with its history, inspections and service log.

export type PayTo = 'member-card' | 'regional-union' | 'org-account' | 'bank-account';

export interface ApplicationsTable {
  applicant_kind: ColumnType<'member' | 'org', 'member' | 'org' | undefined, 'member' | 'org'>;
  applicant_org_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface PayoutEntriesTable {
  payee_kind: ColumnType<PayeeKind, PayeeKind | undefined, PayeeKind>;
  payee_org_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface PayoutBatchItemsTable {
  payee_account_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface DocumentsTable {
  site_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface PayeeAccountsTable {
  id: Generated<number>;
  org_id: number;
  bank: string;
  account_name: string;
  account_no: string;
  status: Generated<'active' | 'retired'>;
  verified_by: number | null;
  verified_at: Date | null;
  created_by: number | null;
  created_at: CreatedAt;
}

export type SiteKind = 'nursing-room' | 'childcare-studio' | 'health-point' | 'fitness-station' | 'driver-home' | 'canteen' | 'culture-team';
export type SiteStatus = 'applied' | 'inspected' | 'accepted' | 'plaqued' | 'yellow-card' | 'red-card' | 'closed';

export interface SitesTable {
  id: Generated<number>;
  no: string;
  kind: SiteKind;
  subkind: string | null;
  name: string;
  org_id: number;
  org_path: string;
  region_org_id: number | null;
  address: string;
  lon: ColumnType<string | null, number | string | null | undefined, number | string | null>;
  lat: ColumnType<string | null, number | string | null | undefined, number | string | null>;
  size_m2: ColumnType<string | null, number | string | null | undefined, number | string | null>;
  opening_hours: string | null;
  contacts: Json<{ role: string; name: string; phone: string }[]>;
  details: Json<Record<string, unknown>>;
  status: Generated<SiteStatus>;
  funded_year: number | null;
  program_instance_id: number | null;
  application_id: number | null;
  plaque_year: number | null;
  yellow_deadline: string | null;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface SiteEventsTable {
  id: Generated<number>;
  site_id: number;
  action: string;
  from_status: string | null;
  to_status: string;
  actor_id: number | null;
  actor_name: string;
  actor_org_id: number | null;
  comment: string | null;
  notice: Json<Record<string, unknown>> | null;
  on_date: string;
  at: CreatedAt;
}

export interface SiteInspectionsTable {
  id: Generated<number>;
  site_id: number;
  purpose: 'acceptance' | 'spot-check';
  inspected_on: string;
  inspector: string;
  inspector_account_id: number | null;
  org_id: number | null;
  checklist: Json<unknown>;
  evaluation: Json<unknown> | null;
  passed: boolean;
  reasons: Json<unknown>;
  photo_ids: ColumnType<number[], number[] | undefined, number[]>;
  created_at: CreatedAt;
}

export interface SiteServiceLogTable {
  id: Generated<number>;
  site_id: number;
  on_date: string;
  kind: 'consultation' | 'visit' | 'lecture' | 'notice' | 'appointment' | 'activity' | 'other';
  description: string;
  attendees: number | null;
  recorded_by: number | null;
  created_at: CreatedAt;
}

export interface DB {
  payee_accounts: PayeeAccountsTable;
  sites: SitesTable;
  site_events: SiteEventsTable;
  site_inspections: SiteInspectionsTable;
  site_service_log: SiteServiceLogTable;
}

/** Deltas of active memberships per union and dimension (migration 0021); read as sums. */
export interface MemberCountsTable {
  org_id: number;
  dim: 'card' | 'sex' | 'category';
  key: string;
  n: number;
}

export interface DB {
  member_counts: MemberCountsTable;
}

// Member protection claims, part 3 (migration 0017_protection_claims_flow).
export interface ProtectionClaimDocument {
  id: number;
  type: string;
  fileName: string;
  sha256: string;
}
export interface ProtectionClaimsTable {
  documents: ColumnType<ProtectionClaimDocument[], string | undefined, string>;
  pay_to_org_id: ColumnType<number | null, number | null | undefined, number | null>;
  paid_by: ColumnType<number | null, number | null | undefined, number | null>;
  payment_reference: ColumnType<string | null, string | null | undefined, string | null>;
  description: ColumnType<string | null, string | null | undefined, string | null>;
}

// Issue 10 §1–§4 (module pools, migration 0019): offers, requests, rosters, settlements.
export interface QuotaOffersTable {
  id: Generated<number>;
  program: string;
  year: number;
  code: string;
  title: string;
  site: string;
  days: number | null;
  nights: number | null;
  months: ColumnType<number[], number[] | undefined, number[]>;
  price_fen: number;
  city_subsidy_fen: number;
  other_subsidy_fen: ColumnType<number, number | undefined, number>;
  other_subsidy_by: string | null;
  remainder_by: string;
  mode: 'request' | 'allocation' | 'first-come';
  capacity: number;
  provider_org_id: number | null;
  provider_name: string;
  contacts: Json<unknown>;
  agency_org_id: number;
  policy: string;
  trace: Json<unknown>;
  updated_by: number | null;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  created_at: CreatedAt;
}

export interface QuotaRequestsTable {
  id: Generated<number>;
  program: string;
  year: number;
  org_id: number;
  deadline: string;
  status: 'submitted' | 'granted';
  submitted_on: string;
  submitted_by: number | null;
  granted_on: string | null;
  granted_by: number | null;
  created_at: CreatedAt;
}

export interface QuotaRequestRowsTable {
  id: Generated<number>;
  request_id: number;
  row_no: number;
  offer_id: number;
  requested: number;
  granted: number | null;
  grant_id: number | null;
}

export interface RostersTable {
  id: Generated<number>;
  offer_id: number;
  grant_id: number;
  org_id: number;
  program: string;
  year: number;
  starts_on: string;
  ends_on: string;
  status: 'draft' | 'submitted' | 'settled';
  created_by: number | null;
  created_at: CreatedAt;
  /** Migration 0039: the day the members were sent the SMS reminder before the trip (issue 10 §3); null until then. */
  reminded_on: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface RosterEntriesTable {
  id: Generated<number>;
  roster_id: number;
  row_no: number;
  person_id: number;
  membership_id: number;
  subsidy_group: string;
  year: number;
  /** A gig worker's platform on a mobile-checkup roster (migration 0036); null elsewhere. */
  platform_org_id: ColumnType<number | null, number | null | undefined, number | null>;
}

/** A platform's bill (结算单) for its share of a settled gig-checkup roster (migration 0036, 001 项目4 三). */
export interface PlatformBillsTable {
  id: Generated<number>;
  settlement_id: number;
  roster_id: number;
  offer_id: number;
  program: string;
  year: number;
  platform_org_id: number;
  platform_path: string;
  provider_org_id: number;
  persons: number;
  price_fen: number;
  subsidy_fen: number;
  per_person_fen: number;
  amount_fen: number;
  lines: Json<unknown>;
  policy: string;
  trace: Json<unknown>;
  /** Migration 0046: 'void' once its last line was moved to another platform's bill. */
  status: Generated<'issued' | 'disputed' | 'confirmed' | 'paid' | 'void'>;
  issued_on: string;
  /** Migration 0039: 1, then + 1 at each correction; the last dispute and answer; every step in history. */
  revision: Generated<number>;
  dispute_reason: ColumnType<string | null, string | null | undefined, string | null>;
  disputed_by: ColumnType<number | null, number | null | undefined, number | null>;
  disputed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  answer: ColumnType<'reissued' | 'rejected' | null, 'reissued' | 'rejected' | null | undefined, 'reissued' | 'rejected' | null>;
  answer_reason: ColumnType<string | null, string | null | undefined, string | null>;
  answered_by: ColumnType<number | null, number | null | undefined, number | null>;
  answered_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  history: ColumnType<unknown, string | undefined, string>; // [{ revision, action, reason?, persons, amountFen, at }]
  issued_by: number | null;
  confirmed_by: ColumnType<number | null, number | null | undefined, number | null>;
  confirmed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  paid_by: ColumnType<number | null, number | null | undefined, number | null>;
  paid_on: ColumnType<string | null, string | null | undefined, string | null>;
  payment_reference: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
}

export interface QuotaSettlementsTable {
  id: Generated<number>;
  /** Null for a half-year settlement (migration 0030): its rosters are in quota_settlement_rosters. */
  roster_id: number | null;
  program: string;
  year: number;
  /** The union whose rosters are settled (the district for a half-year settlement). */
  org_id: number;
  period: 'H1' | 'H2' | null;
  provider_org_id: number;
  persons: number;
  amount_fen: number;
  trace: Json<unknown>;
  satisfaction: Json<unknown>;
  status: 'submitted' | 'rights-approved' | 'finance-approved' | 'paid';
  submitted_by: number | null;
  submitted_on: string;
  rights_by: number | null;
  rights_at: Date | null;
  finance_by: number | null;
  finance_at: Date | null;
  paid_by: number | null;
  paid_on: string | null;
  payment_reference: string | null;
  payee_account_id: number | null;
  payee_label: string | null;
  created_at: CreatedAt;
}

export interface DB {
  quota_offers: QuotaOffersTable;
  quota_requests: QuotaRequestsTable;
  quota_request_rows: QuotaRequestRowsTable;
  rosters: RostersTable;
  roster_entries: RosterEntriesTable;
  quota_settlements: QuotaSettlementsTable;
  quota_settlement_rosters: { settlement_id: number; roster_id: number };
  platform_bills: PlatformBillsTable;
}

// ---------------------------------------------------------------------------------------------
// District-run programs (migration 0018_program_budget): a program instance's own budget.
export interface ProgramInstancesTable {
  budget_fen: ColumnType<number | null, number | null | undefined, number | null>;
}

// ---------------------------------------------------------------------------------------------
// The announcements board (migration 0026_announcements).
export interface AnnouncementsTable {
  id: Generated<number>;
  org_id: number;
  org_path: string;
  title: string;
  body: string;
  audience: Generated<'officers' | 'everyone'>;
  pinned: Generated<boolean>;
  expires_on: string | null;
  published_at: CreatedAt;
  published_by: number;
  withdrawn_at: Date | null;
  withdrawn_by: number | null;
  withdraw_reason: string | null;
}

export interface AnnouncementReadsTable {
  announcement_id: number;
  account_id: number;
  read_at: CreatedAt;
}

export interface DB {
  announcements: AnnouncementsTable;
  announcement_reads: AnnouncementReadsTable;
}

// Migration 0027: the member service card's events (members module).
export type CardEvent = 'issue' | 'activate' | 'register' | 'report-lost' | 'reissue' | 'cancel' | 'e-card';
export interface CardEventsTable {
  id: Generated<number>;
  membership_id: number;
  person_id: number;
  org_id: number;
  org_path: string;
  event: CardEvent;
  year: number | null;
  on_date: string;
  from_status: CardStatus;
  to_status: CardStatus;
  note: string | null;
  actor_account_id: number | null;
  created_at: CreatedAt;
}

export interface DB {
  card_events: CardEventsTable;
}

// Migration 0022: the ledger pays protection claims and quota settlements too, through the same batches.
export type PayoutSourceKind = 'application' | 'protection-claim' | 'quota-settlement' | 'gig-claim' | 'site-claim';
export interface PayoutEntriesTable {
  source_kind: ColumnType<PayoutSourceKind, PayoutSourceKind | undefined, PayoutSourceKind>;
  source_id: number;
  source_ref: ColumnType<string | null, string | null | undefined, string | null>;
}
export interface PayoutBatchesTable {
  /** A one-line batch paid at once (ZF…), outside the monthly batches. */
  direct: ColumnType<boolean, boolean | undefined, boolean>;
}

// Migration 0029: a health point's matching funds (fen) recorded at acceptance; the union whose account pays a batch.
export interface SitesTable {
  district_match_fen: ColumnType<number | null, number | null | undefined, number | null>;
  street_match_fen: ColumnType<number | null, number | null | undefined, number | null>;
}
export interface PayoutBatchesTable {
  payer_org_id: ColumnType<number | null, number | null | undefined, number | null>;
}

// ---------------------------------------------------------------------------------------------
// Migration 0028: gig workers' mutual protection (001 项目5), owned by the protection module; the ledger pays a
// gig claim to the worker's bank card (payee_kind 'bank-account') or to the platform's account.
export type PayeeKind = 'member-card' | 'org-account' | 'bank-account';
export interface PayoutEntriesTable {
  payee_bank: ColumnType<string | null, string | null | undefined, string | null>;
  payee_account_name: ColumnType<string | null, string | null | undefined, string | null>;
  payee_account_cipher: ColumnType<string | null, string | null | undefined, string | null>;
  payee_account_masked: ColumnType<string | null, string | null | undefined, string | null>;
}
export type GigEnrollmentMode = 'centralized' | 'instant';
export type GigClaimType =
  | 'hospital-allowance'
  | 'critical-illness'
  | 'critical-illness-medical'
  | 'disease-death'
  | 'accidental-death'
  | 'accidental-disability'
  | 'accidental-injury';
export interface GigRostersTable {
  id: Generated<number>;
  platform_id: number;
  platform_path: string;
  year: number;
  enrolled_on: string;
  enrollment_mode: GigEnrollmentMode;
  term: 'full-year' | 'half-year';
  coverage_start: string;
  coverage_end: string;
  premium_fen: number;
  policy: string;
  status: Generated<'submitted' | 'approved' | 'returned'>;
  source: 'file' | 'api';
  file_name: string | null;
  row_count: number;
  accepted: number;
  refused: number;
  total_fen: ColumnType<number, number, number>;
  submitted_by: number;
  submitted_at: CreatedAt;
  reviewed_by: number | null;
  reviewed_on: string | null;
  review_reason: string | null;
}
export interface GigCoversTable {
  id: Generated<number>;
  roster_id: number;
  platform_id: number;
  platform_path: string;
  row_no: number;
  year: number;
  name: string;
  id_hash: string;
  id_cipher: string | null;
  id_masked: string;
  birth_date: string;
  age: number;
  phone_cipher: string | null;
  phone_masked: string | null;
  status: 'pending' | 'active' | 'returned' | 'refused';
  refusal_code: string | null;
  refusal: Json<{ zh: string; en: string } | null> | null;
  enrollment_mode: GigEnrollmentMode | null;
  coverage_start: string | null;
  coverage_end: string | null;
  premium_fen: number | null;
  waiting_days: Json<Record<string, number> | null> | null;
  policy: string;
  evaluation: Json<unknown>;
  activated_on: string | null;
  sms_at: Date | null;
}
export interface GigClaimsTable {
  id: Generated<number>;
  cover_id: number;
  platform_id: number;
  platform_path: string;
  year: number;
  claim_type: GigClaimType;
  event_date: string;
  hospital_days: number | null;
  out_of_pocket_fen: number | null;
  disability_grade: number | null;
  outcome_on: string | null;
  filed_on: string;
  filed_by: number;
  filed_as: 'platform' | 'agency';
  status: Generated<'filed' | 'approved' | 'rejected' | 'paid'>;
  amount_fen: number;
  filing_deadline: string | null;
  pay_within_days: number | null;
  pay_by: string | null;
  pay_to: 'bank-account' | 'platform-account';
  bank: string | null;
  account_name: string | null;
  account_cipher: string | null;
  account_masked: string | null;
  policy: string;
  evaluation: Json<unknown>;
  description: string | null;
  review_reason: string | null;
  reviewed_by: number | null;
  reviewed_on: string | null;
  paid_on: string | null;
  paid_by: number | null;
  payment_reference: string | null;
  created_at: CreatedAt;
}
export interface FlexibleCoversTable {
  id: Generated<number>;
  year: number;
  membership_id: number;
  person_id: number;
  org_id: number;
  region_id: number | null;
  plan: 'C' | 'D';
  channel: 'qr-code' | 'dues' | 'officer';
  dues_paid_fen: Generated<number>;
  dues_paid_on: string | null;
  enrolled_on: string;
  coverage_start: string;
  coverage_end: string;
  max_benefit_fen: number | null;
  deliveries_due: Json<unknown>;
  status: Generated<'active' | 'cancelled'>;
  cancel_reason: string | null;
  policy: string;
  evaluation: Json<unknown>;
  enrolled_by: number;
  created_at: CreatedAt;
}
export type FlexibleDeliveryKind = 'checkup' | 'cooling-gift' | 'warmth-gift' | 'service';
export interface FlexibleDeliveriesTable {
  id: Generated<number>;
  cover_id: number;
  kind: FlexibleDeliveryKind;
  service: 'safety-training' | 'legal-aid' | 'skills' | 'sanatorium' | 'hardship-relief' | 'culture-sports' | 'other' | null;
  gift_form: 'transport-card' | 'phone-card' | 'online-voucher' | 'goods' | 'pickup-voucher' | null;
  delivered_on: string;
  late_reason: string | null;
  note: string | null;
  recorded_by: number;
  created_at: CreatedAt;
}
export interface DB {
  flexible_covers: FlexibleCoversTable;
  flexible_deliveries: FlexibleDeliveriesTable;
  gig_rosters: GigRostersTable;
  gig_covers: GigCoversTable;
  gig_claims: GigClaimsTable;
}

// ---------------------------------------------------------------------------------------------
// 公益乐学 free classes (migration 0032_classes, module classes): a class session's details (its places are a pool)
// and the units' on-site visits.
export interface ClassCoursesTable {
  pool_id: number;
  org_id: number;
  category: string;
  teaching_point: string;
  venue: string;
  teacher: string | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  created_at: CreatedAt;
}

export interface ClassVisitsTable {
  id: Generated<number>;
  org_id: number;
  year: number;
  visit_on: string;
  start_time: string;
  category: string;
  address: string;
  contact_name: string;
  contact_phone: string;
  attendees: number;
  status: Generated<'booked' | 'cancelled'>;
  evaluation: Json<unknown>;
  booked_by: number | null;
  created_at: CreatedAt;
  cancelled_at: Timestamp | null;
}
export interface DB {
  class_courses: ClassCoursesTable;
  class_visits: ClassVisitsTable;
}

// Migration 0031 (issue 14 §5, docs/scale.md): the distribution column, the region (top-level union
// below the federation root, `region_of_path(orgs.path)`), set by the owning repository on insert.
export interface MembershipsTable {
  region_id: number;
}
export interface MemberCountsTable {
  region_id: number;
}
export interface ApplicationsTable {
  region_id: number;
}
export interface PayoutEntriesTable {
  region_id: number;
}

// ---------------------------------------------------------------------------------------------
// Migration 0035: the district's summary claim (申领汇总表 + 结算票据, 000 女职工 一(三)3, 二(四)2), owned by the
// sites module; its accepted total is a payable of source 'site-claim' to the district's account.
export type SiteClaimStatus = 'filed' | 'accepted' | 'returned';
export interface SiteClaimsTable {
  id: Generated<number>;
  no: string;
  region_org_id: number;
  org_path: string;
  region_id: number | null;
  kind: string;
  year: number;
  instance_id: number;
  item_count: number;
  total_fen: ColumnType<number, number, number>;
  voucher_no: string;
  voucher_document_id: number;
  voucher_file_name: string;
  deadline: string | null;
  status: ColumnType<SiteClaimStatus, SiteClaimStatus | undefined, SiteClaimStatus>;
  filed_on: string;
  filed_by: number;
  filed_at: CreatedAt;
  decided_by: number | null;
  decided_at: Timestamp | null;
  decision_comment: string | null;
  payout_entry_id: number | null;
}
export interface SiteClaimItemsTable {
  id: Generated<number>;
  claim_id: number;
  site_id: number;
  application_id: number;
  amount_fen: number;
  row: Json<Record<string, unknown>>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
}
export interface DB {
  site_claims: SiteClaimsTable;
  site_claim_items: SiteClaimItemsTable;
}

// ---------------------------------------------------------------------------------------------
// Migration 0046 (issue 10 §3 “Reminders by SMS outbox”): the day a booking's SMS reminder went to the outbox, once.
type ReminderDay = ColumnType<string | null, string | null | undefined, string | null>;
export interface ApplicationsTable {
  /** A member vacation's stay or a 直通车 booking, approved: reminded before its day (applications.booking-reminders). */
  booking_reminded_on: ReminderDay;
}
export interface PoolClaimsTable {
  /** A class session's booking: reminded before the class (classes.reminders). */
  reminded_on: ReminderDay;
}
export interface ClassVisitsTable {
  /** A 送教上门 visit: its contact reminded before the day (classes.reminders). */
  reminded_on: ReminderDay;
}
