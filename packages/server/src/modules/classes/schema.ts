// Request and response schemas of the classes routes (公益乐学, 000 公益乐学职工文体服务实施方案).
import { z } from 'zod';
import { ZBilingual, ZIdValue, ZIsoDate, ZPage, ZPageQuery, ZTimestamp, ZYear } from '../../platform/schemas.ts';

const ZInstant = z.string().datetime({ offset: true, message: '时间格式应为 ISO 8601 / an ISO 8601 date-time' });

/** 000 公益乐学 三: the courses the plan names (of its “70余门课程”), in the plan's order; zh is the code. */
export const CATEGORIES: readonly { zh: string; en: string }[] = [
  { zh: '茶艺', en: 'Tea art' },
  { zh: '摄影', en: 'Photography' },
  { zh: '沙画', en: 'Sand painting' },
  { zh: 'MTV舞蹈', en: 'MTV dance' },
  { zh: '肚皮舞', en: 'Belly dance' },
  { zh: '街舞', en: 'Street dance' },
  { zh: '魔术', en: 'Magic' },
  { zh: '美妆', en: 'Make-up' },
  { zh: '瑜伽', en: 'Yoga' },
  { zh: '素描', en: 'Sketching' },
  { zh: '朗诵', en: 'Recitation' },
  { zh: '电子琴', en: 'Keyboard' },
  { zh: '礼仪', en: 'Etiquette' },
  { zh: '肢体语言', en: 'Body language' },
  { zh: '心理', en: 'Psychology' },
  { zh: '自我管理', en: 'Self-management' },
  { zh: '当代艺术', en: 'Contemporary art' },
  { zh: '红酒品鉴', en: 'Wine tasting' },
  { zh: '台球', en: 'Billiards' },
  { zh: '跑步', en: 'Running' },
  { zh: '啦啦操', en: 'Cheerleading' },
  { zh: '乒乓球', en: 'Table tennis' },
  { zh: '羽毛球', en: 'Badminton' },
  { zh: '新闻报道写作与企业文化宣传', en: 'News writing and corporate culture' },
  { zh: '服饰和配饰的选择与搭配', en: 'Choosing and matching clothes and accessories' },
  { zh: '芭蕾舞', en: 'Ballet' },
  { zh: '交响乐', en: 'Symphonic music' },
  { zh: '插花', en: 'Flower arranging' },
  { zh: '普拉提', en: 'Pilates' },
  { zh: '爵士舞', en: 'Jazz dance' },
];
const categoryCodes = CATEGORIES.map((c) => c.zh) as [string, ...string[]];
export const ZCategory = z.enum(categoryCodes, { message: '课程类别应为公益乐学开设的课程之一 / not one of the free-class courses' });

export const ZCategoryList = z.object({ items: z.array(z.object({ code: z.string(), name: ZBilingual })) });

export const ZCourseCreate = z.object({
  title: z.string().trim().min(1).max(100),
  category: ZCategory,
  teachingPoint: z.string().trim().min(2).max(100).describe('教学点'),
  venue: z.string().trim().min(2).max(200).describe('上课地点（教室、地址）'),
  teacher: z.string().trim().min(1).max(40).optional(),
  startsAt: ZInstant,
  endsAt: ZInstant,
  capacity: z.number().int().positive().max(10_000),
  orgId: ZIdValue.describe('the union whose members may book (the federation: every member)'),
  opensAt: ZInstant.optional().describe('booking opens (default: now)'),
});

export const ZCourse = z.object({
  id: z.number().describe('the session’s pool id'),
  title: z.string(),
  category: z.string(),
  categoryName: ZBilingual,
  teachingPoint: z.string(),
  venue: z.string(),
  teacher: z.string().nullable(),
  startsAt: ZTimestamp,
  endsAt: ZTimestamp,
  year: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  capacity: z.number(),
  taken: z.number(),
  remaining: z.number(),
  opensAt: ZTimestamp,
  closesAt: ZTimestamp,
  state: z.enum(['scheduled', 'open', 'full', 'closed']),
  booked: z.boolean(),
  abilities: z.object({ book: z.boolean(), bookForMembers: z.boolean(), cancel: z.boolean() }),
});
export const ZCourseList = z.object({ items: z.array(ZCourse) });
export const ZCourseQuery = z.object({ year: ZYear.optional() });

/** Optional: a member books (or cancels) for themself with no body at all. */
export const ZBookingCreate = z
  .object({
    memberId: ZIdValue.optional().describe('the member (person id) an officer books for; none: the member for themself'),
  })
  .nullish(); // Fastify hands a missing body over as null
export const ZBooked = z.object({ id: z.number(), classId: z.number(), memberId: z.number(), capacity: z.number(), taken: z.number(), remaining: z.number() });
export const ZCancelled = z.object({ classId: z.number(), memberId: z.number(), capacity: z.number(), taken: z.number(), remaining: z.number() });
export const ZBooking = z.object({
  id: z.number(),
  memberId: z.number(),
  memberNo: z.string(),
  name: z.string(),
  orgId: z.number(),
  orgName: z.string(),
  createdAt: ZTimestamp,
});
export const ZBookingPage = ZPage(ZBooking);
export const ZBookingQuery = ZPageQuery;

const ZTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: '时间应为 HH:MM / a time HH:MM' });
const ZPhone = z
  .string()
  .trim()
  .regex(/^[0-9+\- ]{7,20}$/, { message: '电话号码格式不正确 / not a phone number' });

export const ZVisitCreate = z.object({
  orgId: ZIdValue.describe('the unit (enterprise or union organisation) the class visits'),
  visitOn: ZIsoDate,
  startTime: ZTime.describe('开始时间；每场一个半小时'),
  category: ZCategory,
  address: z.string().trim().min(2).max(200).describe('送教地点'),
  contactName: z.string().trim().min(2).max(40),
  contactPhone: ZPhone,
  attendees: z.number().int().positive().max(2000).describe('预计参加人数'),
});
export const ZVisit = z.object({
  id: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  year: z.number(),
  visitOn: ZIsoDate,
  startTime: z.string(),
  endTime: z.string(),
  category: z.string(),
  categoryName: ZBilingual,
  address: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  attendees: z.number(),
  status: z.enum(['booked', 'cancelled']),
  visitNumber: z.number(),
  freeVisitsPerYear: z.number(),
  createdAt: ZTimestamp,
  abilities: z.object({ cancel: z.boolean() }),
});
export const ZVisitList = z.object({
  items: z.array(ZVisit),
  used: z.array(z.object({ orgId: z.number(), orgName: z.string(), year: z.number(), booked: z.number(), free: z.number() })),
});
export const ZVisitQuery = z.object({ year: ZYear.optional() });

export const ZBinary = z.any().describe('binary file');
