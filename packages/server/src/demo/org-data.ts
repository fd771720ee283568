// The demo organisation tree: the federation, its departments and agencies, every regional union of
// the 2022 target allocation table, and a few street, park and grassroots unions below them.
// Regional unions and the federation's own units are real names taken from the source documents
// (/work/shared/seeds); street and town names are real Shanghai places; grassroots unions and every
// credit code are invented.
import { creditCodeCheckCharacter } from '../platform/identifiers.ts';
import { createRng } from './synthetic-people.ts';

export type DemoOrgKind = 'municipal' | 'department' | 'agency' | 'district' | 'industry' | 'street' | 'park' | 'grassroots' | 'platform';

export interface DemoOrg {
  key: string;
  parentKey: string | null;
  kind: DemoOrgKind;
  name: string;
  shortName?: string;
  code?: string;
  unitCategory?: 'ordinary' | 'special';
  functionCode?: string;
  allocation2022?: { no: number; enterprises: number };
}

// ---------------------------------------------------------------------------------------------
// Credit codes (GB 32100-2015): authority + category, 6-digit area, 9-character organisation code
// (8 digits + its GB 11714 check), check character. Authority 8 is the trade unions: category 1 a
// grassroots union, 9 any other union. The organisation code is derived from the key, so codes are
// stable across runs; demo-data.test.ts checks they are valid and unique.

const SHANGHAI = '310000';

function orgCodeBody(key: string): string {
  // FNV-1a over the key, reduced to 8 digits.
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  const digits = String((h >>> 0) % 100_000_000).padStart(8, '0');
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * weights[i]!;
  const c = 11 - (sum % 11);
  return digits + (c === 10 ? 'X' : c === 11 ? '0' : String(c));
}

/** `prefix` is the registration authority and category, e.g. 81 a grassroots union, 12 a public institution. */
export function demoCreditCode(prefix: string, area: string, key: string): string {
  const first17 = prefix + area + orgCodeBody(key);
  return first17 + creditCodeCheckCharacter(first17);
}

// ---------------------------------------------------------------------------------------------
// The federation and its own units.

export const FEDERATION_KEY = 'federation';

const federation: DemoOrg = {
  key: FEDERATION_KEY,
  parentKey: null,
  kind: 'municipal',
  name: '上海市总工会',
  shortName: '市总',
  code: demoCreditCode('89', SHANGHAI, FEDERATION_KEY),
  unitCategory: 'ordinary',
};

// 市总机关各部室 (addressees of 000/001/003 line 9). Names as the contact lines give them:
// 000 l.60 "市总劳动关系部", 001 l.603 and 003 l.293 "市总工会劳动关系工作部"; 001 l.199 权益保障部;
// 001 l.85, 003 l.229 基层工作部; 001 l.163, 003 l.706 宣传教育部 (also "宣教部", "宣传部");
// 000 l.237 财务资产管理部; 001 l.1013 "市总女工委办公室"; 003 l.935 上海市总工会办公室 (issuer of the
// notices). No 经济工作部 or 组织部 is named in the seeds, so none is listed.
const departments: [functionCode: string, name: string, shortName: string][] = [
  ['office', '上海市总工会办公室', '办公室'],
  ['rights', '上海市总工会权益保障部', '权益保障部'],
  ['grassroots-work', '上海市总工会基层工作部', '基层工作部'],
  ['labour-relations', '上海市总工会劳动关系工作部', '劳动关系工作部'],
  ['publicity', '上海市总工会宣传教育部', '宣传教育部'],
  ['finance', '上海市总工会财务资产管理部', '财务资产管理部'],
  ['women', '上海市总工会女职工委员会', '女工委'],
];

// 直属单位 (各直管单位, line 9 of the notices). 001 l.89 / 003 l.602 上海市总工会职工服务中心;
// 000 l.652, 003 上海市职工保障互助中心 (市职保中心); 000 l.699 上海市工人文化宫; 001 l.484
// 上海市职工帮困基金会; 003 l.813 上海海鸥控股（集团）有限公司; 000 l.392, 001 l.237 上海市工人疗养院;
// 003 l.233 市职工技协服务中心. Codes: 12 a public institution, 53 a foundation, 91 a company.
const agencies: [functionCode: string, name: string, shortName: string, codePrefix: string][] = [
  ['service-centre', '上海市总工会职工服务中心', '市职工服务中心', '12'],
  ['mutual-aid-centre', '上海市职工保障互助中心', '市职保中心', '12'],
  ['tech-assoc-centre', '上海市职工技术协会服务中心', '市职工技协服务中心', '12'],
  ['culture-palace', '上海市工人文化宫', '市工人文化宫', '12'],
  ['hardship-fund', '上海市职工帮困基金会', '市职工帮困基金会', '53'],
  ['seagull', '上海海鸥控股（集团）有限公司', '海鸥集团', '91'],
  ['workers-sanatorium', '上海市工人疗养院', '市工人疗养院', '12'],
];

// ---------------------------------------------------------------------------------------------
// 附件1 of 001 (lines ~612–660): 2022年上海工会“和谐劳动关系建设优化指导服务”实项目目标分配表.
// The table prints two blocks of three (简称, 企业数) column pairs; `no` reads each block's columns
// top to bottom, left column first: 浦东新区 is 1, 机电 17, 上汽 33, 航道局 49, 新华社 73,
// 电力股份 96, 著名外企 118. The 合计 cell (10000) sits in the second column of the last row.
//
// Special units (unitCategory 'special'): 000 l.477 and 003 l.103/133 name "东航、民航华东局、
// 民航华东空管局、铁路工会、中国金融工会所属会员单位". In the table these are 东航, 民航华东,
// 华东空管局, 铁路 and 中国金融. 上海金融 (the Shanghai financial union, 30 enterprises) is a
// separate line of the table and a city union, not 中国金融工会所属, so it stays ordinary. Unions
// below a special unit are special too ("所属会员单位").
//
// [key, short name (as in the table), enterprises, full name, area code for districts, special]
type Regional = [key: string, short: string, enterprises: number, name: string, area?: string, special?: true];

const districts: Regional[] = [
  ['pudong', '浦东新区', 1500, '浦东新区总工会', '310115'],
  ['xuhui', '徐汇区', 400, '徐汇区总工会', '310104'],
  ['changning', '长宁区', 400, '长宁区总工会', '310105'],
  ['putuo', '普陀区', 400, '普陀区总工会', '310107'],
  ['hongkou', '虹口区', 350, '虹口区总工会', '310109'],
  ['yangpu', '杨浦区', 500, '杨浦区总工会', '310110'],
  ['huangpu', '黄浦区', 600, '黄浦区总工会', '310101'],
  ['jingan', '静安区', 500, '静安区总工会', '310106'],
  ['baoshan', '宝山区', 550, '宝山区总工会', '310113'],
  ['minhang', '闵行区', 1000, '闵行区总工会', '310112'],
  ['jiading', '嘉定区', 650, '嘉定区总工会', '310114'],
  ['jinshan', '金山区', 400, '金山区总工会', '310116'],
  ['songjiang', '松江区', 650, '松江区总工会', '310117'],
  ['qingpu', '青浦区', 500, '青浦区总工会', '310118'],
  ['fengxian', '奉贤区', 450, '奉贤区总工会', '310120'],
  ['chongming', '崇明区', 300, '崇明区总工会', '310151'],
];

// The seeds give only short names; the full names are the usual form of each union's name.
const industries: Regional[] = [
  // block 1, column 2 (17–32)
  ['jidian', '机电', 31, '上海市机电工会'],
  ['yibiao-dianzi', '仪表电子', 14, '上海市仪表电子工会'],
  ['huaxue', '化学', 16, '上海市化学工会'],
  ['qinggong', '轻工', 2, '上海市轻工工会'],
  ['dongfang-guoji', '东方国际', 18, '东方国际（集团）有限公司工会'],
  ['yiyao', '医药', 13, '上海市医药工会'],
  ['dianli-gongsi', '电力公司', 7, '国网上海市电力公司工会'],
  ['dianli-jianshe', '电力建设', 2, '上海电力建设有限责任公司工会'],
  ['baowu', '宝武', 40, '中国宝武钢铁集团有限公司工会'],
  ['zhongye-baogang', '中冶宝钢', 3, '中冶宝钢技术服务有限公司工会'],
  ['baoye', '宝冶', 4, '上海宝冶集团有限公司工会'],
  ['gaoqiao-shihua', '高桥石化', 2, '中国石化上海高桥石油化工有限公司工会'],
  ['shanghai-shihua', '上海石化', 4, '中国石化上海石油化工股份有限公司工会'],
  ['hangtian', '航天局', 6, '上海航天局工会'],
  ['chuanbo', '船舶', 4, '上海市船舶工会'],
  ['yancao', '烟草', 2, '上海烟草集团有限责任公司工会'],
  // block 1, column 3 (33–48)
  ['shangqi', '上汽', 20, '上海汽车集团股份有限公司工会'],
  ['huadong-dianli', '华东电力', 2, '华东电力工会'],
  ['huahong', '华虹集团', 2, '上海华虹（集团）有限公司工会'],
  ['huayuan', '华源', 1, '中国华源集团有限公司工会'],
  ['huaxue-gongyequ', '化学工业区', 7, '上海化学工业区工会'],
  ['guoyao', '国药控股', 5, '国药控股股份有限公司工会'],
  ['tielu', '铁路', 10, '中国铁路上海局集团有限公司工会', undefined, true],
  ['zhongyuan-haiyun', '中远海运', 20, '中国远洋海运集团有限公司工会'],
  ['gangwu', '港务', 20, '上海国际港务（集团）股份有限公司工会'],
  ['changjiang-lunchuan', '长江轮船', 2, '长江轮船有限公司工会'],
  ['yunshu', '运输', 11, '上海市运输工会'],
  ['youzheng', '邮政', 5, '中国邮政集团有限公司上海市分公司工会'],
  ['yidong', '移动通信', 1, '中国移动通信集团上海有限公司工会'],
  ['dianxin', '电信', 10, '中国电信股份有限公司上海分公司工会'],
  ['donghai-jiuzhu', '东海救助', 2, '交通运输部东海救助局工会'],
  ['dalao', '打捞局', 2, '交通运输部上海打捞局工会'],
  // block 2, column 1 (49–72)
  ['hangdao', '航道局', 2, '中交上海航道局有限公司工会'],
  ['sanhang', '三航局', 2, '中交第三航务工程局有限公司工会'],
  ['minhang-huadong', '民航华东', 2, '中国民用航空华东地区管理局工会', undefined, true],
  ['donghang', '东航', 8, '中国东方航空集团有限公司工会', undefined, true],
  ['jichang', '机场', 10, '上海机场（集团）有限公司工会'],
  ['haishi', '海事局', 2, '上海海事局工会'],
  ['jianshe-jiaotong', '建设交通', 20, '上海市建设交通工会'],
  ['jiangong', '建工', 20, '上海建工集团股份有限公司工会'],
  ['jiaotongwei', '交通委', 3, '上海市交通委员会工会'],
  ['haiyang-shiyou', '海洋石油', 2, '中海石油（中国）有限公司上海分公司工会'],
  ['lvhua-shirong', '绿化市容', 5, '上海市绿化和市容管理局工会'],
  ['huadong-jianzhu', '华东建筑', 4, '华东建筑集团股份有限公司工会'],
  ['luzhong-kuangye', '鲁中矿业', 2, '鲁中矿业有限公司工会'],
  ['shuiwu', '水务', 3, '上海市水务局工会'],
  ['zhongjian-baju', '中建八局', 5, '中国建筑第八工程局有限公司工会'],
  ['datun-nengyuan', '大屯能源', 3, '上海大屯能源股份有限公司工会'],
  ['shanghai-jinrong', '上海金融', 30, '上海市金融工会'],
  ['shuiwu-tax', '税务', 3, '国家税务总局上海市税务局工会'],
  ['renshe', '人社局', 3, '上海市人力资源和社会保障局工会'],
  ['jiaoyu', '教育', 20, '上海市教育工会'],
  ['keji', '科技', 8, '上海市科技工会'],
  ['yiwu', '医务', 12, '上海市医务工会'],
  ['xinwen-chuban', '新闻出版', 3, '上海市新闻出版工会'],
  ['shanghai-baoye', '上海报业', 6, '上海报业集团工会'],
  // block 2, column 2 (73–95)
  ['xinhua', '新华社', 1, '新华通讯社上海分社工会'],
  ['wenlv', '文旅局', 5, '上海市文化和旅游局工会'],
  ['smg', 'SMG', 1, '上海文化广播影视集团有限公司工会'],
  ['shekeyuan', '社科院', 5, '上海社会科学院工会'],
  ['tiyu', '体育局', 4, '上海市体育局工会'],
  ['jingxinwei', '经信委', 50, '上海市经济和信息化委员会工会'],
  ['guangming', '光明', 40, '光明食品（集团）有限公司工会'],
  ['minzheng', '民政局', 9, '上海市民政局工会'],
  ['jianyu', '监狱局', 1, '上海市监狱管理局工会'],
  ['jinjiang', '锦江国际', 20, '锦江国际（集团）有限公司工会'],
  ['donghu', '东湖', 2, '上海东湖（集团）有限公司工会'],
  ['hengshan', '衡山', 2, '上海衡山（集团）有限公司工会'],
  ['shiji-jiguan', '市级机关', 1, '上海市市级机关工会'],
  ['bailian', '百联', 30, '百联集团有限公司工会'],
  ['shenneng', '申能', 10, '申能（集团）有限公司工会'],
  ['jiushi', '久事', 20, '上海久事（集团）有限公司工会'],
  ['shentong', '申通', 6, '上海申通地铁集团有限公司工会'],
  ['chengtou', '城投', 30, '上海城投（集团）有限公司工会'],
  ['dianqi-yanjiusuo', '电器研究所', 2, '上海电器科学研究所（集团）有限公司工会'],
  ['suidao', '隧道', 30, '上海隧道工程股份有限公司工会'],
  ['dichan', '地产', 20, '上海地产（集团）有限公司工会'],
  ['donghao-lansheng', '东浩兰生', 6, '东浩兰生（集团）有限公司工会'],
  ['liantong', '联通', 1, '中国联合网络通信有限公司上海市分公司工会'],
  // block 2, column 3 (96–118)
  ['dianli-gufen', '电力股份', 4, '上海电力股份有限公司工会'],
  ['zhonglv-tongye', '中铝铜业', 2, '中铝上海铜业有限公司工会'],
  ['tongxin-guanliju', '通信管理局', 1, '上海市通信管理局工会'],
  ['shangfei', '商飞', 2, '中国商用飞机有限责任公司工会'],
  ['huadong-kongguan', '华东空管局', 3, '民航华东地区空中交通管理局工会', undefined, true],
  ['lingang', '临港', 20, '上海临港经济发展（集团）有限公司工会'],
  ['haobai', '号百', 1, '号百控股股份有限公司工会'],
  ['shangshi', '上实', 7, '上海实业（集团）有限公司工会'],
  ['gongan', '公安局', 1, '上海市公安局工会'],
  ['nongwei', '农委', 5, '上海市农业农村委员会工会'],
  ['guosheng', '国盛', 3, '上海国盛（集团）有限公司工会'],
  ['huaneng', '华能', 2, '华能国际电力股份有限公司上海分公司工会'],
  ['lvdi', '绿地', 3, '绿地控股集团有限公司工会'],
  ['shibo-fazhan', '世博发展', 1, '上海世博发展（集团）有限公司工会'],
  ['shendi', '申迪', 2, '上海申迪（集团）有限公司工会'],
  ['shangying', '上影', 1, '上海电影（集团）有限公司工会'],
  ['zhongguo-jinrong', '中国金融', 3, '中国金融工会所属在沪单位工会', undefined, true],
  ['wuye', '五冶', 2, '中国五冶集团有限公司上海分公司工会'],
  ['dongfang-wang', '东方网', 1, '东方网股份有限公司工会'],
  ['shiji-chuban', '世纪出版', 10, '上海世纪出版（集团）有限公司工会'],
  ['zhongfuhui', '中福会', 3, '中国福利会工会'],
  ['nuojiya-beier', '诺基亚贝尔', 2, '诺基亚贝尔股份有限公司工会'],
  ['zhuming-waiqi', '著名外企', 10, '著名外企工会联合会'],
];

/** The table's printed total (合计), which is also the project's target (对1万家企业). */
export const ALLOCATION_2022_TOTAL = 10000;

/**
 * The printed rows add up to 10001, one more than the 合计 cell (checked cell by cell against the
 * seed; districts 9150, industry unions 851). No row is visibly garbled, so we cannot tell which
 * number is wrong: the rows are kept exactly as printed, the target stays 10000, and
 * demo-data.test.ts pins both numbers so a correction shows up as a test change.
 */
export const ALLOCATION_2022_ROWS_SUM = 10001;

// ---------------------------------------------------------------------------------------------
// Below the districts: three real streets or towns each, a development park for six of them.
// [key suffix, name]; the park entry, if any, is the fourth.

const streets: Record<string, { streets: [string, string][]; park?: [string, string] }> = {
  pudong: {
    streets: [
      ['lujiazui', '陆家嘴街道'],
      ['zhangjiangzhen', '张江镇'],
      ['chuansha', '川沙新镇'],
    ],
    park: ['zhangjiang', '张江高科技园区'],
  },
  xuhui: {
    streets: [
      ['xujiahui', '徐家汇街道'],
      ['caohejing', '漕河泾街道'],
      ['tianlin', '田林街道'],
    ],
    park: ['caohejing-park', '漕河泾新兴技术开发区'],
  },
  changning: {
    streets: [
      ['xinhualu', '新华路街道'],
      ['hongqiao', '虹桥街道'],
      ['xianxia', '仙霞新村街道'],
    ],
  },
  putuo: {
    streets: [
      ['changshoulu', '长寿路街道'],
      ['caoyang', '曹杨新村街道'],
      ['zhenru', '真如镇街道'],
    ],
  },
  hongkou: {
    streets: [
      ['sichuanbeilu', '四川北路街道'],
      ['ouyanglu', '欧阳路街道'],
      ['beiwaitan', '北外滩街道'],
    ],
  },
  yangpu: {
    streets: [
      ['wujiaochang', '五角场街道'],
      ['pingliang', '平凉路街道'],
      ['kongjiang', '控江路街道'],
    ],
  },
  huangpu: {
    streets: [
      ['nanjingdonglu', '南京东路街道'],
      ['waitan', '外滩街道'],
      ['yuyuan', '豫园街道'],
    ],
  },
  jingan: {
    streets: [
      ['jingansi', '静安寺街道'],
      ['nanjingxilu', '南京西路街道'],
      ['pengpu', '彭浦新村街道'],
    ],
    park: ['shibei', '市北高新技术服务业园区'],
  },
  baoshan: {
    streets: [
      ['wusong', '吴淞街道'],
      ['dachang', '大场镇'],
      ['gucun', '顾村镇'],
    ],
  },
  minhang: {
    streets: [
      ['xinzhuang', '莘庄镇'],
      ['qibao', '七宝镇'],
      ['jiangchuan', '江川路街道'],
    ],
    park: ['zizhu', '紫竹高新技术产业开发区'],
  },
  jiading: {
    streets: [
      ['jiadingzhen', '嘉定镇街道'],
      ['anting', '安亭镇'],
      ['nanxiang', '南翔镇'],
    ],
    park: ['jiading-industrial', '嘉定工业区'],
  },
  jinshan: {
    streets: [
      ['shihua', '石化街道'],
      ['zhujing', '朱泾镇'],
      ['fengjing', '枫泾镇'],
    ],
  },
  songjiang: {
    streets: [
      ['fangsong', '方松街道'],
      ['jiuting', '九亭镇'],
      ['sijing', '泗泾镇'],
    ],
    park: ['songjiang-edz', '松江经济技术开发区'],
  },
  qingpu: {
    streets: [
      ['xiayang', '夏阳街道'],
      ['zhujiajiao', '朱家角镇'],
      ['xujing', '徐泾镇'],
    ],
  },
  fengxian: {
    streets: [
      ['nanqiao', '南桥镇'],
      ['fengpu', '奉浦街道'],
      ['zhuanghang', '庄行镇'],
    ],
  },
  chongming: {
    streets: [
      ['chengqiao', '城桥镇'],
      ['baozhen', '堡镇'],
      ['chenjia', '陈家镇'],
    ],
  },
};

// Grassroots unions the demo accounts and walkthroughs refer to, by parent key (street or park).
const namedGrassroots: Record<string, string[]> = {
  'park-pudong-zhangjiang': ['上海张江芯源微电子有限公司工会', '上海张江智药生物科技有限公司工会', '上海张江云帆软件有限公司工会'],
  'street-pudong-lujiazui': ['上海陆家嘴汇金投资咨询有限公司工会', '上海浦江云图信息科技有限公司工会'],
  'street-pudong-zhangjiangzhen': ['上海科苑餐饮管理有限公司工会', '上海张润物业管理有限公司工会'],
  'street-pudong-chuansha': ['上海川沙鼎信物流有限公司工会', '上海川浦机械制造有限公司工会'],
  'street-jiading-jiadingzhen': ['上海嘉定汇龙商贸有限公司工会', '上海疁城文化传媒有限公司工会'],
  'street-jiading-anting': ['上海安亭汇驰汽车零部件有限公司工会', '上海安亭精锐模具有限公司工会', '上海安亭新能源汽车科技有限公司工会'],
  'street-jiading-nanxiang': ['上海翔云物流有限公司工会', '上海南翔精密机械有限公司工会'],
  'park-jiading-jiading-industrial': ['上海嘉工智能装备有限公司工会', '上海嘉北电子科技有限公司工会'],
};

// Grassroots unions directly under a few industry unions (including two special ones).
const industryGrassroots: Record<string, string[]> = {
  'industry-shangqi': ['上海申汽精密部件有限公司工会', '上海汽联物流有限公司工会'],
  'industry-guangming': ['上海明牧乳品有限公司工会'],
  'industry-bailian': ['上海联购商贸有限公司工会', '上海百汇便利连锁有限公司工会'],
  'industry-jiangong': ['上海沪建基础工程有限公司工会'],
  'industry-tielu': ['上海路桥轨道设备维修有限公司工会'],
  'industry-donghang': ['上海东远航空地面服务有限公司工会'],
};

/** The demo's gig platforms (named in 001 巡回体检项目 一); the accounts `eleme` and `meituan` work at them. */
const platforms: [key: string, name: string, shortName: string][] = [
  ['platform-eleme', '饿了么上海', '饿了么'],
  ['platform-meituan', '美团上海', '美团'],
];

/** Keys of the orgs the demo accounts belong to. */
export const demoOrgKeys = {
  federation: FEDERATION_KEY,
  /** The demo account `pudong` is an officer of this district union. */
  pudong: 'district-pudong',
  /** The demo account `jiading` is an officer of this district union. */
  jiading: 'district-jiading',
  /** The grassroots officer's union: 上海张江芯源微电子有限公司工会 in the Zhangjiang park, Pudong. */
  grassroots: 'park-pudong-zhangjiang-g1',
  /** The demo accounts `eleme` and `meituan` work at these platforms. */
  eleme: 'platform-eleme',
  meituan: 'platform-meituan',
} as const;

// ---------------------------------------------------------------------------------------------
// Invented company names for the other grassroots unions: 上海 + two-character name + trade.

const NAME_FIRST = [...'申沪浦华东海江新泰博锦宏凯汇瑞鼎德信诚嘉'];
const NAME_SECOND = [...'联达恒源盛通创科程鑫润泽晟弘益拓启航宸兴'];
const TRADES = [
  '信息科技',
  '精密机械',
  '物流',
  '餐饮管理',
  '商贸',
  '电子科技',
  '生物医药',
  '建筑工程',
  '物业管理',
  '汽车零部件',
  '网络科技',
  '食品',
  '服饰',
  '环保科技',
  '智能装备',
  '检测技术',
  '供应链管理',
  '文化传媒',
];

function buildOrgs(): DemoOrg[] {
  const orgs: DemoOrg[] = [federation];
  for (const [functionCode, name, shortName] of departments)
    orgs.push({ key: `department-${functionCode}`, parentKey: FEDERATION_KEY, kind: 'department', name, shortName, functionCode });
  for (const [functionCode, name, shortName, prefix] of agencies) {
    const key = `agency-${functionCode}`;
    orgs.push({ key, parentKey: FEDERATION_KEY, kind: 'agency', name, shortName, functionCode, code: demoCreditCode(prefix, SHANGHAI, key) });
  }

  const special = new Set<string>();
  let no = 0;
  const regional = (kind: 'district' | 'industry', [k, short, enterprises, name, area, isSpecial]: Regional) => {
    const key = `${kind}-${k}`;
    if (isSpecial) special.add(key);
    orgs.push({
      key,
      parentKey: FEDERATION_KEY,
      kind,
      name,
      shortName: short,
      code: demoCreditCode('89', area ?? SHANGHAI, key),
      unitCategory: isSpecial ? 'special' : 'ordinary',
      allocation2022: { no: ++no, enterprises },
    });
  };
  for (const d of districts) regional('district', d);
  for (const i of industries) regional('industry', i);

  const usedNames = new Set(orgs.map((o) => o.name));
  const rng = createRng(2022);
  const inventName = () => {
    for (;;) {
      const name = `上海${NAME_FIRST[rng.int(NAME_FIRST.length)]}${NAME_SECOND[rng.int(NAME_SECOND.length)]}${TRADES[rng.int(TRADES.length)]}有限公司工会`;
      if (!usedNames.has(name)) {
        usedNames.add(name);
        return name;
      }
    }
  };
  const grassroots = (parentKey: string, area: string, names: string[]) => {
    names.forEach((name, i) => {
      const key = `${parentKey}-g${i + 1}`;
      usedNames.add(name);
      orgs.push({
        key,
        parentKey,
        kind: 'grassroots',
        name,
        code: demoCreditCode('81', area, key),
        unitCategory: special.has(parentKey) ? 'special' : 'ordinary',
      });
    });
  };

  for (const [dk, short, , , area] of districts) {
    const district = `district-${dk}`;
    const { streets: list, park } = streets[dk]!;
    const children: { key: string; kind: 'street' | 'park'; name: string; shortName: string }[] = list.map(([sk, sname]) => ({
      key: `street-${dk}-${sk}`,
      kind: 'street',
      name: `${short}${sname}总工会`,
      shortName: sname,
    }));
    if (park) children.push({ key: `park-${dk}-${park[0]}`, kind: 'park', name: `${short}${park[1]}工会联合会`, shortName: park[1] });
    for (const c of children) {
      orgs.push({ ...c, parentKey: district, code: demoCreditCode('89', area!, c.key), unitCategory: 'ordinary' });
      usedNames.add(c.name);
    }
    for (const c of children) {
      const names = namedGrassroots[c.key] ?? Array.from({ length: 2 + rng.int(2) }, inventName);
      grassroots(c.key, area!, names);
    }
  }
  for (const [parentKey, names] of Object.entries(industryGrassroots)) grassroots(parentKey, SHANGHAI, names);
  // 网约平台 (001 巡回体检项目 一：以美团、饿了么等外卖平台的网约配送员……为主; 互助保障计划 二 网约平台组织参保): two
  // platforms under the federation, last so every other org keeps its id. Codes: 91, a company.
  for (const [key, name, shortName] of platforms)
    orgs.push({ key, parentKey: FEDERATION_KEY, kind: 'platform', name, shortName, code: demoCreditCode('91', SHANGHAI, key) });
  return orgs;
}

/** Parent before child: the federation, its units, the regional unions, then each district's subtree. */
export const demoOrgs: DemoOrg[] = buildOrgs();
