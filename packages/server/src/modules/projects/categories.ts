// The service categories of proposals, candidates and projects (one list from the call to the year-end list).
export const categories = ['rights', 'skills', 'health', 'living', 'hardship', 'culture-sports', 'employment', 'other'] as const;
export type Category = (typeof categories)[number];
/** 004 一、征集内容 and 000's six classes (维权服务、技能晋升、健康服务、生活服务、帮扶救助、文体服务), plus 就业 and 其他. */
export const categoryNames: Record<Category, { zh: string; en: string }> = {
  rights: { zh: '维权服务', en: 'Rights protection' },
  skills: { zh: '技能晋升', en: 'Skills and promotion' },
  health: { zh: '健康服务', en: 'Health' },
  living: { zh: '生活服务', en: 'Daily life' },
  hardship: { zh: '帮扶救助', en: 'Hardship relief' },
  'culture-sports': { zh: '文体服务', en: 'Culture and sports' },
  employment: { zh: '就业', en: 'Employment' },
  other: { zh: '其他', en: 'Other' },
};
