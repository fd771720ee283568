import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json<T = unknown> = ColumnType<T, string | T, string | T>;

export type OrgKind =
  | 'municipal' | 'department' | 'agency' | 'district' | 'industry' | 'street' | 'park' | 'grassroots';

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
  errors: Json<unknown[]>;
  job_id: number | null;
  created_at: CreatedAt;
  finished_at: Date | null;
}

export interface ImportRowsTable {
  batch_id: number;
  row_no: number;
  data: Json<Record<string, unknown>>;
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
  jobs: JobsTable;
  import_batches: ImportBatchesTable;
  import_rows: ImportRowsTable;
}

export type Org = Selectable<OrgsTable>;
export type NewOrg = Insertable<OrgsTable>;
export type OrgUpdate = Updateable<OrgsTable>;
export type Person = Selectable<PersonsTable>;
export type Membership = Selectable<MembershipsTable>;
export type Account = Selectable<AccountsTable>;
