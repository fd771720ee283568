import { z } from 'zod';
import { addDays, isIsoDate, monthOf } from '../core/dates.ts';
import { PolicyError } from '../core/errors.ts';
import { LIMITS, zDate, zMoney } from '../core/input.ts';
import { fenToYuan, mulDiv } from '../core/money.ts';
import { labelled, label, type FieldLabel } from '../core/labels.ts';
import { defineProgram } from '../core/program.ts';

/** Input field labels (published in the input JSON Schema; see core/labels.ts). */
const LABELS: Record<string, FieldLabel> = {
  resort: label('休养地', 'Resort', 'where the member stays', {
    shajiabang: ['沙家浜', 'Shajiabang'],
    xishan: ['西山', 'Xishan'],
    huangshan: ['黄山', 'Huangshan'],
    'workers-sanatorium': ['市工人疗养院', 'Workers’ Sanatorium'],
    pingfengshan: ['屏风山', 'Pingfengshan'],
    'millennium-seagull': ['千禧海鸥大酒店', 'Millennium Seagull'],
  }),
  roomType: label('房型', 'Room type', '2018: the room type booked', {
    'landscape-standard': ['景观标间', 'Landscape standard room'],
    'lakeview-standard': ['湖景标间', 'Lakeview standard room'],
    'huangshan-standard': ['黄山标间', 'Huangshan standard room'],
  }),
  checkIn: label('入住日期', 'Check-in', 'the first night’s date'),
  nights: label('晚数', 'Nights', 'nights booked'),
  rooms: label('房间数', 'Rooms', 'rooms booked'),
  marketPrice: label('门市价', 'Market price', '2025: the room’s price per night as quoted (yuan)'),
  subsidyUsedThisYear: label('本年度已用补贴', 'Subsidy used this year', '2025: subsidy the member already used this year (yuan)'),
};

const RESORTS = ['shajiabang', 'xishan', 'huangshan', 'workers-sanatorium', 'pingfengshan', 'millennium-seagull'] as const;
const RESORTS_2018 = ['shajiabang', 'xishan', 'huangshan'] as const;
const ROOM_TYPES = ['landscape-standard', 'lakeview-standard', 'huangshan-standard'] as const;
type Resort = (typeof RESORTS)[number];

const zFen = z.number().int().nonnegative();
const zDateStr = z.string().refine(isIsoDate);
const zMonths = z.array(z.number().int().min(1).max(12)).min(1);
const zRate = z.strictObject({ months: zMonths, price: zFen, subsidy: zFen });

const common = {
  checkIn: zDate(),
  nights: z.number().int().positive().max(LIMITS.days),
  rooms: z.number().int().positive().max(LIMITS.rooms),
};

export const memberVacation = defineProgram({
  code: 'member-vacation',
  title: { zh: '会员个人休养度假（房价补贴）', en: 'Member vacations (room-night subsidy)' },
  input: z.strictObject(
    labelled(
      {
        resort: z.enum(RESORTS),
        /** 2018: the room type of the price table. */
        roomType: z.enum(ROOM_TYPES).optional(),
        ...common,
        /** 2025: the room's rate per night before the member discount (yuan). */
        marketPrice: zMoney(LIMITS.priceYuan).optional(),
        /** 2025: subsidy the member already had this year (yuan). */
        subsidyUsedThisYear: zMoney(LIMITS.amountYuan).optional(),
      },
      LABELS,
    ),
  ),
  inputByPolicy: {
    '2018': z.strictObject(labelled({ resort: z.enum(RESORTS_2018), roomType: z.enum(ROOM_TYPES), ...common }, LABELS)),
    '2025': z.strictObject(
      labelled({ resort: z.enum(RESORTS), ...common, marketPrice: zMoney(LIMITS.priceYuan), subsidyUsedThisYear: zMoney(LIMITS.amountYuan) }, LABELS),
    ),
  },
  parameters: {
    'room-rates': z.record(z.string(), z.record(z.string(), z.array(zRate).min(1))).nullable(),
    'holiday-periods': z.array(
      z.strictObject({ name: z.string(), from: zDateStr, to: zDateStr, resorts: z.array(z.enum(RESORTS)), priceMonth: z.number().int().min(1).max(12) }),
    ),
    'room-night-subsidy': z.partialRecord(z.enum(RESORTS), z.strictObject({ pricePercent: z.number().int().min(1).max(100), subsidy: zFen })).nullable(),
    'yearly-subsidy-cap': zFen.nullable(),
    'max-rooms': z.number().int().positive(),
    'max-nights': z.number().int().positive(),
    'stay-period': z.strictObject({ from: zDateStr, to: zDateStr }),
  },
  outputs: { nightly: 'json', totalPrice: 'money', totalSubsidy: 'money', totalPay: 'money' },
  policyDate: {
    field: 'input.checkIn',
    describe: { zh: '按入住日期（checkIn）选择当年度的房价与补贴', en: 'The check-in day (checkIn) selects the year’s rates and subsidy' },
    of: (input) => input.checkIn,
  },
  formula(input, ctx) {
    const maxRooms = ctx.param('max-rooms');
    const maxNights = ctx.param('max-nights');
    const period = ctx.param('stay-period');
    const lastNight = addDays(input.checkIn, input.nights - 1);
    ctx.check('over-room-limit', input.rooms <= maxRooms, {
      zh: `每张会员服务卡每次最多 ${maxRooms} 间，申请 ${input.rooms} 间`,
      en: `A member card may book at most ${maxRooms} rooms per stay; ${input.rooms} requested`,
    });
    ctx.check('over-night-limit', input.nights <= maxNights, {
      zh: `每次特惠（优惠）入住最多 ${maxNights} 晚，申请 ${input.nights} 晚`,
      en: `A stay may have at most ${maxNights} nights at the member rate; ${input.nights} requested`,
    });
    ctx.check('outside-application-window', input.checkIn >= period.from && lastNight <= period.to, {
      zh: `入住的每一晚须在 ${period.from} 至 ${period.to} 之间，最后一晚为 ${lastNight}`,
      en: `Every night must fall between ${period.from} and ${period.to}; the last night is ${lastNight}`,
    });
    if (!ctx.eligible) return { nightly: null, totalPrice: null, totalSubsidy: null, totalPay: null };

    const resort = input.resort as Resort;
    const rates = ctx.param('room-rates');
    const perNight = ctx.param('room-night-subsidy');
    const holidays = ctx.param('holiday-periods');
    const cap = ctx.param('yearly-subsidy-cap');

    // The price and fixed subsidy of one room-night on a date (before any yearly cap).
    let rateOf: (date: string) => { price: number; subsidy: number };
    if (rates) {
      const byType = rates[resort] ?? {};
      const table = input.roomType !== undefined ? byType[input.roomType] : undefined;
      if (!table) {
        const allowed = Object.keys(byType);
        throw new PolicyError(
          'invalid-input',
          {
            zh: `字段 input.roomType 的取值无效：${resort} 可选房型 ${allowed.join(', ')}`,
            en: `Invalid value for input.roomType at ${resort}; allowed: ${allowed.join(', ')}`,
          },
          { field: 'input.roomType', allowed },
        );
      }
      rateOf = (date) => {
        const h = holidays.find((p) => p.resorts.includes(resort) && date >= p.from && date <= p.to);
        const month = h ? h.priceMonth : monthOf(date);
        const row = table.find((r) => r.months.includes(month));
        if (!row) throw new Error(`no ${resort} ${input.roomType} rate for month ${month}`);
        return { price: row.price, subsidy: row.subsidy };
      };
    } else {
      const rule = perNight?.[resort];
      if (!rule || input.marketPrice === undefined) throw new Error(`no room-night subsidy for ${resort} in ${ctx.policy}`);
      const price = ctx.money('pricePerRoomNight', mulDiv(input.marketPrice, rule.pricePercent, 100), {
        zh: `市场实时房价 × ${rule.pricePercent}%`,
        en: `Market price × ${rule.pricePercent}%`,
      });
      rateOf = () => ({ price, subsidy: rule.subsidy });
    }

    let left = cap === null ? Number.MAX_SAFE_INTEGER : Math.max(0, cap - (input.subsidyUsedThisYear ?? 0));
    if (cap !== null) {
      ctx.money('subsidyLeftThisYear', left, {
        zh: `全年最多补贴 ${cap / 100} 元，本年已用 ${(input.subsidyUsedThisYear ?? 0) / 100} 元；逐晚逐间抵扣直至用完`,
        en: `At most ${cap / 100} a year, ${(input.subsidyUsedThisYear ?? 0) / 100} already used; applied night by night, room by room until used up`,
      });
    }
    const nightly: { date: string; room: number; price: number; subsidy: number; pay: number }[] = [];
    let totalPrice = 0;
    let totalSubsidy = 0;
    for (let i = 0; i < input.nights; i++) {
      const date = addDays(input.checkIn, i);
      const r = rateOf(date);
      for (let room = 1; room <= input.rooms; room++) {
        let subsidy = Math.min(r.subsidy, r.price);
        if (subsidy > left) subsidy = left;
        left -= subsidy;
        totalPrice += r.price;
        totalSubsidy += subsidy;
        nightly.push({ date, room, price: fenToYuan(r.price), subsidy: fenToYuan(subsidy), pay: fenToYuan(r.price - subsidy) });
      }
    }
    ctx.value('nightly', nightly);
    return {
      nightly,
      totalPrice: ctx.money('totalPrice', totalPrice),
      totalSubsidy: ctx.money('totalSubsidy', totalSubsidy),
      totalPay: ctx.money('totalPay', totalPrice - totalSubsidy),
    };
  },
});
