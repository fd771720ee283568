import type { ProgramDefinition } from '../core/program.ts';
import { memberProtection } from './member-protection.ts';

/** Every program of the engine. Add a new program's definition here. */
export const PROGRAMS: ProgramDefinition<any, any>[] = [memberProtection];
