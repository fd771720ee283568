import { z } from 'zod';
import { LIMITS } from '../core/input.ts';
import { labelled, label, type FieldLabel } from '../core/labels.ts';
import { defineProgram } from '../core/program.ts';

/** Input field labels (published in the input JSON Schema; see core/labels.ts). */
const LABELS: Record<string, FieldLabel> = {
  package: label('套餐', 'Package', 'morning or afternoon checkup package', {
    morning: ['上午套餐', 'Morning package'],
    afternoon: ['下午套餐', 'Afternoon package'],
  }),
  persons: label('人数', 'Persons', 'workers examined'),
};

const PACKAGES = ['morning', 'afternoon'] as const;
const zFen = z.number().int().nonnegative();
const zRow = z.strictObject({ price: zFen, citySubsidy: zFen }).refine((r) => r.citySubsidy <= r.price, 'subsidy above price');

export const gigMobileCheckup = defineProgram({
  code: 'gig-mobile-checkup',
  title: { zh: '新就业形态劳动者巡回体检', en: 'Mobile checkups for gig workers' },
  input: z.strictObject(
    labelled(
      {
        package: z.enum(PACKAGES),
        persons: z.number().int().positive().max(LIMITS.persons),
      },
      LABELS,
    ),
  ),
  parameters: {
    packages: z.strictObject({ morning: zRow, afternoon: zRow }),
  },
  outputs: {
    pricePerPerson: 'money',
    citySubsidyPerPerson: 'money',
    payablePerPerson: 'money',
    totalPrice: 'money',
    totalCitySubsidy: 'money',
    totalPayable: 'money',
  },
  formula(input, ctx) {
    const row = ctx.band(input.package, ctx.param('packages')[input.package]);
    const payablePerPerson = ctx.money('payablePerPerson', row.price - row.citySubsidy, {
      zh: '平台企业承担：套餐费用减市总补贴',
      en: 'Paid by the platform company: price less the city subsidy',
    });
    const n = input.persons;
    return {
      pricePerPerson: row.price,
      citySubsidyPerPerson: row.citySubsidy,
      payablePerPerson,
      totalPrice: ctx.money('totalPrice', row.price * n),
      totalCitySubsidy: ctx.money('totalCitySubsidy', row.citySubsidy * n),
      totalPayable: ctx.money('totalPayable', payablePerPerson * n),
    };
  },
});
