/**
 * @shishi/policy — the rules engine of the service projects: programs as pure formulas over
 * dated parameters (params/*.yaml), a working-day calendar, and tests as data.
 */
import { registerProgram } from './core/engine.ts';
import { PROGRAMS } from './programs/index.ts';

for (const p of PROGRAMS) registerProgram(p);

export {
  evaluate,
  evaluateMany,
  listPrograms,
  getProgram,
  getProgramDefinition,
  getParameters,
  getParameterTimeline,
  checkPolicyVersion,
  registerPolicyVersion,
  previewPolicyVersion,
  type PolicyVersionDraft,
  type DraftCaseResult,
} from './core/engine.ts';
export { PolicyError, isPolicyError, type PolicyErrorCode } from './core/errors.ts';
export type {
  EvaluateRequest,
  EvaluateResult,
  Message,
  OutputKind,
  ParameterValue,
  PolicyVersion,
  ProgramInfo,
  Reason,
  TimelineEntry,
  TraceEntry,
  TraceKind,
} from './core/types.ts';
export { REASONS, type ReasonCode } from './core/reasons.ts';
export { defineProgram, type ProgramDefinition } from './core/program.ts';
export type { Ctx } from './core/context.ts';
export { fenToYuan, yuanToFen, mulDiv } from './core/money.ts';
export {
  isWorkingDay,
  addWorkingDays,
  addWorkingDaysProvisional,
  workingDaysBetween,
  calendarSource,
  calendarYears,
  addCalendarYears,
  checkCalendarYear,
  type CalendarSource,
  type CalendarYear,
} from './calendar/calendar.ts';
export { runCases, summaryLine, type CaseRun, type CaseResult, type RunCasesOptions } from './testing/cases.ts';
export { loadCaseFiles, listCaseFiles, runCaseFiles, programCases, type CaseFile } from './testing/files.ts';
