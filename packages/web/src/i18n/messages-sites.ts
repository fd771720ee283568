// Strings of the site register and the public map (issue 11). Merged into messages.ts; the pages'
// own sentences are kept beside them in both languages (routes/sites/sites-ui.tsx `useTx`).
export const sitesZh = {
  'nav.sites': '服务阵地',
  'nav.sites.list': '阵地台账',
  'nav.sites.new': '登记阵地',
  'nav.sites.claims': '区局申领',
  'nav.sites.map': '阵地地图（公开）',
};
export const sitesEn: Record<keyof typeof sitesZh, string> = {
  'nav.sites': 'Sites',
  'nav.sites.list': 'Site register',
  'nav.sites.new': 'Register a site',
  'nav.sites.claims': 'District claims',
  'nav.sites.map': 'Site map (public)',
};
