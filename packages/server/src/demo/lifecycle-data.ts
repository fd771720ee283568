// Demo data of the yearly project cycle, transcribed from the seeds (/work/shared/seeds):
//  - the federation's lists for 2018 (000, 沪工总办〔2017〕360号), 2022 (001, 沪工总办〔2022〕15号) and
//    2025 (003, 沪工总办〔2024〕189号) with plans, targets, milestones and contacts as the documents give them;
//  - the 2022 allocation table (001 附件1) as the guidance project's split of its 10,000 target, rows as
//    printed: they add up to 10,001 (see ALLOCATION_2022_ROWS_SUM), so the evaluation flags the mismatch;
//  - Jiading's 2021 list (002) and Yangpu's 2017 list (004 附件3);
//  - Yangpu's call for 2018 (004) with proposals at every step, and a federation call open today;
//  - progress reports: 2025 guidance quarters 1–2 accepted, 3 waiting, 4 (November) overdue; two
//    unions' 2022 monthly reports in the columns of 001 附件3.
// Readings: a target is written only where the document states a number; budgets only where the
// document gives a unit amount and a count (10 teams × 5万; 80 × 5,000 + 20 × 10,000; 10,000 × 218).
import type { TargetActualFrom } from '../db/schema.ts';
import type { Services } from '../platform/services.ts';
import { demoOrgs } from './org-data.ts';
import { stageOn } from '../modules/calls/stages.ts';

type Contact = { name: string; org?: string; phone?: string; email?: string };
type Target = { indicator: string; unit: string; planned: number; children?: Target[]; note?: string; actualFrom?: TargetActualFrom };
type Milestone = { title: string; startsOn?: string; dueOn: string; responsible?: string };
interface DemoProject {
  title: string;
  category: string;
  responsible?: string; // function code of a department or agency
  summary?: string;
  purpose?: string;
  targetGroups?: string;
  budgetYuan?: number;
  costShares?: { party: string; share: string }[];
  contacts?: Contact[];
  programs?: string[];
  cadence?: { kind: 'monthly' | 'quarterly'; months: number[] };
  targets?: Target[];
  milestones?: Milestone[];
  source: string;
}
interface DemoSlate {
  org: 'federation' | string; // or a district short name
  year: number;
  title: string;
  meeting?: string;
  documentNo?: string;
  approvedOn?: string;
  closedOn?: string;
  source: string;
  projects: DemoProject[];
}

const Q = '63211939';

export const slate2018: DemoSlate = {
  org: 'federation',
  year: 2018,
  title: '2018年上海市总工会服务职工实项目',
  meeting: '2017年第32次主席办公会议',
  documentNo: '沪工总办〔2017〕360号',
  // The notice's date is not in the extracted text; the year's first day stands in for it.
  approvedOn: '2017-12-31',
  closedOn: '2018-12-31',
  source: '000',
  projects: [
    {
      title: '职工“应援尽援”维权服务',
      category: 'rights',
      responsible: 'labour-relations',
      purpose: '对职工合法劳动经济权益诉求提供“零门槛”援助服务',
      targetGroups: '困难职工、农民工、持有效上海工会会员服务卡职工等六类重点服务对象',
      contacts: [{ name: '秦利佳', org: '市总劳动关系部', phone: `${Q}-5065` }],
      source: '000 职工“应援尽援”维权服务实施方案',
    },
    {
      title: '技能人才职业发展助推',
      category: 'skills',
      responsible: 'grassroots-work',
      programs: ['skill-promotion-award'],
      contacts: [
        { name: '叶懿', org: '市总基层工作部', phone: `${Q}-4101` },
        { name: '于劼', org: '市总基层工作部', phone: `${Q}-4101` },
        { name: '陈志渊', org: '市职工技协服务中心', phone: '55885659' },
      ],
      source: '000 技能人才职业发展助推实施方案',
    },
    {
      title: '一线职工岗位创新激励',
      category: 'skills',
      responsible: 'grassroots-work',
      programs: ['invention-award'],
      contacts: [
        { name: '叶懿', org: '市总基层工作部', phone: `${Q}-4101` },
        { name: '于劼', org: '市总基层工作部', phone: `${Q}-4101` },
      ],
      source: '000 一线职工岗位创新激励实施方案',
    },
    {
      title: '“劳动光荣 休养快乐”行动',
      category: 'health',
      responsible: 'rights',
      programs: ['group-sanatorium', 'member-vacation'],
      costShares: [
        { party: '市总工会', share: '所选计划的1/3—1/4' },
        { party: '区局（产业）工会', share: '贴一点' },
        { party: '基层单位', share: '出一点' },
      ],
      contacts: [
        { name: '余嘉毅', org: '市总权益保障部', phone: `${Q}*3074`, email: 'yuji@shzgh.org' },
        { name: '杨霄波', org: '海鸥集团疗休养事业发展部', phone: '13901728206' },
        { name: '杨洁', org: '海鸥集团疗休养事业发展部', phone: '13601734013' },
      ],
      source: '000 “劳动光荣 休养快乐”行动实施方案',
    },
    {
      title: '职工健康体检行动',
      category: 'health',
      responsible: 'rights',
      programs: ['health-checkup'],
      costShares: [
        { party: '市总工会', share: 'D、E、F计划 1/3' },
        { party: '市工人疗养院', share: 'D、E、F计划 1/3' },
        { party: '基层单位', share: 'D、E、F计划 1/3' },
      ],
      contacts: [{ name: '余嘉毅', org: '市总权益保障部', phone: `${Q}-3074`, email: 'yujy@shzgh.org' }],
      source: '000 职工健康体检行动实施方案',
    },
    {
      title: '“卡卡”服务会员行动',
      category: 'living',
      responsible: 'rights',
      programs: ['member-protection'],
      contacts: [{ name: '汪佳侃', org: '市总权益保障部', phone: `${Q}-3075` }],
      source: '000 “卡卡”服务会员行动实施方案 三、时间节点',
      milestones: [
        { title: '会员服务卡库进行数据比对，暂停办理', startsOn: '2018-01-01', dueOn: '2018-01-31' },
        { title: '对2017年有效会员进行集中注册', startsOn: '2018-02-01', dueOn: '2018-03-31' },
        { title: '开放办理工会会员服务卡', startsOn: '2018-02-01', dueOn: '2018-12-31' },
        { title: '注册会员进行集中统一参保', startsOn: '2018-04-01', dueOn: '2018-04-30' },
        { title: '新办卡会员纳入2018年度会员专享基本保障', startsOn: '2018-12-01', dueOn: '2018-12-31' },
        { title: '2018年度专享基本保障期满', dueOn: '2018-12-31' },
        { title: '2018年度专享基本保障提交给付申请材料截止', dueOn: '2019-06-30' },
      ],
    },
    {
      title: '女职工幸福关爱行动',
      category: 'living',
      responsible: 'grassroots-work',
      programs: ['nursing-room-subsidy', 'childcare-subsidy'],
      targets: [{ indicator: '补贴建成爱心妈咪小屋', unit: '家', planned: 400 }],
      contacts: [{ name: '郜晶', org: '市总工会基层工作部', phone: `${Q}-4094` }],
      source: '000 女职工幸福关爱行动实施方案 一',
    },
    {
      title: '大病职工慰问行动',
      category: 'hardship',
      responsible: 'rights',
      programs: ['critical-illness-condolence'],
      contacts: [
        { name: '李丽逸', org: '市总权益保障部', phone: `${Q}-3300` },
        { name: '谢莉', org: '上海市职工保障互助中心', phone: '63500870' },
      ],
      source: '000 大病职工慰问行动实施方案',
    },
    {
      title: '公益乐学职工文体服务',
      category: 'culture-sports',
      responsible: 'culture-palace',
      targetGroups: '本市所有职龄人口',
      contacts: [
        { name: '杨更', org: '上海市工人文化宫培训部', phone: '63520282', email: 'sh_sgpu@sina.com' },
        { name: '赵菲', org: '上海市工人文化宫培训部', phone: '63520282' },
      ],
      source: '000 公益乐学职工文体服务实施方案',
    },
  ],
};

export const slate2022: DemoSlate = {
  org: 'federation',
  year: 2022,
  title: '2022年上海市总工会服务职工实项目清单',
  meeting: '2021年第35次主席办公会议',
  documentNo: '沪工总办〔2022〕15号',
  approvedOn: '2022-01-01',
  closedOn: '2022-12-31',
  source: '001 附件1',
  projects: [
    {
      title: '巩固100个园区（楼宇）健康服务点、新增30个园区（楼宇）健康服务点',
      category: 'health',
      responsible: 'grassroots-work',
      programs: ['health-point-grant'],
      costShares: [
        { party: '市总工会', share: '新增服务点一次性1.5万元' },
        { party: '区总工会', share: '不低于1:1:1配套' },
        { party: '街镇（园区、楼宇）工会', share: '不低于1:1:1配套' },
      ],
      targets: [
        { indicator: '巩固健康服务点', unit: '个', planned: 100 },
        { indicator: '新增健康服务点', unit: '个', planned: 30 },
      ],
      contacts: [
        { name: '张亚雯', org: '上海市总工会基层工作部', phone: `${Q}-4094` },
        { name: '左鑫荣', org: '上海市总工会职工服务中心基层服务部', phone: '65862324' },
      ],
      source: '001 项目1',
    },
    {
      title: '新建和改建50家职工健身驿站',
      category: 'culture-sports',
      responsible: 'publicity',
      programs: ['fitness-station-class'],
      targets: [{ indicator: '新建和改建职工健身驿站', unit: '家', planned: 50 }],
      contacts: [{ name: '余洪海', org: '市总宣传教育部', phone: '18918885587' }],
      source: '001 项目2',
    },
    {
      title: '组织万名抗疫一线职工疗休养',
      category: 'health',
      responsible: 'rights',
      programs: ['frontline-sanatorium'],
      targets: [{ indicator: '抗疫一线职工疗休养', unit: '人', planned: 10000 }],
      contacts: [{ name: '尤骏', org: '市总工会权益保障部', phone: `${Q}-3300`, email: 'youjun@shzgh.org' }],
      source: '001 项目3（四）名额',
    },
    {
      title: '组织万名新就业形态劳动者巡回体检',
      category: 'health',
      responsible: 'workers-sanatorium',
      programs: ['gig-mobile-checkup'],
      targets: [{ indicator: '新就业形态劳动者巡回体检', unit: '人', planned: 10000 }],
      contacts: [
        { name: '路佳燕', org: '市工人疗养院', phone: '6362709288、13482809753' },
        { name: '张赞', org: '市工人疗养院', phone: '6362709288、13916606395' },
      ],
      source: '001 项目4',
    },
    {
      title: '组织2万名新就业形态劳动者参加“新就业形态劳动者互助保障计划”',
      category: 'rights',
      responsible: 'rights',
      programs: ['gig-mutual-protection'],
      targets: [{ indicator: '参加互助保障计划', unit: '人', planned: 20000 }],
      contacts: [
        { name: '余嘉毅', org: '市总权益保障部', phone: `${Q}-3074` },
        { name: '范小雨', org: '市总基层工作部', phone: `${Q}-4092` },
        { name: '李心蔚', org: '市职工保障互助中心', phone: '63520668-6017' },
      ],
      source: '001 项目5',
    },
    {
      title: '推进新建10家园区（企业）一线职工食堂',
      category: 'living',
      responsible: 'rights',
      targets: [{ indicator: '新建一线职工食堂', unit: '家', planned: 10 }],
      contacts: [{ name: '汪佳侃', org: '市总工会权益保障部', phone: `${Q}-3075` }],
      source: '001 项目6',
    },
    {
      title: '百万会员扫码共享普惠服务',
      category: 'living',
      responsible: 'rights',
      targets: [{ indicator: '扫码共享普惠服务会员', unit: '人', planned: 1000000 }],
      contacts: [{ name: '庄若冰', org: '市总工会权益保障部', phone: `${Q}-3434`, email: 'zhuangrb@shzgh.org' }],
      source: '001 项目7',
    },
    {
      title: '助力万名困难职工实现“微心愿”',
      category: 'hardship',
      responsible: 'rights',
      programs: ['micro-wish'],
      source: '001 项目8（5000本市 + 5000对口支援地区：云南2000，日喀则、果洛、喀什各1000）',
      targets: [
        {
          indicator: '实现困难职工微心愿',
          unit: '个',
          planned: 10000,
          children: [
            { indicator: '本市困难职工微心愿', unit: '个', planned: 5000 },
            { indicator: '对口支援地区困难职工微心愿', unit: '个', planned: 5000 },
          ],
        },
      ],
      contacts: [
        { name: '陈睿', org: '市总工会权益保障部', phone: `${Q}-3072` },
        { name: '竺焯岚', org: '市总工会职工服务中心', phone: '65866029' },
        { name: '夏幸佳', org: '市总工会职工服务中心', phone: '65866029' },
        { name: '杜琴', org: '市职工帮困基金会', phone: '65866027' },
      ],
    },
    {
      title: '对万家企业实施和谐劳动关系建设优化指导服务',
      category: 'rights',
      responsible: 'labour-relations',
      programs: ['labour-relations-guidance-subsidy', 'labour-relations-assessment'],
      cadence: { kind: 'monthly', months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
      costShares: [
        { party: '市总工会', share: '入户指导服务人员150元/天' },
        { party: '区局（产业）工会', share: '可配套相关补贴经费' },
      ],
      targets: [{ indicator: '实施和谐劳动关系建设优化指导服务的企业', unit: '家', planned: 10000 }],
      contacts: [{ name: '殷崇莉', org: '市总工会劳动关系工作部', phone: `${Q}-5064`, email: 'yincl@shzgh.org' }],
      source: '001 项目9，附件1 目标分配表，附件3 汇总及补贴申报表（每月月底上报）',
    },
    {
      title: '百名劳模工匠服务千家企业和校园',
      category: 'skills',
      responsible: 'grassroots-work',
      targets: [
        { indicator: '劳模工匠', unit: '名', planned: 100 },
        { indicator: '服务企业和校园', unit: '家', planned: 1000 },
      ],
      contacts: [
        { name: '张亚雯', org: '上海市总工会基层工作部', phone: `${Q}-4094` },
        { name: '师荣欣', org: '上海市总工会宣传教育部', phone: `${Q}-2112` },
        { name: '赵志灏', org: '上海市职工技协服务中心', phone: '55885592' },
        { name: '朱洪程', org: '上海市职工技协服务中心', phone: '55885592' },
      ],
      source: '001 项目10',
    },
    {
      title: '选树10个上海职工示范性文艺团队',
      category: 'culture-sports',
      responsible: 'publicity',
      budgetYuan: 500000,
      targets: [{ indicator: '选树示范性文艺团队', unit: '个', planned: 10 }],
      contacts: [{ name: '宋昶', org: '市总宣传部', phone: `${Q}-2124`, email: 'songc@shzgh.org' }],
      source: '001 项目11（每个团队5万元扶持经费）',
    },
    {
      title: '创建巾帼创新人才大联盟',
      category: 'skills',
      responsible: 'women',
      contacts: [{ name: '陆韵', org: '市总女工委办公室', phone: `${Q}-4101`, email: 'luyun@shzgh.org' }],
      source: '001 项目12',
      milestones: [
        { title: '搭建巾帼创新人才库', startsOn: '2022-01-01', dueOn: '2022-09-30' },
        { title: '联盟阶段工作', startsOn: '2022-05-01', dueOn: '2022-06-30' },
        { title: '联盟阶段工作', startsOn: '2022-03-01', dueOn: '2022-08-31' },
        { title: '联盟阶段工作', startsOn: '2022-09-01', dueOn: '2022-09-30' },
      ],
    },
  ],
};

export const slate2025: DemoSlate = {
  org: 'federation',
  year: 2025,
  title: '2025年上海市总工会服务职工实事项目清单',
  meeting: '2024年第17次主席办公会议',
  documentNo: '沪工总办〔2024〕189号',
  approvedOn: '2024-12-31',
  source: '003 附件1',
  projects: [
    {
      title: '组织350万名工会会员参加《工会会员专享基本保障》',
      category: 'rights',
      responsible: 'rights',
      programs: ['member-protection'],
      // Counted from the cover register (covers confirmed), not from reports.
      targets: [{ indicator: '参加会员专享基本保障的会员', unit: '人', planned: 3500000, actualFrom: 'deliveries' }],
      source: '003 附件2-1 三、时间节点',
      contacts: [
        { name: '余嘉毅', org: '市总工会权益保障部', phone: '021-63215018*2354' },
        { name: '吕振栋', org: '市总工会职工服务中心', phone: '021-65846530' },
        { name: '李心蔚', org: '市职工保障互助中心', phone: '021-63520668*8011' },
        { name: '范老师', org: '上海工会网上工作平台技术支持', phone: '18513118305' },
      ],
      milestones: [
        { title: '开展2025年度集中参保工作', startsOn: '2024-11-01', dueOn: '2024-12-31' },
        {
          title: '基层工会确认集中参保的待参保人员名单，选择保障类型并提交至区局（产业）工会审核',
          startsOn: '2024-11-01',
          dueOn: '2024-12-15',
          responsible: '基层工会',
        },
        { title: '区局（产业）工会进行集中参保确认审核', startsOn: '2024-12-16', dueOn: '2024-12-31', responsible: '区局（产业）工会' },
        { title: '2024年度会员专享基本保障期满；完成2025年度集中参保工作', dueOn: '2024-12-31' },
        { title: '2025年会员服务卡办理和即时参保启动', dueOn: '2025-01-01' },
        { title: '2025年度集中参保保费缴纳时间截止（转账至市职保中心并上传缴费凭证）', dueOn: '2025-01-20', responsible: '区局（产业）工会' },
      ],
    },
    {
      title: '千名劳模工匠助企行',
      category: 'skills',
      responsible: 'grassroots-work',
      targets: [{ indicator: '深入企业服务的劳模工匠', unit: '名', planned: 1000 }],
      contacts: [
        { name: '张月', org: '市总工会基层工作部', phone: '021-63295035 15810050565' },
        { name: '朱洪程', org: '市职工技协服务中心', phone: '021-55885592 13962714841' },
      ],
      source: '003 附件2-2',
    },
    {
      title: '万家企业和谐劳动关系指导服务',
      category: 'rights',
      responsible: 'labour-relations',
      programs: ['labour-relations-guidance-subsidy', 'labour-relations-assessment'],
      cadence: { kind: 'quarterly', months: [3, 6, 9, 11] },
      costShares: [{ party: '市总工会', share: '150元/人·天（不具有公务员、事业编制身份的服务人员）' }],
      targets: [{ indicator: '接受和谐劳动关系指导服务的企业', unit: '家', planned: 10000 }],
      milestones: [{ title: '完成年度目标任务', dueOn: '2025-11-30', responsible: '各区局（产业）工会' }],
      contacts: [
        { name: '殷崇莉', org: '市总工会劳动关系工作部', phone: '021-63211939', email: 'yincl@shzgh.org' },
        { name: '曲珂', org: '市总工会劳动关系工作部', phone: '021-63211939', email: 'quke@shzgh.org' },
      ],
      source: '003 附件2-3（3月、6月、9月、11月上报汇总表，附件2-3-2）',
    },
    {
      title: '千名劳动关系协调师培育工程',
      category: 'rights',
      responsible: 'labour-relations',
      targets: [{ indicator: '培育劳动关系协调师', unit: '名', planned: 1000 }],
      contacts: [{ name: '戴文雯', org: '市总工会劳动关系工作部', phone: '021-63211939' }],
      source: '003 附件2-4',
    },
    {
      title: '百场新就业形态劳动者法律服务系列专场活动',
      category: 'rights',
      responsible: 'labour-relations',
      targets: [{ indicator: '法律服务专场活动', unit: '场', planned: 100 }],
      milestones: [{ title: '选取一家头部平台企业举办首场法律服务专场活动，同步启动全市活动', startsOn: '2025-01-01', dueOn: '2025-03-31' }],
      contacts: [{ name: '蒋慧勤', org: '市总工会劳动关系工作部', phone: '021-63211939' }],
      source: '003 附件2-5',
    },
    {
      title: '万名新就业形态和灵活就业女职工移动“两病”筛查',
      category: 'health',
      responsible: 'grassroots-work',
      programs: ['two-disease-screening'],
      budgetYuan: 2180000,
      targets: [{ indicator: '接受“两病”筛查的女职工', unit: '人', planned: 10000, actualFrom: 'deliveries' }],
      contacts: [{ name: '穆维贞', org: '市总工会基层工作部', phone: '021-63211939-2356' }],
      source: '003 附件2-6（218元/人）',
    },
    {
      title: '建设100个工会司机之家',
      category: 'living',
      responsible: 'grassroots-work',
      programs: ['driver-home-grant'],
      budgetYuan: 600000,
      costShares: [
        { party: '市总工会', share: '验收合格的微型5000元/家、综合型10000元/家' },
        { party: '区局（产业）工会', share: '为建设提供资金保障' },
      ],
      targets: [
        {
          indicator: '工会司机之家',
          unit: '个',
          planned: 100,
          children: [
            { indicator: '微型工会司机之家', unit: '个', planned: 80 },
            { indicator: '综合型工会司机之家', unit: '个', planned: 20 },
          ],
        },
      ],
      milestones: [
        { title: '各区局（产业）工会向市总工会职工服务中心报备本年度创建计划', dueOn: '2025-02-21', responsible: '各区局（产业）工会' },
        { title: '报送《工会司机之家创建申报表》（附件2-7-1、2-7-2）', dueOn: '2025-06-30', responsible: '各区局（产业）工会' },
        { title: '完成审核验收，下发“工会司机之家”铭牌', startsOn: '2025-09-01', dueOn: '2025-09-30', responsible: '市总工会' },
      ],
      contacts: [
        { name: '王凯', org: '市总工会基层工作部', phone: '18116026120' },
        { name: '夏与非', org: '市总工会职工服务中心基层服务部', phone: '021-65454289', email: 'fredxyf@163.com' },
      ],
      source: '003 附件2-7',
    },
    {
      title: '新建和改建30家职工健身驿站（健身角）',
      category: 'culture-sports',
      responsible: 'publicity',
      programs: ['fitness-station-class'],
      targets: [{ indicator: '新建和改建职工健身驿站（健身角）', unit: '家', planned: 30 }],
      contacts: [{ name: '余洪海', org: '市总工会宣传教育部', phone: '021-63211939-2121' }],
      source: '003 附件2-8',
      milestones: [
        { title: '发布通知', startsOn: '2025-01-01', dueOn: '2025-01-31' },
        { title: '申报与审核，现场确认', startsOn: '2025-02-01', dueOn: '2025-04-30', responsible: '市总工会、市体育局、各区局（产业）工会' },
        { title: '职工健身驿站建设', startsOn: '2025-05-01', dueOn: '2025-09-30', responsible: '各建设单位' },
        {
          title: '职工健身驿站验收（第三季度完成30家）',
          startsOn: '2025-06-01',
          dueOn: '2025-09-30',
          responsible: '市体育局群体处、市总宣教部、各相关区局（产业）工会',
        },
        { title: '下拨补助经费和颁发铭牌', startsOn: '2025-10-01', dueOn: '2025-10-31' },
      ],
    },
    {
      title: '组织5万名一线技术工人及职工疗休养',
      category: 'health',
      responsible: 'rights',
      programs: ['group-sanatorium', 'member-vacation'],
      // Members on settled trip rosters and approved vacations.
      targets: [{ indicator: '一线技术工人及职工疗休养', unit: '人', planned: 50000, actualFrom: 'deliveries' }],
      contacts: [{ name: '尤骏', org: '上海海鸥控股（集团）有限公司', phone: '021-65151360-816' }],
      source: '003 附件2-9',
    },
    {
      title: '关爱万名职工心理健康服务项目',
      category: 'health',
      responsible: 'publicity',
      targets: [{ indicator: '心理健康服务辐射职工', unit: '人', planned: 10000 }],
      contacts: [
        { name: '邹晓鹰', org: '市总工会宣传教育部', phone: '13301925789' },
        { name: '赵明', org: '市总工会职工服务中心', phone: '021-63353669' },
      ],
      source: '003 附件2-10',
      milestones: [
        { title: '优化12351热线服务时间，智慧工会平台中增设数字心理服务', startsOn: '2025-01-01', dueOn: '2025-12-31' },
        { title: '心理健康服务阶段工作', startsOn: '2025-04-01', dueOn: '2025-10-31' },
        { title: '心理健康服务阶段工作', startsOn: '2025-01-01', dueOn: '2025-11-30' },
        { title: '心理健康服务阶段工作', startsOn: '2025-04-01', dueOn: '2025-06-30' },
        { title: '心理健康服务阶段工作', startsOn: '2025-02-01', dueOn: '2025-11-30' },
      ],
    },
  ],
};

// 002: the article announces 18 projects but describes eight sections (two of them pair projects);
// the list holds the eight sections as printed.
export const slateJiading2021: DemoSlate = {
  org: '嘉定区',
  year: 2021,
  title: '嘉定区总工会2021年服务职工群众18件实事',
  closedOn: '2021-12-31',
  source: '002',
  projects: [
    {
      title: '2021年职工疗休养、健康体检',
      category: 'health',
      programs: ['group-sanatorium', 'health-checkup'],
      targets: [{ indicator: 'D、E、F体检计划名额（先到先得）', unit: '人', planned: 6000 }],
      source: '002 “2021年职工疗休养、健康体检”项目',
    },
    { title: '建立园区（楼宇、商圈）职工健康服务点', category: 'health', programs: ['health-point-grant'], source: '002' },
    {
      title: '组织万名职工“看花博”',
      category: 'culture-sports',
      targets: [{ indicator: '组织职工参观花博会', unit: '人次', planned: 10000 }],
      source: '002 “组织万名职工‘看花博’”项目 二、目标任务',
    },
    { title: '为灵活就业从业人员提供“五送”等关心关爱服务', category: 'hardship', source: '002' },
    {
      title: '开展和谐劳动关系“法律体检”服务',
      category: 'rights',
      targets: [{ indicator: '“法律体检”服务企业', unit: '家', planned: 30 }],
      source: '002 一、实施时间',
      milestones: [
        { title: '开展培训', startsOn: '2021-01-01', dueOn: '2021-03-31' },
        { title: '具体实施', startsOn: '2021-04-01', dueOn: '2021-10-31' },
        { title: '总结评估', startsOn: '2021-11-01', dueOn: '2021-11-30' },
      ],
    },
    { title: '工会会员专享基本保障', category: 'rights', programs: ['member-protection'], source: '002' },
    { title: '助力困难职工实现“微心愿”', category: 'hardship', programs: ['micro-wish'], source: '002' },
    { title: '助推技能人才职业发展、奖励一线职工授权发明专利', category: 'skills', programs: ['skill-promotion-award', 'invention-award'], source: '002' },
  ],
};

export const slateYangpu2017: DemoSlate = {
  org: '杨浦区',
  year: 2017,
  title: '2017年度杨浦工会服务职工实事项目',
  closedOn: '2017-12-31',
  source: '004 附件3',
  projects: [
    {
      title: '做实工会会员服务卡',
      category: 'living',
      summary: '为150000名持卡会员提供普惠、特惠、商惠服务；四类重大疾病住院职工1万元保障；60余个商家9折起优惠；10个文体活动机构培训和活动优惠',
      targets: [{ indicator: '持卡会员', unit: '名', planned: 150000 }],
      source: '004 附件3 第1项',
    },
    {
      title: '提供10000人次“公益乐学”服务',
      category: 'culture-sports',
      targets: [
        { indicator: '公益乐学服务', unit: '人次', planned: 10000 },
        { indicator: '培训课程', unit: '门', planned: 30 },
      ],
      source: '004 附件3 第2项',
    },
    {
      title: '为职工购买区域文体活动服务',
      category: 'culture-sports',
      budgetYuan: 500000,
      targets: [
        { indicator: '区级赛事和主题活动', unit: '场', planned: 15 },
        { indicator: '文体活动场地补贴', unit: '场次', planned: 1000 },
        { indicator: '文体活动项目补贴', unit: '场次', planned: 100 },
      ],
      source: '004 附件3 第3项',
    },
    {
      title: '组织疗休养和困难女职工体检',
      category: 'health',
      targets: [
        { indicator: '参加疗休养职工', unit: '名', planned: 3000 },
        { indicator: '困难女职工体检', unit: '名', planned: 1000 },
      ],
      source: '004 附件3 第4项',
    },
    {
      title: '新建10家爱心妈咪小屋',
      category: 'living',
      targets: [{ indicator: '新建爱心妈咪小屋', unit: '家', planned: 10, note: '年内全区共建成50家' }],
      source: '004 附件3 第5项',
    },
    {
      title: '“天天有招聘、周周有面试、月月有职场”',
      category: 'employment',
      targets: [
        { indicator: '就业招聘会', unit: '场', planned: 60 },
        { indicator: '开发岗位', unit: '个', planned: 20000 },
        { indicator: '帮助实现就业', unit: '名', planned: 2500 },
      ],
      source: '004 附件3 第6项',
    },
    { title: '开设职工心理咨询热线', category: 'health', source: '004 附件3 第7项' },
    { title: '工会法律服务“应援尽援”“零门槛”', category: 'rights', source: '004 附件3 第8项' },
    { title: '健全窗口延时服务制度', category: 'other', source: '004 附件3 第9项' },
    {
      title: '建立完善“工匠”培育制度',
      category: 'skills',
      targets: [{ indicator: '技师岗位培训职工', unit: '名', planned: 1000 }],
      source: '004 附件3 第10项',
    },
  ],
};

// 004 二、征集原则 (four principles), 三、征集时间 and 五、时间节点. 征求意见 is "2018年1月下旬" (21st–31st);
// the publication is an event (区工会六届三次全会) whose date the notice does not give.
const yangpuPrinciples = [
  '（一）普惠职工。实事项目必须着眼职工群众对美好生活的向往，从职工迫切需求出发，既要考虑到特殊群体，又要能够惠及广大职工，普惠与特惠相结合，具有代表性、普遍性和广泛性。',
  '（二）当年见效。实事项目要切合当前形势下工会运转的特征和实际情况，有时效和实效，当年投入，当年出成效，让职工群众有真正的获得感。',
  '（三）量化评估。实事项目可通过一定量化的指标进行检查和考核，综合评估其成效，对实事项目机制建立健全有促进作用，且可操作、可推广、可持续。',
  '（四）网上延伸。实事项目的建设、运营和发展，要主动适应“互联网+”的时代背景，充分运用信息化手段，依托杨浦区总工会网站、“杨浦职工之家”微信公众号等平台，为实事项目的推进提质增效。',
].join('\n');

function addDays(date: string, n: number) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export async function loadLifecycleDemo(s: Services) {
  const db = s.database.db;
  await db.transaction().execute(async (trx) => {
    const orgs = await trx.selectFrom('orgs').select(['id', 'kind', 'short_name', 'function_code', 'allocation_no', 'name', 'path']).execute();
    const federation = orgs.find((o) => o.kind === 'municipal')!;
    const byFunction = (code: string) => orgs.find((o) => o.function_code === code)!.id;
    const district = (short: string) => orgs.find((o) => o.kind === 'district' && o.short_name === short)!;
    const admin = await trx.selectFrom('accounts').select(['id', 'password_hash']).where('username', '=', 'admin').executeTakeFirstOrThrow();

    // Two more demo accounts, so Yangpu's call has its own officers (same demo password as the others).
    const yangpu = district('杨浦区');
    const wujiaochang = orgs.find((o) => o.kind === 'street' && o.short_name === '五角场街道' && o.path.startsWith(yangpu.path))!;
    const acct = async (username: string, displayName: string, role: string, orgId: number) =>
      (
        await trx
          .insertInto('accounts')
          .values({ username, display_name: displayName, role, org_id: orgId, password_hash: admin.password_hash, password_changed_at: new Date() })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const yangpuAcct = await acct('yangpu', '杨浦区总工会干部', 'regional-officer', yangpu.id);
    const wjcAcct = await acct('wujiaochang', '五角场街道总工会干部', 'street-officer', wujiaochang.id);
    // The department responsible for the guidance projects (001 项目9, 003 附件2-3) reviews their reports.
    await acct('labour', '劳动关系工作部干部', 'department-officer', byFunction('labour-relations'));
    const ids = Object.fromEntries((await trx.selectFrom('accounts').select(['id', 'username']).execute()).map((a) => [a.username, a.id])) as Record<
      string,
      number
    >;

    const projectIds = new Map<string, number>();
    const targetIds = new Map<string, number>();
    const insertSlate = async (sl: DemoSlate) => {
      const orgId = sl.org === 'federation' ? federation.id : district(sl.org).id;
      const slate = await trx
        .insertInto('slates')
        .values({
          org_id: orgId,
          year: sl.year,
          title: sl.title,
          meeting: sl.meeting ?? null,
          document_no: sl.documentNo ?? null,
          approved_on: sl.approvedOn ?? null,
          published_at: new Date(`${sl.approvedOn ?? `${sl.year}-01-01`}T09:00:00+08:00`),
          closed_on: sl.closedOn ?? null,
          source: sl.source,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const [i, p] of sl.projects.entries()) {
        const row = await trx
          .insertInto('projects')
          .values({
            slate_id: slate.id,
            no: i + 1,
            title: p.title,
            category: p.category,
            summary: p.summary ?? null,
            purpose: p.purpose ?? null,
            target_groups: p.targetGroups ?? null,
            budget_fen: p.budgetYuan != null ? p.budgetYuan * 100 : null,
            cost_shares: JSON.stringify(p.costShares ?? []),
            responsible_org_id: p.responsible ? byFunction(p.responsible) : null,
            contacts: JSON.stringify(p.contacts ?? []),
            policy_programs: p.programs ?? [],
            report_cadence: p.cadence?.kind ?? 'none',
            report_due_months: p.cadence?.months ?? [],
            source: p.source,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        projectIds.set(`${sl.org}/${sl.year}/${i + 1}`, row.id);
        const addTarget = async (t: Target, parentId: number | null, key: string) => {
          const tr = await trx
            .insertInto('targets')
            .values({
              project_id: row.id,
              parent_id: parentId,
              indicator: t.indicator,
              unit: t.unit,
              planned_value: t.planned,
              note: t.note ?? null,
              ...(t.actualFrom ? { actual_from: t.actualFrom } : {}),
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          targetIds.set(key, tr.id);
          for (const [j, c] of (t.children ?? []).entries()) await addTarget(c, tr.id, `${key}.${j + 1}`);
        };
        for (const [j, t] of (p.targets ?? []).entries()) await addTarget(t, null, `${sl.org}/${sl.year}/${i + 1}/${j + 1}`);
        if (p.milestones?.length)
          await trx
            .insertInto('milestones')
            .values(
              p.milestones.map((m) => ({
                project_id: row.id,
                title: m.title,
                starts_on: m.startsOn ?? null,
                due_on: m.dueOn,
                responsible: m.responsible ?? null,
                done_on: m.dueOn < s.clock.today() && sl.closedOn ? m.dueOn : null,
              })),
            )
            .execute();
      }
      return slate.id;
    };
    for (const sl of [slate2018, slate2022, slate2025, slateJiading2021, slateYangpu2017]) await insertSlate(sl);

    // 001 附件1: the guidance project's 10,000 enterprises split over the regional unions, as printed.
    const guidance2022Target = targetIds.get('federation/2022/9/1')!;
    const allocationRows = demoOrgs
      .filter((o) => o.allocation2022)
      .map((o) => {
        const org = orgs.find((x) => x.allocation_no === o.allocation2022!.no)!;
        return { target_id: guidance2022Target, org_id: org.id, parent_id: null, planned_value: o.allocation2022!.enterprises };
      });
    await trx.insertInto('target_allocations').values(allocationRows).execute();

    // Progress. 2022 (monthly, 001 附件3): Pudong and Jiading, January–February, accepted; subsidy = person-days × 150.
    const g2022 = projectIds.get('federation/2022/9')!;
    const enterprises = ['上海浦江云图信息科技有限公司', '上海川沙鼎信物流有限公司', '上海安亭精锐模具有限公司', '上海翔云物流有限公司'];
    let n = 0;
    for (const short of ['浦东新区', '嘉定区'])
      for (const period of ['2022-01', '2022-02']) {
        const org = district(short);
        const lines = [0, 1].map((k) => ({
          enterprise: enterprises[(n + k) % enterprises.length]!,
          ownership: k ? '民营' : '国有',
          staff: '工会干部、劳动关系指导员',
          personDays: 2 + k,
        }));
        n++;
        const fen = lines.reduce((a, l) => a + l.personDays * 150 * 100, 0);
        const r = await trx
          .insertInto('progress_reports')
          .values({
            project_id: g2022,
            org_id: org.id,
            period,
            status: 'accepted',
            narrative: `${short}${period}指导服务情况`,
            subsidy_fen: fen,
            submitted_by: ids[short === '浦东新区' ? 'pudong' : 'jiading']!,
            submitted_at: new Date(`${period}-28T10:00:00+08:00`),
            reviewed_by: ids['admin']!,
            reviewed_at: new Date(`${period}-28T16:00:00+08:00`),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('progress_values')
          .values({ report_id: r.id, target_id: guidance2022Target, achieved: lines.length * 10 })
          .execute();
        await trx
          .insertInto('progress_lines')
          .values(
            lines.map((l, i) => ({
              report_id: r.id,
              line_no: i + 1,
              enterprise: l.enterprise,
              ownership: l.ownership,
              staff: l.staff,
              person_days: l.personDays,
              subsidy_fen: l.personDays * 15000,
              note: null,
            })),
          )
          .execute();
      }
    // 2025 guidance (quarterly 3/6/9/11, 003 附件2-3-2): no 2025 allocation table in the seeds, so the
    // federation reports as a whole; the labour-relations department reviews. March and June accepted,
    // September waiting, November missing (overdue).
    const g2025 = projectIds.get('federation/2025/3')!;
    const t2025 = targetIds.get('federation/2025/3/1')!;
    const labour = ids['labour']!;
    for (const [period, status, achieved, days] of [
      ['2025-03', 'accepted', 2400, 180],
      ['2025-06', 'accepted', 2700, 210],
      ['2025-09', 'submitted', 2600, 190],
    ] as const) {
      const r = await trx
        .insertInto('progress_reports')
        .values({
          project_id: g2025,
          org_id: federation.id,
          period,
          status,
          narrative: `2025年第${period.endsWith('03') ? '一' : period.endsWith('06') ? '二' : '三'}季度指导服务汇总`,
          subsidy_fen: days * 15000,
          submitted_by: ids['admin']!,
          submitted_at: new Date(`${period}-28T10:00:00+08:00`),
          reviewed_by: status === 'accepted' ? labour : null,
          reviewed_at: status === 'accepted' ? new Date(`${period}-30T10:00:00+08:00`) : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.insertInto('progress_values').values({ report_id: r.id, target_id: t2025, achieved }).execute();
      await trx
        .insertInto('progress_lines')
        .values({
          report_id: r.id,
          line_no: 1,
          enterprise: '各区局（产业）工会服务企业（汇总）',
          staff: '劳动关系工作指导员、社会化工会工作者',
          person_days: days,
          subsidy_fen: days * 15000,
          note: null,
        })
        .execute();
    }
    // The driver homes: 2025 acceptance in September (003 附件2-7) — the federation's figures as an accepted report is not in the seeds, so none.

    // Yangpu's call for 2018 (004), with proposals at each step of screening and a finished consultation.
    const call = await trx
      .insertInto('calls')
      .values({
        org_id: yangpu.id,
        year: 2018,
        title: '2018年度杨浦工会服务职工实事项目征集活动',
        principles: yangpuPrinciples,
        collection_starts_on: '2017-11-30',
        collection_ends_on: '2017-12-25',
        screening_ends_on: '2017-12-30',
        consultation_starts_on: '2018-01-21',
        consultation_ends_on: '2018-01-31',
        publication_on: null,
        publication_event: '区工会六届三次全会',
        max_supports: 5,
        hide_tallies: true,
        created_by: yangpuAcct,
        notified_stage: 'publication',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const proposal = async (v: {
      form: 'union' | 'department';
      account: number;
      org: number;
      title: string;
      intro: string;
      outcome: string;
      status: 'submitted' | 'classified' | 'merged' | 'returned';
      category?: string;
      candidate?: number;
      reason?: string;
    }) =>
      (
        await trx
          .insertInto('proposals')
          .values({
            call_id: call.id,
            form: v.form,
            submitter_account_id: v.account,
            submitter_org_id: v.org,
            title: v.title,
            introduction: v.intro,
            expected_outcome: v.outcome,
            assessment_of_last_year: '2017年度“公益乐学”“爱心妈咪小屋”等项目职工反响良好（见附件3）。',
            filled_by: v.form === 'union' ? '五角场街道总工会' : '区总工会办公室',
            status: v.status,
            category: v.category ?? null,
            candidate_id: v.candidate ?? null,
            return_reason: v.reason ?? null,
            created_at: new Date('2017-12-10T10:00:00+08:00'),
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const candidate = async (title: string, category: string, status: 'shortlisted' | 'dropped', rationale: string) =>
      (
        await trx
          .insertInto('candidates')
          .values({ call_id: call.id, title, category, status, rationale, summary: title, created_by: yangpuAcct })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const c1 = await candidate(
      '园区楼宇职工午间“公益乐学”课堂',
      'culture-sports',
      'shortlisted',
      '两份建议内容相近（园区午间课堂、楼宇白领培训），合并；普惠面广、当年可见效，可量化（课堂场次、参与人次）。',
    );
    const c2 = await candidate('新就业形态劳动者爱心驿站', 'living', 'shortlisted', '回应快递、外卖等新型就业人群“休息难、饮水难”，依托街镇服务站即可实施。');
    const c3 = await candidate('职工子女暑期托管', 'living', 'dropped', '与区妇联、教育局暑托班重复，不列入候选。');
    await proposal({
      form: 'union',
      account: wjcAcct,
      org: wujiaochang.id,
      title: '创智天地园区职工午间课堂',
      intro: '在创智天地园区开设午间沪语、微摄影、插花等课程，服务对象为园区白领，预计每周2场。',
      outcome: '全年服务3000人次',
      status: 'merged',
      category: 'culture-sports',
      candidate: c1,
    });
    await proposal({
      form: 'department',
      account: yangpuAcct,
      org: yangpu.id,
      title: '楼宇白领公益培训',
      intro: '依托沪东工人文化宫，在楼宇开设公益培训。',
      outcome: '开设20门课程',
      status: 'merged',
      category: 'culture-sports',
      candidate: c1,
    });
    await proposal({
      form: 'union',
      account: wjcAcct,
      org: wujiaochang.id,
      title: '快递外卖小哥爱心驿站',
      intro: '在街镇职工服务站设立爱心驿站，提供饮水、充电、休息。',
      outcome: '建成10个爱心驿站',
      status: 'merged',
      category: 'living',
      candidate: c2,
    });
    await proposal({
      form: 'department',
      account: yangpuAcct,
      org: yangpu.id,
      title: '职工子女暑期托管班',
      intro: '暑期为职工子女提供托管。',
      outcome: '托管500名职工子女',
      status: 'merged',
      category: 'living',
      candidate: c3,
    });
    await proposal({
      form: 'union',
      account: wjcAcct,
      org: wujiaochang.id,
      title: '工会干部培训',
      intro: '对基层工会干部开展业务培训。',
      outcome: '培训200名工会干部',
      status: 'returned',
      reason: '属于工会常规工作，不符合“区别于当前工会组织开展的常规工作”的要求（004 六（三））。',
    });
    await proposal({
      form: 'union',
      account: wjcAcct,
      org: wujiaochang.id,
      title: '职工法律咨询进楼宇',
      intro: '律师每月进楼宇提供法律咨询。',
      outcome: '全年24场',
      status: 'classified',
      category: 'rights',
    });
    await proposal({
      form: 'department',
      account: yangpuAcct,
      org: yangpu.id,
      title: '职工心理健康讲座',
      intro: '邀请专业人士开设心理健康讲座。',
      outcome: '全年12场',
      status: 'submitted',
    });
    await trx
      .insertInto('supports')
      .values([
        { candidate_id: c1, account_id: wjcAcct, org_id: wujiaochang.id },
        { candidate_id: c2, account_id: wjcAcct, org_id: wujiaochang.id },
        { candidate_id: c1, account_id: yangpuAcct, org_id: yangpu.id },
      ])
      .execute();
    await trx.insertInto('comments').values({ candidate_id: c2, account_id: wjcAcct, body: '建议驿站同时提供手机充电和简易维修工具。' }).execute();
    await trx
      .insertInto('comments')
      .values({
        candidate_id: c1,
        account_id: wjcAcct,
        body: '（广告内容）',
        hidden_at: new Date('2018-01-25T10:00:00+08:00'),
        hidden_by: yangpuAcct,
        hidden_reason: '与项目无关的广告',
      })
      .execute();

    // A federation call open today (relative dates, following 004's four stages), so submitting can be tried.
    const d = s.clock.today();
    const nextYear = Number(d.slice(0, 4)) + 1;
    const live = {
      collection_starts_on: addDays(d, -7),
      collection_ends_on: addDays(d, 25),
      screening_ends_on: addDays(d, 32),
      consultation_starts_on: addDays(d, 40),
      consultation_ends_on: addDays(d, 50),
      publication_on: addDays(d, 60),
    };
    const liveCall = await trx
      .insertInto('calls')
      .values({
        org_id: federation.id,
        year: nextYear,
        title: `${nextYear}年上海市总工会服务职工实事项目征集`,
        principles: yangpuPrinciples.replace(/杨浦区总工会网站、“杨浦职工之家”微信公众号/, '“申工社”'),
        ...live,
        publication_event: null,
        max_supports: 5,
        hide_tallies: true,
        created_by: ids['admin']!,
        notified_stage: stageOn(live, d),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const pudong = district('浦东新区');
    await trx
      .insertInto('proposals')
      .values({
        call_id: liveCall.id,
        form: 'union',
        submitter_account_id: ids['pudong']!,
        submitter_org_id: pudong.id,
        title: '新就业形态劳动者“暖心驿站”扩容',
        introduction: '在浦东各街镇服务站增设暖心驿站，服务快递、外卖、网约车司机。',
        expected_outcome: '新增50个驿站',
        status: 'submitted',
      })
      .execute();

    await trx
      .insertInto('audit_log')
      .values({
        actor_name: 'system',
        actor_role: 'system',
        action: 'demo.lifecycle',
        entity: 'system',
        summary: `5 slates, ${projectIds.size} projects, ${targetIds.size} targets, ${allocationRows.length} allocations, 2 calls`,
      })
      .execute();
  });
}
