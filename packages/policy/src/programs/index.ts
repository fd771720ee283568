import type { ProgramDefinition } from '../core/program.ts';
import { gigMutualProtection } from './gig-mutual-protection.ts';
import { gigMutualProtectionClaim } from './gig-mutual-protection-claim.ts';
import { flexibleWorkerProtection } from './flexible-worker-protection.ts';
import { labourRelationsGuidanceSubsidy } from './labour-relations-guidance-subsidy.ts';
import { memberProtection } from './member-protection.ts';
import { memberProtectionClaim } from './member-protection-claim.ts';
import { microWish } from './micro-wish.ts';
import { twoDiseaseScreening } from './two-disease-screening.ts';
import { labourRelationsAssessment } from './labour-relations-assessment.ts';
import { skillPromotionAward } from './skill-promotion-award.ts';
import { inventionAward } from './invention-award.ts';
import { criticalIllnessCondolence } from './critical-illness-condolence.ts';
import { groupSanatorium } from './group-sanatorium.ts';
import { healthCheckup } from './health-checkup.ts';
import { frontlineSanatorium } from './frontline-sanatorium.ts';
import { memberVacation } from './member-vacation.ts';
import { gigMobileCheckup } from './gig-mobile-checkup.ts';
import { nursingRoomSubsidy } from './nursing-room-subsidy.ts';
import { childcareSubsidy } from './childcare-subsidy.ts';
import { healthPointGrant } from './health-point-grant.ts';
import { fitnessStationClass } from './fitness-station-class.ts';
import { driverHomeGrant } from './driver-home-grant.ts';
import { healthPointStandard } from './health-point-standard.ts';
import { canteenStandard } from './canteen-standard.ts';
import { cultureTeamGrant } from './culture-team-grant.ts';
import { nursingRoomStandard } from './nursing-room-standard.ts';
import { freeClassVisit } from './free-class-visit.ts';
import { classDirectBooking, classTeachingPoint } from './class-unit-forms.ts';

/** Every program of the engine. Add a new program's definition here. */
export const PROGRAMS: ProgramDefinition<any, any>[] = [
  memberProtection,
  memberProtectionClaim,
  gigMutualProtection,
  gigMutualProtectionClaim,
  flexibleWorkerProtection,
  labourRelationsGuidanceSubsidy,
  twoDiseaseScreening,
  microWish,
  labourRelationsAssessment,
  skillPromotionAward,
  gigMobileCheckup,
  inventionAward,
  nursingRoomSubsidy,
  criticalIllnessCondolence,
  childcareSubsidy,
  healthPointGrant,
  fitnessStationClass,
  groupSanatorium,
  driverHomeGrant,
  healthPointStandard,
  healthCheckup,
  frontlineSanatorium,
  memberVacation,
  canteenStandard,
  cultureTeamGrant,
  nursingRoomStandard,
  freeClassVisit,
  classTeachingPoint,
  classDirectBooking,
];
