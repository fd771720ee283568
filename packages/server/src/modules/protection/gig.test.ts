// The server-side rules of the gig protection as data (沪工总办〔2022〕15号 互助保障计划; the engine's own cases are in
// packages/policy/tests/gig-mutual-protection*.yaml): the age from the ID number's birth date on the enrollment day
// (一 未满60周岁) and the coverage year a cover belongs to (三 保障期限 4/1–3/31), at their boundaries.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ageOn, coverageYearOf } from './gig.ts';

const ages: { birth: string; day: string; age: number; why: string }[] = [
  { birth: '1962-03-16', day: '2022-03-15', age: 59, why: 'the day before the 60th birthday: 59, may enroll' },
  { birth: '1962-03-15', day: '2022-03-15', age: 60, why: 'on the 60th birthday: 60, may not' },
  { birth: '1962-03-14', day: '2022-03-15', age: 60, why: 'the day after' },
  { birth: '2000-02-29', day: '2022-02-28', age: 21, why: 'a 29 February birthday is not reached on 28 February' },
  { birth: '2000-02-29', day: '2022-03-01', age: 22, why: '…and is passed on 1 March' },
  { birth: '1992-12-31', day: '2022-01-01', age: 29, why: 'year boundary' },
];

const years: { coverageEnd: string; year: number; why: string }[] = [
  { coverageEnd: '2023-03-31', year: 2022, why: 'centralized March 2022 (4/1/2022–3/31/2023)' },
  { coverageEnd: '2023-03-31', year: 2022, why: 'instant February 2023 (3/1/2023–3/31/2023) is still the 2022 year' },
  { coverageEnd: '2024-03-31', year: 2023, why: 'instant April 2023 (5/1/2023–3/31/2024)' },
];

describe('gig protection rules as data', () => {
  for (const c of ages) it(`age: born ${c.birth}, on ${c.day} → ${c.age} (${c.why})`, () => assert.equal(ageOn(c.birth, c.day), c.age));
  for (const c of years)
    it(`coverage year of a cover ending ${c.coverageEnd} → ${c.year} (${c.why})`, () => assert.equal(coverageYearOf(c.coverageEnd), c.year));
});
