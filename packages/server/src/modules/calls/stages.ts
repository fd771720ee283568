// The four stages of a call (004 五、时间节点): 征集推荐 → 汇总梳理 → 征求意见 → 对外公布. The current
// stage follows the date; nobody moves it by hand. Before collection opens the call is "upcoming".
export const stageKeys = ['upcoming', 'collection', 'screening', 'consultation', 'publication'] as const;
export type Stage = (typeof stageKeys)[number];

export const stageNames: Record<Stage, { zh: string; en: string }> = {
  upcoming: { zh: '未开始', en: 'Not yet open' },
  collection: { zh: '征集推荐', en: 'Collection' },
  screening: { zh: '汇总梳理', en: 'Screening' },
  consultation: { zh: '征求意见', en: 'Consultation' },
  publication: { zh: '对外公布', en: 'Publication' },
};

export interface CallDates {
  collection_starts_on: string;
  collection_ends_on: string;
  screening_ends_on: string;
  consultation_starts_on: string;
  consultation_ends_on: string;
  publication_on: string | null;
}

/** The stage on `date` (YYYY-MM-DD). Stage end dates are inclusive: 12月25日之前完成 means the 25th still counts. */
export function stageOn(c: CallDates, date: string): Stage {
  if (date < c.collection_starts_on) return 'upcoming';
  if (date <= c.collection_ends_on) return 'collection';
  if (date < c.consultation_starts_on) return 'screening';
  if (date <= c.consultation_ends_on) return 'consultation';
  return 'publication';
}

export function stageTimeline(c: CallDates) {
  return [
    { key: 'collection' as const, name: stageNames.collection, startsOn: c.collection_starts_on, endsOn: c.collection_ends_on },
    { key: 'screening' as const, name: stageNames.screening, startsOn: next(c.collection_ends_on), endsOn: c.screening_ends_on },
    { key: 'consultation' as const, name: stageNames.consultation, startsOn: c.consultation_starts_on, endsOn: c.consultation_ends_on },
    { key: 'publication' as const, name: stageNames.publication, startsOn: c.publication_on ?? next(c.consultation_ends_on), endsOn: null },
  ];
}

function next(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
