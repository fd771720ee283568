// Shared bits of the site pages: kind and status names and colours, and a two-language sentence helper.
import { Tag } from 'antd';
import type { SiteKind, SiteStatus } from '../../api/sites.ts';
import { useI18n, type Bilingual } from '../../i18n/index.tsx';

export const kindLabel: Record<SiteKind, Bilingual> = {
  'nursing-room': { zh: '爱心妈咪小屋', en: 'Nursing room' },
  'childcare-studio': { zh: '亲子工作室', en: 'Childcare studio' },
  'health-point': { zh: '职工健康服务点', en: 'Health point' },
  'fitness-station': { zh: '职工健身驿站', en: 'Fitness station' },
  'driver-home': { zh: '工会司机之家', en: 'Driver home' },
  canteen: { zh: '职工食堂', en: 'Canteen' },
  'culture-team': { zh: '职工文化团队', en: 'Culture team' },
};
/** Sub-kinds as the seeds name them (driver homes 003 附件2-7, fitness stations 001 项目2, health points 001 项目1, childcare 000 附件2, culture teams 001 项目11). */
const subkindLabels: Record<string, Bilingual> = {
  'driver-home:micro': { zh: '微型', en: 'micro' },
  'driver-home:comprehensive': { zh: '综合型', en: 'comprehensive' },
  'fitness-station:simple': { zh: '简易型驿站', en: 'simple' },
  'fitness-station:regular': { zh: '常规型驿站', en: 'regular' },
  'fitness-station:comprehensive': { zh: '综合型驿站', en: 'comprehensive' },
  'health-point:new': { zh: '新增', en: 'new' },
  'health-point:consolidated': { zh: '巩固', en: 'consolidated' },
  'childcare-studio:holiday-care': { zh: '寒暑托班', en: 'holiday care' },
  'childcare-studio:evening-care': { zh: '晚托班', en: 'evening care' },
  'childcare-studio:full-day': { zh: '全日托班', en: 'full-day care' },
  'childcare-studio:emergency': { zh: '应急托班', en: 'emergency care' },
  'culture-team:comprehensive': { zh: '综合类艺术团', en: 'arts troupe' },
  'culture-team:choir': { zh: '合唱', en: 'choir' },
  'culture-team:instrumental': { zh: '器乐', en: 'instrumental' },
  'culture-team:dance': { zh: '舞蹈', en: 'dance' },
  'culture-team:drama': { zh: '话剧', en: 'drama' },
  'culture-team:other': { zh: '其他专项', en: 'other' },
};
export const subkindLabel = (kind: SiteKind, subkind: string): Bilingual => subkindLabels[`${kind}:${subkind}`] ?? { zh: subkind, en: subkind };

export const kindColor: Record<SiteKind, string> = {
  'nursing-room': '#eb2f96',
  'childcare-studio': '#fa8c16',
  'health-point': '#13c2c2',
  'fitness-station': '#52c41a',
  'driver-home': '#1677ff',
  canteen: '#722ed1',
  'culture-team': '#8c8c8c',
};
export const statusLabel: Record<SiteStatus, Bilingual> = {
  applied: { zh: '已申报', en: 'Applied' },
  inspected: { zh: '区局已实地核查', en: 'Inspected' },
  accepted: { zh: '市总已验收', en: 'Accepted' },
  plaqued: { zh: '已挂牌', en: 'Plaqued' },
  'yellow-card': { zh: '黄牌整改', en: 'Yellow card' },
  'red-card': { zh: '红牌摘牌', en: 'Red card' },
  closed: { zh: '已关闭', en: 'Closed' },
};
const statusColor: Record<SiteStatus, string> = {
  applied: 'default',
  inspected: 'processing',
  accepted: 'cyan',
  plaqued: 'green',
  'yellow-card': 'gold',
  'red-card': 'red',
  closed: 'default',
};

export function StatusTag({ status }: { status: SiteStatus }) {
  const { pick } = useI18n();
  return (
    <Tag color={statusColor[status]} data-testid="site-status">
      {pick(statusLabel[status])}
    </Tag>
  );
}

/** A sentence in the UI's language, written beside its translation. */
export function useTx() {
  const { lang } = useI18n();
  return (zh: string, en: string) => (lang === 'en' ? en : zh);
}
