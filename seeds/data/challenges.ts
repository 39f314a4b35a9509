import type { ChallengeStatus } from '../../server/src/modules/challenge/challenge-status';
import type { Confidentiality } from '../../server/src/modules/challenge/challenge.types';

/**
 * Demo challenges (榜单) across the lifecycle, and the bids (揭榜方案) on those whose bidding has closed.
 *
 * `matchingCapabilityTitles` names the capabilities of capabilities.ts that truly answer each challenge; other
 * capabilities in the same field are deliberately close but answer it less well (a relevance benchmark).
 * Enum-valued fields hold the enum's string values (cast with `as ChallengeStatus` etc. when creating entities).
 */
export interface SeedIndicator {
  name: string;
  target: string;
  unit: string;
}

export interface SeedContact {
  name: string;
  phone: string;
  email: string;
}

export interface SeedChallenge {
  /** Stable key; bids refer to it. */
  key: string;
  /** An enterprise key from organizations.ts, or 'enterprise' of demo-data.ts. */
  ownerKey: string;
  title: string;
  /** Public summary. */
  summary: string;
  /** Full statement (a confidential detail for NDA challenges). */
  statement: string;
  indicators: SeedIndicator[];
  /** Bounty in yuan, decimal string. */
  bounty: string;
  /** A leaf code of field-taxonomy.ts. */
  fieldCode: string;
  keywords: string[];
  targetTrl: number;
  regionCode: string;
  confidentiality: `${Confidentiality}`;
  ipTerms: string;
  contact: SeedContact;
  /** The lifecycle state the demo should reach. */
  status: `${ChallengeStatus}`;
  /** Deadline relative to seeding time: positive while open for bidding or before, negative once bidding closed. */
  deadlineDaysFromNow: number;
  /** For REJECTED: the bureau's reason. */
  rejectReason?: string;
  /** For NO_WINNER (流标): why no bid was chosen. */
  noWinnerReason?: string;
  /** For CANCELLED: why the owner withdrew the challenge. */
  cancelReason?: string;
  /** Exact titles of the capabilities (capabilities.ts) that truly fit this challenge. */
  matchingCapabilityTitles: string[];
}

export interface SeedBidMember {
  name: string;
  title: string;
  role: string;
}

export interface SeedMilestone {
  title: string;
  /** Months after signing. */
  month: number;
  deliverable: string;
}

export interface SeedBid {
  challengeKey: string;
  /** An institute or university key from organizations.ts, or 'institute' / 'university' of demo-data.ts. */
  organizationKey: string;
  approach: string;
  teamLead: SeedBidMember;
  teamMembers: SeedBidMember[];
  /** Quoted price in yuan, decimal string. */
  price: string;
  durationMonths: number;
  milestones: SeedMilestone[];
  /** Exactly one bid of each AWARDED / CONTRACTED / COMPLETED challenge. */
  awarded?: true;
  /**
   * The enterprise's feedback to the bidder once the outcome is decided (AWARDED, NO_WINNER, CONTRACTED, COMPLETED).
   * Absent for bids on EVALUATING challenges, whose outcome is still pending.
   */
  feedback?: string;
}

const IP_OWNER = '成果知识产权归发榜方所有，揭榜方享有非商业性科研使用权，发表论文须经发榜方书面同意。';
const IP_SHARED_EXCLUSIVE =
  '双方背景知识产权归各自所有；项目中新产生的知识产权由双方共有，发榜方享有独占实施权，揭榜方不得向第三方许可。';
const IP_ROYALTY =
  '项目产生的专利申请权归发榜方，揭榜方人员署名发明人；产品上市后发榜方按相关产品销售额的1%向揭榜方支付提成，期限5年。';
const IP_SOFTWARE =
  '揭榜方保留核心算法著作权，发榜方获得永久、不可撤销、免许可费的使用与二次开发权，并取得完整源代码。';
const IP_LICENCE =
  '揭榜方既有专利以普通许可方式授权发榜方实施，许可费包含在悬赏金额内；项目新产生的改进成果归发榜方所有。';
const IP_CLINICAL =
  '临床数据与研究成果归发榜方（申办者）所有；揭榜方在申办者同意后可发表学术论文，并享有数据的非商业科研使用权。';

const C = {
  enterprise: { name: '李志刚', phone: '0532-86897310', email: 'lizhigang@shenlan-ocean.demo' },
  haisheng: { name: '于德海', phone: '0532-86975122', email: 'yudehai@haisheng-equip.demo' },
  lanxun: { name: '程晓峰', phone: '0532-88702641', email: 'chengxf@lanxun-ocean.demo' },
  haiyuan: { name: '邵文静', phone: '0532-88916503', email: 'shaowj@lanhaiyuan-pharma.demo' },
  qingtu: { name: '鲁振华', phone: '0532-86102287', email: 'luzh@qingtu-power.demo' },
  dingzhou: { name: '姜国栋', phone: '0532-87206618', email: 'jianggd@dingzhou-bearing.demo' },
  zhongchi: { name: '丁卫东', phone: '0532-87553309', email: 'dingwd@zhongchi-auto.demo' },
  guicheng: { name: '崔立新', phone: '0532-87761542', email: 'cuilx@guicheng-rail.demo' },
  huijia: { name: '贾晓琳', phone: '0532-88835176', email: 'jiaxl@huijia-appliance.demo' },
  xianglian: { name: '孟庆军', phone: '0532-84627830', email: 'mengqj@xianglian-tire.demo' },
  gongzhi: { name: '钱宇航', phone: '0532-83659021', email: 'qianyh@gongzhi-iiot.demo' },
  jingce: { name: '曹志远', phone: '0532-86887460', email: 'caozy@jingce-instrument.demo' },
  kangrui: { name: '冯思远', phone: '0532-87712095', email: 'fengsy@kangruida-bio.demo' },
  fengsui: { name: '王建华', phone: '0532-88483217', email: 'wangjh@fengsui-seed.demo' },
  hairong: { name: '田志强', phone: '0532-86711984', email: 'tianzq@hairong-petro.demo' },
  lvtan: { name: '潘雨桐', phone: '0532-87285563', email: 'panyt@lvtan-energy.demo' },
} satisfies Record<string, SeedContact>;

export const SEED_CHALLENGES: SeedChallenge[] = [
  // ════════════════ DRAFT 草稿 (6) ════════════════
  {
    key: 'ch-thruster',
    ownerKey: 'enterprise',
    title: '6000米级ROV大推力电动推进器国产化',
    summary:
      '为新一代6000米级作业型ROV研制2–5 kW级充油压力补偿电动推进器及驱动器，替代进口产品，要求推力效率、可靠性与开放接口。',
    statement:
      '公司正在研制6000米级作业型ROV，整机配置7台推进器（4台水平矢量布置、3台垂向）。目前使用的进口电动推进器单价约18万元、供货周期9个月以上，驱动协议不开放，故障后只能返厂维修，严重影响海上作业窗口。我们曾将陆用无刷电机改装为充油压力补偿结构，但在40 MPa压力试验中出现绕组绝缘电阻下降和动密封渗油，系泊推力效率也仅为进口产品的85%左右。\n' +
      '希望揭榜方提供额定功率2–5 kW的系列化推进器及配套驱动器：推进器与驱动器均需耐压6000 m，提供CAN总线开放通信协议和速度/推力闭环；可在我司ROV上完成不少于300 h的水池与海上联调，并提供绝缘监测与故障诊断功能。优先考虑已有深海推进器工程应用业绩的团队。',
    indicators: [
      { name: '系泊推力（2 kW型）', target: '≥ 520', unit: 'N' },
      { name: '工作水深', target: '≥ 6000', unit: 'm' },
      { name: '电—推效率较现用进口产品', target: '≥ +5', unit: '%' },
      { name: '平均无故障工作时间', target: '≥ 2000', unit: 'h' },
    ],
    bounty: '1800000.00',
    fieldCode: 'MARINE.EQUIPMENT',
    keywords: ['水下推进器', 'ROV', '压力补偿', '无刷直流电机', '国产化'],
    targetTrl: 7,
    regionCode: '370211',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SHARED_EXCLUSIVE,
    contact: C.enterprise,
    status: 'DRAFT',
    deadlineDaysFromNow: 75,
    matchingCapabilityTitles: ['充油压力补偿式水下无刷直流推进器系列'],
  },
  {
    key: 'ch-storm-surge',
    ownerKey: 'hairong',
    title: '石化码头风暴潮漫滩风险精细化预警',
    summary:
      '为黄岛港区3座原油与成品油码头及后方罐区建立风暴潮、天文潮与波浪耦合的漫滩预警模型，提前48小时给出码头面和罐区的淹没范围与深度。',
    statement:
      '公司负责运维的黄岛港区3座原油、成品油码头及后方罐区地面标高4.2–5.0 m（1985国家高程基准），历史上台风与天文大潮叠加期间曾出现越浪和局部漫滩，泵房进水导致停输。现行预警依赖气象部门发布的区域风暴增水预报，空间分辨率约5 km，无法反映码头岸线形态、防浪墙缺口和排水能力的影响，只能按最不利情况提前停止装卸作业，年均因此多停工4–6天。\n' +
      '我们希望建立覆盖码头与罐区的精细化模型：岸线处网格不大于50 m，耦合风暴潮、天文潮和波浪爬高越浪，接入台风路径预报自动滚动运行；提前48 h输出漫滩范围、淹没深度以及泵房、变电所等关键设施的风险等级，并以接口方式推送至我司应急指挥平台。揭榜方需利用历史台风过程完成模型回报检验。',
    indicators: [
      { name: '预警提前量', target: '≥ 48', unit: 'h' },
      { name: '历史过程最大增水回报误差', target: '≤ 0.15', unit: 'm' },
      { name: '岸线处网格分辨率', target: '≤ 50', unit: 'm' },
      { name: '单次预报计算时间', target: '≤ 30', unit: 'min' },
    ],
    bounty: '600000.00',
    fieldCode: 'MARINE.METEOROLOGY',
    keywords: ['风暴潮', '漫滩', '越浪', '码头', '预警'],
    targetTrl: 6,
    regionCode: '370211',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SOFTWARE,
    contact: C.hairong,
    status: 'DRAFT',
    deadlineDaysFromNow: 60,
    matchingCapabilityTitles: ['风暴潮—天文潮—波浪耦合漫滩数值模拟'],
  },
  {
    key: 'ch-emi-gasket',
    ownerKey: 'jingce',
    title: '高端仪器机箱高屏蔽效能导电衬垫国产化',
    summary:
      '为8 GHz带宽示波器与67 GHz矢量网络分析仪机箱研制耐盐雾导电硅橡胶衬垫，10 MHz–18 GHz屏蔽效能≥100 dB，替代进口镀银铝填充衬垫。',
    statement:
      '公司高端仪器机箱的缝隙屏蔽目前采用进口镀银铝粉填充导电硅橡胶衬垫，价格约为国产普通衬垫的6倍，交期12–16周且不稳定。我们试用过两家国产镀镍石墨填充衬垫，在18 GHz附近屏蔽效能只有75–85 dB；出口东南亚沿海用户的整机使用一年后衬垫接触电阻明显增大，导致仪器自身辐射杂散超标，被客户投诉。\n' +
      '希望揭榜方开发一款兼顾高频屏蔽效能、压缩回弹和耐盐雾性能的导电硅橡胶衬垫，可提供D形、P形挤出条和模切平垫三种形式，与铝合金导电氧化机箱配合不产生电偶腐蚀；揭榜方需提供屏蔽效能、压缩永久变形和盐雾试验的第三方报告，并配合我司完成整机辐射发射验证与小批量供货。\n' +
      '我司可提供机箱结构图、缝隙宽度与压缩量设计值以及整机辐射发射测试条件；首批需求约为D形条2000 m、模切垫片5000片，验证通过后年采购量预计为首批的3倍，揭榜方应具备稳定的量产能力与批次一致性控制手段。',
    indicators: [
      { name: '屏蔽效能（10 MHz–18 GHz）', target: '≥ 100', unit: 'dB' },
      { name: '体积电阻率', target: '≤ 0.01', unit: 'Ω·cm' },
      { name: '压缩永久变形（100 ℃×70 h）', target: '≤ 30', unit: '%' },
      { name: '中性盐雾96 h后屏蔽效能下降', target: '≤ 6', unit: 'dB' },
    ],
    bounty: '500000.00',
    fieldCode: 'MATERIALS.FUNCTIONAL',
    keywords: ['导电硅橡胶', '电磁屏蔽', '衬垫', '耐盐雾', '仪器机箱'],
    targetTrl: 7,
    regionCode: '370211',
    confidentiality: 'PUBLIC',
    ipTerms: IP_LICENCE,
    contact: C.jingce,
    status: 'DRAFT',
    deadlineDaysFromNow: 45,
    matchingCapabilityTitles: ['电磁屏蔽导电硅橡胶衬垫（镀银铝粉填充）'],
  },
  {
    key: 'ch-high-oleic',
    ownerKey: 'fengsui',
    title: '高油酸大花生品种选育与种子纯度快速检测',
    summary:
      '选育适合胶东地区春播和麦套种植的大果高油酸花生新品种，并建立制种环节油酸性状与种子纯度的快速检测方法，单粒检测成本不超过2元。',
    statement:
      '高油酸花生及花生油耐储存、附加值高，下游油脂与出口食品企业对油酸含量≥75%的大花生原料需求快速增长，收购价较普通花生高出10%以上。公司现有主推品种均为普通油酸型；引进的外省高油酸品种在胶东地区出现熟期偏晚、荚果偏小的问题，农户种植意愿不高。同时，制种过程中串粉和机械混杂导致部分批次高油酸纯度不足90%，去年有两批种子被下游企业退货。\n' +
      '我们希望与育种团队合作，3年内选育出1–2个适合胶东春播和麦套种植的大果高油酸品种并完成省级品种登记；同时建立可在种子加工车间使用的油酸性状快速检测方法（分子标记或近红外），用于亲本繁育、制种田收获批次抽检，单粒检测成本控制在2元以内。\n' +
      '公司可提供莱西、平度两处共200亩育种与区域试验用地、历年品种比较试验数据以及加工车间检测场地，并承担品种登记所需的多点试验费用；揭榜方需说明亲本来源和知识产权状况，避免后续品种权纠纷。',
    indicators: [
      { name: '油酸含量', target: '≥ 75', unit: '%' },
      { name: '百果重', target: '≥ 220', unit: 'g' },
      { name: '较对照品种增产', target: '≥ 5', unit: '%' },
      { name: '单粒检测成本', target: '≤ 2', unit: '元' },
    ],
    bounty: '3000000.00',
    fieldCode: 'AGRICULTURE.SEED',
    keywords: ['高油酸花生', '品种选育', '分子标记', '种子纯度', '近红外'],
    targetTrl: 6,
    regionCode: '370285',
    confidentiality: 'PUBLIC',
    ipTerms: '新品种权由双方共同申请，发榜方享有独占生产经营权，按种子销售额的3%向揭榜方支付品种使用费，检测方法归双方共有。',
    contact: C.fengsui,
    status: 'DRAFT',
    deadlineDaysFromNow: 90,
    matchingCapabilityTitles: ['高油酸花生品种选育与FAD2基因KASP检测'],
  },
  {
    key: 'ch-microsphere',
    ownerKey: 'kangrui',
    title: '多肽药物一月长效缓释微球制剂开发',
    summary:
      '为公司自研GLP-1/GIP双受体激动肽开发每月给药一次的PLGA缓释微球，解决突释偏高、包封率低和批间粒径差异大的问题。',
    statement:
      '公司在研的GLP-1/GIP双受体激动多肽目前为每周皮下注射一次的溶液剂型，已完成I期临床，临床医生和患者普遍希望进一步降低给药频次。制剂团队采用传统机械搅拌乳化—溶剂挥发法完成了两轮小试：微球粒径跨度大于1.5，24 h突释达18–25%；放大到50 g批量后包封率从88%降至70%，批间释放曲线差异明显，无法进入注册批生产。\n' +
      '希望揭榜方基于成熟的微球技术平台，完成处方与工艺开发、体外释放方法建立、大鼠与比格犬药代动力学研究，将工艺放大至不少于200 g/批并在无菌条件下生产3批，形成可用于申报临床的CMC研究资料。项目涉及未公开的分子结构与临床数据，揭榜方需签署保密协议。\n' +
      '公司可提供GMP级原料肽5 kg、分析方法与稳定性数据；项目分处方筛选、工艺放大和动物药代三个阶段验收，各阶段通过后支付相应款项。',
    indicators: [
      { name: '包封率', target: '≥ 90', unit: '%' },
      { name: '24 h体外突释', target: '≤ 8', unit: '%' },
      { name: '粒径跨度（Span）', target: '≤ 0.8', unit: '—' },
      { name: '体内有效血药浓度维持', target: '≥ 28', unit: '天' },
    ],
    bounty: '8000000.00',
    fieldCode: 'BIOMED.DRUGS',
    keywords: ['PLGA微球', '长效注射剂', '多肽', '缓释', '突释控制'],
    targetTrl: 5,
    regionCode: '370214',
    confidentiality: 'NDA',
    ipTerms: IP_ROYALTY,
    contact: C.kangrui,
    status: 'DRAFT',
    deadlineDaysFromNow: 60,
    matchingCapabilityTitles: ['多肽PLGA长效缓释微球（膜乳化法）制剂技术'],
  },
  {
    key: 'ch-antibacterial',
    ownerKey: 'huijia',
    title: '冰箱内胆长效无银抗菌HIPS材料',
    summary:
      '为高端冰箱内胆开发不含银的长效抗菌HIPS材料，解决载银抗菌剂泛黄与反复擦洗后抗菌性能衰减的问题，适用于挤出板材与吸塑成型工艺。',
    statement:
      '公司高端冰箱宣传“内胆抗菌率99%”，目前内胆HIPS板材中添加载银磷酸锆抗菌剂。售后与第三方抽检发现两个问题：一是白色内胆在门灯和照明灯附近使用两年后出现泛黄（ΔE 2.5以上），用户投诉外观老旧；二是模拟用户反复擦洗后抗菌率由99%降至80%左右，不能支撑“长效抗菌”宣称，存在广告合规风险。\n' +
      '我们希望揭榜方开发不含银、不影响外观与力学性能的抗菌体系，适用于HIPS挤出板材和吸塑成型工艺，满足食品接触材料迁移要求；并提供耐久抗菌评价方法（擦洗、浸泡、光照老化）和第三方检测报告，配合我司完成板材供应商导入及整机验证。\n' +
      '我司年耗内胆HIPS板材约1.8万吨，对抗菌剂添加量和成本较为敏感，要求每吨板材增加成本不超过800元；可提供内胆吸塑样件、照明灯位光照数据和现用材料的对比检测报告，试产验证在我司板材供应商处进行。',
    indicators: [
      { name: '抗菌率（大肠杆菌、金黄色葡萄球菌）', target: '≥ 99', unit: '%' },
      { name: '模拟擦洗100次后抗菌率', target: '≥ 95', unit: '%' },
      { name: '光照老化500 h色差ΔE', target: '≤ 1.0', unit: '—' },
      { name: '冲击强度下降', target: '≤ 5', unit: '%' },
    ],
    bounty: '600000.00',
    fieldCode: 'MATERIALS.FUNCTIONAL',
    keywords: ['抗菌材料', '无银抗菌剂', 'HIPS', '冰箱内胆', '耐久抗菌'],
    targetTrl: 7,
    regionCode: '370212',
    confidentiality: 'PUBLIC',
    ipTerms: IP_LICENCE,
    contact: C.huijia,
    status: 'DRAFT',
    deadlineDaysFromNow: 50,
    matchingCapabilityTitles: ['冰箱内胆HIPS用锌/铜复合无机抗菌剂与耐久抗菌技术'],
  },

  // ════════════════ SUBMITTED 待审核 (6) ════════════════
  {
    key: 'ch-pile-noise',
    ownerKey: 'haisheng',
    title: '海上风电大直径单桩打桩水下降噪',
    summary:
      '为9–10 m级大直径单桩沉桩施工提供水下噪声预测、降噪装置与现场监测一体化方案，750 m处声暴露级降低10 dB以上。',
    statement:
      '公司承接山东半岛南海上风电项目的沉桩施工配套，项目采用直径9–10 m单桩，液压打桩锤能量达4000 kJ。环评批复要求在斑海豹等保护物种洄游季节对打桩水下噪声进行控制，并在距桩750 m处实施监测，而国内施工多依赖“软启动”和声学驱赶，无法满足新项目的量化指标。\n' +
      '我们曾租用国外气泡帷幕设备，日租金高、布放需专用船舶，在潮流较急（流速大于1 m/s）时气泡帘漂移严重，实测降噪不足6 dB。希望揭榜方提供打桩噪声预测模型、降噪方案设计与现场实测的一体化服务，降噪装置需能在我司安装船上布放回收，不影响每天2根桩的施工节奏，并出具符合环评要求的监测报告。\n' +
      '公司可提供安装船甲板布置图、桩锤参数和历史打桩噪声监测数据，现场试验安排在明年4–6月施工窗口，期间可提供不少于10根桩的试验机会。',
    indicators: [
      { name: '750 m处声暴露级（SEL）降低', target: '≥ 10', unit: 'dB' },
      { name: '适用水深', target: '≤ 35', unit: 'm' },
      { name: '适用流速', target: '≤ 1.2', unit: 'm/s' },
      { name: '单次布放回收时间', target: '≤ 2', unit: 'h' },
    ],
    bounty: '4500000.00',
    fieldCode: 'MARINE.DEEPSEA',
    keywords: ['打桩噪声', '气泡帷幕', '海上风电', '水下声学', '海洋生态保护'],
    targetTrl: 7,
    regionCode: '370211',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SHARED_EXCLUSIVE,
    contact: C.haisheng,
    status: 'SUBMITTED',
    deadlineDaysFromNow: 40,
    matchingCapabilityTitles: ['海上风电打桩水下噪声预测与双层气泡帷幕降噪'],
  },
  {
    key: 'ch-shellfish-toxin',
    ownerKey: 'haiyuan',
    title: '出口贝类毒素液质联用高通量定量检测',
    summary:
      '建立出口贝类产品中麻痹性与腹泻性贝类毒素的LC-MS/MS同步定量方法并完成方法转移，替代小鼠生物法，单批通量≥96样。',
    statement:
      '公司每年出口冷冻扇贝、牡蛎制品约1.2万吨，进口国要求逐批提供麻痹性贝类毒素（PSP）和腹泻性贝类毒素（DSP）检测报告。目前委托外部实验室采用小鼠生物法和ELISA，周期5–7天，冷链仓储费用高；欧盟已将LC-MS/MS作为参考方法，小鼠法结果多次被进口商质疑。\n' +
      '我们自建实验室已购置三重四极杆质谱，但缺乏PSP多组分（含GTX、C毒素系列）同步分离方法和基质标准物质，自行开发半年仍存在基质效应大、GTX差向异构体分不开、回收率不稳定的问题。希望揭榜方提供完整的方法开发、验证与转移服务，提供或协助制备基质标准物质，并培训我司检测人员直至通过能力验证。\n' +
      '方法需覆盖扇贝闭壳肌、牡蛎全组织和贝类罐头三类基质，验证报告格式应满足出口国官方实验室的要求，并提供仪器参数与质控图等全部原始记录。',
    indicators: [
      { name: '可定量毒素组分', target: '≥ 15', unit: '种' },
      { name: '方法定量限', target: '≤ 10', unit: 'μg/kg' },
      { name: '加标回收率', target: '70–120', unit: '%' },
      { name: '单批处理通量', target: '≥ 96样/4 h', unit: '—' },
    ],
    bounty: '800000.00',
    fieldCode: 'INSTRUMENTS',
    keywords: ['贝类毒素', 'LC-MS/MS', '麻痹性贝类毒素', '出口检测', '方法转移'],
    targetTrl: 7,
    regionCode: '370212',
    confidentiality: 'PUBLIC',
    ipTerms: IP_OWNER,
    contact: C.haiyuan,
    status: 'SUBMITTED',
    deadlineDaysFromNow: 35,
    matchingCapabilityTitles: ['贝类毒素液相色谱—串联质谱高通量检测与标准物质'],
  },
  {
    key: 'ch-bearing-steel',
    ownerKey: 'dingzhou',
    title: '风电主轴轴承钢大颗粒夹杂物控制与评价',
    summary:
      '联合上游钢厂控制风电主轴轴承用钢中的大颗粒DS类夹杂与TiN夹杂，建立大体积超声洁净度评价方法，提高轴承疲劳寿命的一致性。',
    statement:
      '公司风电主轴轴承滚道剥落失效分析显示，约40%的早期失效起源于次表层10–80 μm的DS类（单颗粒球状）氧化物和TiN夹杂。目前按GB/T 10561进行的金相评级抽检面积很小，评级合格的钢材仍会混入大颗粒夹杂；钢厂只能提供冶炼记录，无法给出有效的过程控制措施，责任界定困难。\n' +
      '希望揭榜方与我司及上游钢厂共同开展冶炼—连铸—锻造全流程夹杂物溯源，提出精炼渣系、耐火材料和中间包控流的改进方案并在钢厂试验；同时建立可用于进厂检验的大体积超声洁净度评价方法，编制企业标准。揭榜方需具备夹杂物自动统计分析和水浸超声检测条件。\n' +
      '公司可提供近三年失效轴承的断口与夹杂物分析报告30余份、钢厂冶炼过程数据及取样条件；合作钢厂已同意在一条120吨电炉—LF—VD产线上安排不少于3炉工业试验，揭榜方需派员驻厂跟踪。',
    indicators: [
      { name: 'DS类夹杂物评级', target: '≤ 0.5', unit: '级' },
      { name: '钢中总氧含量', target: '≤ 6', unit: 'ppm' },
      { name: '钛含量', target: '≤ 15', unit: 'ppm' },
      { name: '超声可检出最小夹杂尺寸', target: '≤ 50', unit: 'μm' },
    ],
    bounty: '1500000.00',
    fieldCode: 'MANUFACTURING.BEARING',
    keywords: ['轴承钢', '夹杂物', '洁净度', '水浸超声', '疲劳寿命'],
    targetTrl: 6,
    regionCode: '370281',
    confidentiality: 'NDA',
    ipTerms: IP_SHARED_EXCLUSIVE,
    contact: C.dingzhou,
    status: 'SUBMITTED',
    deadlineDaysFromNow: 45,
    matchingCapabilityTitles: ['高碳铬轴承钢大颗粒夹杂物控制与洁净度评价'],
  },
  {
    key: 'ch-tire-carbon',
    ownerKey: 'xianglian',
    title: '出口轮胎产品碳足迹核算模型与数据平台',
    summary:
      '建立符合ISO 14067的轮胎产品“摇篮到大门”碳足迹核算模型与数据平台，覆盖50个以上出口规格，自动采集生产数据并通过第三方核查。',
    statement:
      '欧洲主要客户已要求公司自2025年起随货提供轮胎产品碳足迹（PCF）数据，并将其纳入年度供应商评分。公司目前仅有组织层面的温室气体盘查，产品层面缺少分工序的能耗与物料分配方法；炭黑、合成胶、钢丝帘线等上游原材料的排放因子多引用欧洲数据库，与国内实际偏差较大，客户审核时难以解释。\n' +
      '我们希望揭榜方建立“摇篮到大门”的轮胎产品碳足迹核算模型，对接我司MES与能源管理系统自动采集密炼、压延、成型、硫化各工序数据，建立本地化原材料排放因子库，覆盖不少于50个出口规格；平台需支持客户指定格式报告导出，并协助完成至少3个产品的第三方核查。\n' +
      '公司已部署MES、能源管理系统和SAP，可开放只读数据接口；平台需支持私有化部署，并能随客户要求更新核算规则。项目验收以3个产品通过第三方核查并被欧洲客户接受为准。',
    indicators: [
      { name: '覆盖产品规格', target: '≥ 50', unit: '个' },
      { name: '数据自动采集率', target: '≥ 80', unit: '%' },
      { name: '单规格核算时间', target: '≤ 1', unit: '天' },
      { name: '通过第三方核查的产品', target: '≥ 3', unit: '个' },
    ],
    bounty: '700000.00',
    fieldCode: 'ENERGY.LOWCARBON',
    keywords: ['碳足迹', 'ISO 14067', 'LCA', '轮胎', '排放因子'],
    targetTrl: 7,
    regionCode: '370283',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SOFTWARE,
    contact: C.xianglian,
    status: 'SUBMITTED',
    deadlineDaysFromNow: 40,
    matchingCapabilityTitles: ['产品碳足迹核算与LCA数据平台'],
  },
  {
    key: 'ch-maintenance-llm',
    ownerKey: 'gongzhi',
    title: '面向设备运维的行业大模型与维修知识问答',
    summary:
      '为平台上的中小制造企业构建可私有化部署的设备维修知识问答大模型，整合1.6万份设备手册与42万条历史工单，提升一线维修人员的故障定位效率。',
    statement:
      '平台接入的5.8万台设备中，注塑机、密炼机、空压机等通用设备占比较高，而中小企业普遍缺少经验丰富的维修工程师，设备故障后平均停机时间超过6小时。平台已积累设备说明书约1.6万份、维修工单42万条，但多为非结构化文本，现有检索系统只能按关键字匹配，一线人员很少使用。\n' +
      '我们试用通用大模型问答，存在答非所问、编造参数和不能给出出处的问题，且客户要求数据不出平台。希望揭榜方构建可私有化部署的设备运维大模型，支持故障现象问答、维修步骤指引和备件建议，答案必须给出引用来源；模型需在注塑、橡胶、空压三个行业场景试运行3个月，并提供持续更新知识库的工具。\n' +
      '平台可提供脱敏后的工单数据、设备手册和由资深工程师标注的500道故障问答测评集；模型须支持增量更新知识库而无需重新训练，并对客户的敏感工艺参数进行访问控制。',
    indicators: [
      { name: '故障原因Top-3准确率', target: '≥ 85', unit: '%' },
      { name: '答案引用来源覆盖率', target: '≥ 95', unit: '%' },
      { name: '单次问答响应时间', target: '≤ 3', unit: 's' },
      { name: '部署硬件', target: '≤ 8', unit: '张GPU' },
    ],
    bounty: '1200000.00',
    fieldCode: 'INFO.AI',
    keywords: ['大模型', '设备运维', '知识问答', 'RAG', '私有化部署'],
    targetTrl: 6,
    regionCode: '370203',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SOFTWARE,
    contact: C.gongzhi,
    status: 'SUBMITTED',
    deadlineDaysFromNow: 30,
    matchingCapabilityTitles: ['设备运维领域大模型与维修知识问答'],
  },
  {
    key: 'ch-catheter-coating',
    ownerKey: 'kangrui',
    title: '介入导管亲水润滑涂层国产化',
    summary:
      '为泌尿与外周血管介入导管开发适用于PU、Pebax、尼龙等多种基材的亲水润滑涂层及涂覆工艺，降低插入摩擦力并控制微粒脱落。',
    statement:
      '公司生产的输尿管导引鞘和外周血管造影导管目前使用进口亲水涂层液，采购价高，且供应商要求签订年度最低采购量，制约新产品开发。自行配制的PVP涂层在PU基材上润滑性尚可，但在Pebax和PTFE内衬导管上附着力差，往复摩擦10次后摩擦力上升3倍以上；微粒脱落曾在注册检验中不合格，导致一个产品注册延期半年。\n' +
      '希望揭榜方提供适用于PU、Pebax、尼龙等多种基材的亲水涂层配方、浸涂与UV固化工艺参数及在线质量控制方法，协助完成生物相容性、微粒与涂层完整性检测，形成满足二类、三类器械注册要求的工艺验证资料，并在我司洁净车间完成工艺转移。\n' +
      '公司现有浸涂设备两台、UV固化线一条，洁净车间为10万级；新工艺应尽量利用现有设备，涂层液年用量约800 L，希望国产化后成本降低50%以上。',
    indicators: [
      { name: '湿态摩擦力降低', target: '≥ 85', unit: '%' },
      { name: '往复摩擦30次后摩擦系数', target: '≤ 0.05', unit: '—' },
      { name: '≥10 μm微粒数', target: '≤ 600', unit: '个/根' },
      { name: '适用基材', target: '≥ 3', unit: '种' },
    ],
    bounty: '1000000.00',
    fieldCode: 'BIOMED.DEVICES',
    keywords: ['亲水涂层', '介入导管', '润滑', 'UV固化', '微粒脱落'],
    targetTrl: 7,
    regionCode: '370214',
    confidentiality: 'NDA',
    ipTerms: IP_LICENCE,
    contact: C.kangrui,
    status: 'SUBMITTED',
    deadlineDaysFromNow: 45,
    matchingCapabilityTitles: ['介入导管PVP/PU亲水润滑涂层（UV固化）'],
  },

  // ════════════════ REJECTED 驳回 (4) ════════════════
  {
    key: 'ch-optical-comm',
    ownerKey: 'lanxun',
    title: '海底观测节点无线光通信数据下载',
    summary:
      '为海底观测节点与AUV之间的近距离大数据量下载研制水下无线光通信终端，取代ROV下潜插拔湿插头的数据回收方式，降低运维成本。',
    statement:
      '公司在胶州湾口和崂山湾布设的海底观测节点搭载声学多普勒流速剖面仪和高清摄像机，每个节点每月产生约200 GB数据，目前需要ROV下潜插拔湿插头回收，每次作业成本约8万元，且受海况限制经常延误。我们计划改用AUV巡航至节点附近悬停，通过水下无线光通信下载数据。\n' +
      '初步调研的商用光通信产品多在清洁大洋水体中测试，在近岸浑浊水体中有效距离不足5 m，AUV悬停精度难以满足。希望揭榜方研制适应近岸水质的光通信终端，实现AUV悬停状态下的高速数据下载；终端需耐压300 m，功耗不超过40 W，并支持与声学通信的自动切换，以便在光链路中断时完成握手与重传控制。\n' +
      '公司可提供观测节点结构与电气接口资料、自有AUV的悬停控制参数和近两年节点附近水体浊度监测数据，海试安排在崂山湾节点附近进行，每月可提供不少于3天船时。',
    indicators: [
      { name: '通信速率', target: '≥ 50', unit: 'Mbps' },
      { name: '通信距离（衰减系数0.8 m⁻¹水体）', target: '≥ 10', unit: 'm' },
      { name: '对准容限', target: '≥ ±5', unit: '°' },
    ],
    bounty: '600000.00',
    fieldCode: 'MARINE.INFO',
    keywords: ['水下光通信', '蓝绿激光', 'AUV', '海底观测', '数据下载'],
    targetTrl: 5,
    regionCode: '370212',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SHARED_EXCLUSIVE,
    contact: C.lanxun,
    status: 'REJECTED',
    deadlineDaysFromNow: 30,
    rejectReason:
      '“衰减系数0.8 m⁻¹水体中10 m、50 Mbps”的组合指标明显超出目前公开报道的技术水平，且未说明验收水体条件的测定方法；建议补充验收水质参数与测试方法、设置分阶段指标，并核实60万元悬赏与研发内容是否匹配后重新提交。',
    matchingCapabilityTitles: ['水下蓝绿激光高速无线光通信终端'],
  },
  {
    key: 'ch-jacket-corrosion',
    ownerKey: 'hairong',
    title: '海上平台导管架腐蚀监测与剩余寿命评估',
    summary:
      '为服役18年的海上原油装卸平台导管架建立腐蚀在线监测系统和剩余寿命评估方法，掌握飞溅区和全浸区腐蚀发展趋势，支撑平台延寿决策。',
    statement:
      '公司受托运维的某海上原油装卸平台为四桩腿导管架结构，设计寿命20年，已服役18年，业主计划延寿10年，需要对导管架飞溅区和全浸区腐蚀状况及结构剩余强度作出评估。目前仅每两年由潜水员进行一次壁厚抽测和牺牲阳极检查，数据离散，无法掌握腐蚀发展趋势，阴极保护系统是否仍然有效也缺乏依据。\n' +
      '希望揭榜方设计并安装腐蚀在线监测系统（电阻探针、阴极保护电位遥测等），结合历史检测数据建立剩余寿命评估模型，出具平台延寿评估报告，并为后续阳极补充与涂层修复提供方案建议。揭榜方需具备海上作业安全资质。\n' +
      '平台历年检测资料包括2006年以来6次潜水检测报告、阳极更换记录和两次结构强度复核计算书，可向揭榜方开放；监测设备需满足海上平台防爆要求，安装作业须在每年4–10月的作业窗口内完成。',
    indicators: [
      { name: '监测点位', target: '≥ 24', unit: '个' },
      { name: '壁厚预测误差', target: '≤ 0.5', unit: 'mm' },
      { name: '监测数据远传周期', target: '≤ 1', unit: 'h' },
    ],
    bounty: '900000.00',
    fieldCode: 'MARINE.DEEPSEA',
    keywords: ['腐蚀监测', '导管架', '阴极保护', '剩余寿命', '延寿评估'],
    targetTrl: 8,
    regionCode: '370211',
    confidentiality: 'PUBLIC',
    ipTerms: IP_OWNER,
    contact: C.hairong,
    status: 'REJECTED',
    deadlineDaysFromNow: 20,
    rejectReason:
      '所述内容以常规检测、监测系统安装和评估报告为主，技术路线成熟、已有多家服务机构可提供，不符合揭榜挂帅“目标明确、路径未知”的攻关属性；建议通过技术服务合同采购，或将需求聚焦于尚未解决的技术难点（如飞溅区腐蚀—疲劳耦合寿命预测）后重新提交。',
    matchingCapabilityTitles: ['海洋工程钢结构腐蚀在线监测与剩余寿命评估'],
  },
  {
    key: 'ch-r290',
    ownerKey: 'huijia',
    title: 'R290家用空调大冷量柜机安全充注',
    summary:
      '在3匹家用柜机上使用R290天然制冷剂，通过换热器与管路优化降低充注量，并开发泄漏检测与安全控制方案，满足出口欧洲的法规要求。',
    statement:
      '欧盟F-gas法规修订后，分体空调将逐步限制使用GWP≥150的制冷剂，公司出口欧洲的3匹柜机需在2027年前切换至R290。按IEC 60335-2-40现行要求，R290柜机在常规房间面积下的最大允许充注量明显低于现有系统所需的1.35 kg，必须大幅降低充注量并增加泄漏安全措施。\n' +
      '我们希望揭榜方通过换热器小管径化、微通道化、储液结构优化等方式降低充注量，同时开发室内机泄漏传感与强制通风稀释的安全控制方案，完成标准要求的泄漏模拟试验，样机制冷量与能效不低于现有R32机型。\n' +
      '我司可提供现有R32柜机的系统设计资料、焓差实验室和泄漏模拟试验间，样机制作费用由我司承担；揭榜方需提交充注量降低的技术路线论证和阶段性样机测试数据。',
    indicators: [
      { name: 'R290充注量', target: '≤ 0.9', unit: 'kg' },
      { name: '额定制冷量', target: '≥ 7.2', unit: 'kW' },
      { name: '泄漏时室内最大局部浓度', target: '≤ 50', unit: '% LFL' },
    ],
    bounty: '2500000.00',
    fieldCode: 'MANUFACTURING.APPLIANCE',
    keywords: ['R290', '天然工质', '低充注', '泄漏安全', '出口欧盟'],
    targetTrl: 6,
    regionCode: '370212',
    confidentiality: 'NDA',
    ipTerms: IP_SHARED_EXCLUSIVE,
    contact: C.huijia,
    status: 'REJECTED',
    deadlineDaysFromNow: 25,
    rejectReason:
      '榜单中“充注量≤0.9 kg”与“制冷量≥7.2 kW”两项指标之间缺少论证依据，且未给出整机能效等级要求；同时悬赏金额填写为总研发预算（含样机模具与认证费用），与揭榜任务范围不一致。请补充指标依据、明确能效与安全两类验收指标，并将非技术性费用从悬赏金额中剔除后重新提交。',
    matchingCapabilityTitles: ['R290家用空调低充注与泄漏安全控制'],
  },
  {
    key: 'ch-seed-vigor',
    ownerKey: 'fengsui',
    title: '种子活力无损快速检测与分选装备',
    summary:
      '研制玉米种子活力在线无损检测与分选装备，替代耗时7天的发芽试验，在种子加工线上实时剔除低活力与霉变籽粒，减少种子批次降级带来的损失。',
    statement:
      '公司玉米种子加工线年处理量约1.8万吨，目前种子活力依靠抽样标准发芽试验（7天）和冷浸发芽试验，结果滞后，只能对批次整体判定。部分制种基地收获期遇雨，籽粒内部发生霉变或热损伤，外观与正常籽粒差异很小，现有色选机无法剔除，导致个别批次发芽率低于国家标准要求的85%，只能降级处理，损失较大。\n' +
      '希望揭榜方研制可接入加工线的种子活力无损检测与分选设备，对低活力、霉变籽粒进行在线剔除，检测要快速、准确，设备要便于维护，并在我司加工中心完成一个收获季的运行验证。\n' +
      '公司可提供近三年不同活力等级的种子样品与对应的发芽试验数据，以及加工中心的场地、电源和输送线接口条件；设备验收将与标准发芽试验结果进行比对，由公司质检部门组织。',
    indicators: [
      { name: '处理量', target: '≥ 5', unit: 't' },
      { name: '检测方式', target: '无损', unit: '—' },
    ],
    bounty: '1200000.00',
    fieldCode: 'AGRICULTURE.SEED',
    keywords: ['种子活力', '无损检测', '分选', '玉米种子', '高光谱'],
    targetTrl: 7,
    regionCode: '370285',
    confidentiality: 'PUBLIC',
    ipTerms: IP_LICENCE,
    contact: C.fengsui,
    status: 'REJECTED',
    deadlineDaysFromNow: 30,
    rejectReason:
      '榜单缺少检测准确率、单通道分选速度等可量化的验收指标，仅有“快速、准确”的定性描述；指标表中“处理量”未注明时间单位，与单粒分选设备的描述不符。请补充准确率、速度、适用作物与验收方法后重新提交。',
    matchingCapabilityTitles: ['种子活力机器视觉与近红外高光谱无损检测分选'],
  },

  // ════════════════ PUBLISHED 已发榜 (16) ════════════════
  {
    key: 'ch-pressure-hull',
    ownerKey: 'enterprise',
    title: '4500米级AUV耐压舱体轻量化设计与制造',
    summary:
      '为4500米级长航程AUV研制轻量化耐压舱体，在满足耐压与密封可靠性的前提下较现有铝合金舱减重30%以上，并完成深海海试。',
    statement:
      '公司4500米级长航程AUV的主耐压舱外径324 mm、总长约1.8 m（分三段），目前采用7075-T6铝合金，壁厚22 mm，三段舱体在空气中总重约210 kg，占整机重量的35%，导致浮力材料用量大、整机尺寸和阻力增加，航速和续航受限。\n' +
      '我们评估过钛合金方案，重量下降有限而成本增加3倍以上；也曾委托外协加工碳纤维复合材料筒体，但端部与金属法兰连接处在循环加压试验中发生分层渗水。希望揭榜方提供轻量化耐压舱体的结构设计、制造工艺和试验验证，舱体需与现有钛合金端盖及贯穿件接口兼容，完成静水压与循环加压试验，并随我司AUV完成至少2次4500 m级下潜海试。\n' +
      '我司可提供现有舱体图纸、端盖接口尺寸和历次压力试验数据，并提供80 MPa压力试验罐供验证使用。',
    indicators: [
      { name: '设计工作深度', target: '≥ 4500', unit: 'm' },
      { name: '较现有铝合金舱减重', target: '≥ 30', unit: '%' },
      { name: '0–50 MPa循环加压无渗漏', target: '≥ 500', unit: '次' },
      { name: '舱体浮重比', target: '≥ 1.4', unit: '—' },
    ],
    bounty: '2800000.00',
    fieldCode: 'MARINE.EQUIPMENT',
    keywords: ['耐压舱体', '轻量化', '复合材料', 'AUV', '深海'],
    targetTrl: 6,
    regionCode: '370211',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SHARED_EXCLUSIVE,
    contact: C.enterprise,
    status: 'PUBLISHED',
    deadlineDaysFromNow: 45,
    matchingCapabilityTitles: ['碳纤维/环氧复合材料深海耐压筒体湿法缠绕成型技术'],
  },
  {
    key: 'ch-manipulator',
    ownerKey: 'haisheng',
    title: '作业型ROV七功能液压机械手国产化',
    summary:
      '为重载作业型ROV研制七功能位置反馈液压机械手及主从遥操作系统，替代进口产品，满足3000 m级海底插拔热刺、旋转阀门等精细作业需求。',
    statement:
      '公司为海上油气和海底电缆运维用户提供重载作业型ROV成套装备，配套的七功能液压机械手全部依赖进口，单套价格约120万元，近两年多次因出口许可审查导致交付延期，已影响两个项目的验收。我们曾与国内厂家合作开发五功能开关型机械手，但缺乏关节位置闭环控制，操作员难以完成插拔热刺、旋转阀门、抓取易碎样品等精细作业。\n' +
      '希望揭榜方研制七功能位置反馈液压机械手及主从遥操作系统，可直接接入我司ROV液压系统（21 MPa）和光纤通信链路，完成3000 m压力试验和不少于200 h的水池作业考核，并提供维修手册与备件清单。\n' +
      '我司可提供ROV液压系统原理图、工具接口标准和水池试验条件；首台样机验收后，计划三年内采购不少于10套，揭榜方需具备小批量生产和售后服务能力。',
    indicators: [
      { name: '全伸展负载', target: '≥ 100', unit: 'kg' },
      { name: '重复定位精度', target: '≤ ±5', unit: 'mm' },
      { name: '工作水深', target: '≥ 3000', unit: 'm' },
      { name: '腕部连续旋转扭矩', target: '≥ 160', unit: 'N·m' },
    ],
    bounty: '3500000.00',
    fieldCode: 'MARINE.EQUIPMENT',
    keywords: ['ROV', '液压机械手', '遥操作', '力反馈', '国产化'],
    targetTrl: 7,
    regionCode: '370211',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SHARED_EXCLUSIVE,
    contact: C.haisheng,
    status: 'PUBLISHED',
    deadlineDaysFromNow: 50,
    matchingCapabilityTitles: ['作业型ROV七功能液压机械手及主从力反馈遥操作'],
  },
  {
    key: 'ch-buoy-satcom',
    ownerKey: 'lanxun',
    title: '近海观测浮标北斗/卫星双模数据回传终端',
    summary:
      '为38套近海观测浮标研制低功耗北斗三号短报文与天通卫星双链路数据回传终端，具备链路自动切换与断点续传，解决台风期间数据中断问题。',
    statement:
      '公司运营的38套近海观测浮标目前使用4G公网加北斗二号短报文回传数据。4G信号在离岸15 km以外不稳定，台风期间岸基基站受损时经常大面积中断；北斗二号短报文单包容量小，只能传输压缩后的关键要素，高频波浪谱和ADCP剖面数据无法回传。去年台风过境期间，浮标数据完整率仅为76%，恰恰是客户最需要数据的时候。\n' +
      '希望揭榜方研制北斗三号短报文与天通卫星双模通信终端，具备链路自动切换、数据压缩、断点续传和远程配置功能，适应浮标太阳能供电条件和海上高盐雾环境，并在我司不少于5套浮标上完成一个汛期的运行考核。\n' +
      '终端需兼容我司现有数据采集器的RS-232/RS-485接口与数据格式，并支持岸站远程升级固件；样机考核通过后，计划在全部38套浮标上替换安装，揭榜方需承诺5年备件供应。',
    indicators: [
      { name: '台风期间数据完整率', target: '≥ 98', unit: '%' },
      { name: '平均功耗', target: '≤ 2', unit: 'W' },
      { name: '防护等级', target: 'IP68', unit: '—' },
      { name: '单次短报文容量', target: '≥ 1000', unit: '汉字' },
    ],
    bounty: '900000.00',
    fieldCode: 'MARINE.INFO',
    keywords: ['北斗短报文', '卫星通信', '浮标', '数据回传', '低功耗'],
    targetTrl: 7,
    regionCode: '370212',
    confidentiality: 'PUBLIC',
    ipTerms: IP_LICENCE,
    contact: C.lanxun,
    status: 'PUBLISHED',
    deadlineDaysFromNow: 25,
    matchingCapabilityTitles: ['海洋浮标北斗三号短报文与天通卫星双模数据传输终端'],
  },
  {
    key: 'ch-green-tide',
    ownerKey: 'lanxun',
    title: '黄海浒苔绿潮早期发现与登陆预测',
    summary:
      '融合卫星与无人机数据实现黄海浒苔绿潮早期发现，逐日滚动预测7天漂移路径和青岛近岸登陆时间，服务养殖企业、滨海景区与电厂取水。',
    statement:
      '每年5–7月黄海浒苔绿潮对青岛近岸海水养殖、滨海浴场和电厂取水造成严重影响。公司为多家养殖企业和旅游景区提供海况信息服务，客户最关心绿潮何时、何地登陆以及规模大小，以便提前布设拦截网和安排打捞力量。\n' +
      '目前公开的卫星监测结果受云覆盖影响，常出现连续多日无有效观测，且发布的多为覆盖面积统计，不提供精细的漂移预测。我们曾尝试使用单一光学卫星数据加经验漂移模型，登陆时间预测误差经常超过3天。希望揭榜方构建多源遥感协同监测与漂移预测系统，在绿潮发生初期即可发现小尺度斑块，逐日滚动预报7天分布，并以接口方式接入我司服务平台自动更新。\n' +
      '我司可提供近五年客户记录的登陆时间与地点、自有无人机航测能力和黄海浮标的风、流观测数据；系统须在每年4月底前完成部署，并在当年绿潮季结束后提交预测检验报告。',
    indicators: [
      { name: '最小可识别斑块面积', target: '≤ 1', unit: 'km²' },
      { name: '7天漂移预测位置误差', target: '≤ 20', unit: 'km' },
      { name: '近岸登陆时间预测误差', target: '≤ 1', unit: '天' },
      { name: '云覆盖条件下有效监测天数占比', target: '≥ 80', unit: '%' },
    ],
    bounty: '1500000.00',
    fieldCode: 'INFO.SPACE_DATA',
    keywords: ['浒苔', '绿潮', '卫星遥感', '漂移预测', '无人机'],
    targetTrl: 7,
    regionCode: '370212',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SOFTWARE,
    contact: C.lanxun,
    status: 'PUBLISHED',
    deadlineDaysFromNow: 30,
    matchingCapabilityTitles: ['黄海浒苔绿潮卫星—无人机协同监测与漂移预测'],
  },
  {
    key: 'ch-dha',
    ownerKey: 'haiyuan',
    title: '裂殖壶菌DHA藻油发酵单位提升与精制',
    summary:
      '通过菌种改良与发酵工艺优化，将公司20 m³发酵罐裂殖壶菌DHA产率提高25%以上，并改进破壁提取与精制工艺，降低精制油过氧化值。',
    statement:
      '公司DHA藻油生产线采用裂殖壶菌20 m³发酵罐分批补料工艺，当前生物量约130 g/L、DHA占总脂肪酸40%，DHA产率比行业领先水平低约三成，生产成本偏高，在婴幼儿配方食品原料招标中缺乏价格竞争力。菌种连续传代后产油能力下降，发酵后期高黏度导致溶氧控制困难；采用溶剂浸提的精制油过氧化值偶有超标。\n' +
      '我们希望揭榜方提供高产菌株或菌种改良方案，优化补料与溶氧控制策略，改进破壁、提取和精制工艺（优先无溶剂路线），在我司20 m³罐上连续3批完成验证，并提供工艺包与操作规程。项目涉及我司生产数据与菌种，需签署保密协议。\n' +
      '公司可提供5 L–500 L小试与中试发酵罐供揭榜方使用，并安排生产人员配合连续批次试验；菌种如涉及诱变或基因改造，需说明安全评价与食品原料申报路径。',
    indicators: [
      { name: '发酵生物量', target: '≥ 170', unit: 'g/L' },
      { name: 'DHA占总脂肪酸', target: '≥ 45', unit: '%' },
      { name: 'DHA产率提升', target: '≥ 25', unit: '%' },
      { name: '精制油过氧化值', target: '≤ 2.5', unit: 'mmol/kg' },
    ],
    bounty: '2000000.00',
    fieldCode: 'MARINE.PHARMA',
    keywords: ['DHA', '裂殖壶菌', '发酵工艺', '藻油精制', '菌种改良'],
    targetTrl: 7,
    regionCode: '370212',
    confidentiality: 'NDA',
    ipTerms: IP_ROYALTY,
    contact: C.haiyuan,
    status: 'PUBLISHED',
    deadlineDaysFromNow: 35,
    matchingCapabilityTitles: ['裂殖壶菌高密度发酵生产DHA藻油'],
  },
  {
    key: 'ch-mea',
    ownerKey: 'qingtu',
    title: '低铂高功率密度燃料电池膜电极开发',
    summary:
      '开发阴极铂载量不超过0.25 mg/cm²的车用燃料电池膜电极，功率密度和耐久性满足重卡电堆要求，并建立卷对卷连续涂布与转印量产工艺。',
    statement:
      '公司电堆目前外购膜电极，总铂载量约0.45 mg/cm²，铂成本占电堆材料成本的28%，且单一供应商议价空间小。重卡应用对电堆额定功率和寿命提出更高要求，需要在降低铂载量的同时保持高电流密度性能和耐久性。我们曾自行开发超声喷涂法CCM，小面积样品性能尚可，但批量生产时催化层厚度均匀性差、干燥开裂率高，良品率不足70%。\n' +
      '希望揭榜方开发低铂膜电极，包括催化剂选型、催化层结构设计与离聚物配比，建立卷对卷连续涂布与转印工艺，并在我司有效面积300 cm²的电堆上完成性能与耐久验证。\n' +
      '验收分单电池、10节短堆和全尺寸电堆三级进行，测试条件按我司电堆工况（80 ℃、阴极计量比1.8、出口压力150 kPa）执行；量产工艺需测算年产5万片规模下的单片成本。',
    indicators: [
      { name: '阴极Pt载量', target: '≤ 0.25', unit: 'mg/cm²' },
      { name: '0.65 V时电流密度', target: '≥ 1.6', unit: 'A/cm²' },
      { name: '催化剂加速衰减30000圈电压衰减', target: '≤ 30', unit: 'mV' },
      { name: '卷对卷涂布幅宽', target: '≥ 300', unit: 'mm' },
    ],
    bounty: '5000000.00',
    fieldCode: 'ENERGY.HYDROGEN',
    keywords: ['膜电极', '低铂', 'CCM', '燃料电池', '卷对卷'],
    targetTrl: 7,
    regionCode: '370211',
    confidentiality: 'NDA',
    ipTerms: IP_SHARED_EXCLUSIVE,
    contact: C.qingtu,
    status: 'PUBLISHED',
    deadlineDaysFromNow: 40,
    matchingCapabilityTitles: ['低铂载量燃料电池膜电极（CCM）卷对卷制备'],
  },
  {
    key: 'ch-electrolyzer',
    ownerKey: 'lvtan',
    title: '风光波动电源适配的碱性电解槽电极与控制',
    summary:
      '为胶州20 MW风光制氢示范项目开发适应宽功率波动的碱性电解槽电极、隔膜与变负荷控制策略，降低低负荷运行安全风险与单位氢气能耗。',
    statement:
      '公司在胶州规划建设20 MW光伏+风电制氢示范项目，配置4台1000 Nm³/h碱性电解槽。与常规电网供电不同，新能源出力在分钟级剧烈波动，日内还会频繁启停。现有商用碱性电解槽最低负荷约30–40%，低负荷时氢中氧含量上升存在安全隐患；频繁启停导致电极活性层脱落，运行一年后槽电压上升明显，电耗增加。\n' +
      '我们希望揭榜方开发高活性、耐启停的镍基析氢与析氧电极和低气体互窜的复合隔膜，结合变负荷控制策略，先在50 Nm³/h以上试验槽上完成波动工况验证，再应用于示范项目单台电解槽，形成可推广的技术方案。\n' +
      '公司可提供示范项目所在地一年的光伏与风电出力曲线（分辨率1 min）用于工况模拟；电解槽主机厂已同意配合电极与隔膜替换试验，示范运行数据将向揭榜方开放用于后续改进。',
    indicators: [
      { name: '1.85 V下电流密度', target: '≥ 5000', unit: 'A/m²' },
      { name: '最低稳定负荷', target: '≤ 15', unit: '%' },
      { name: '2000次启停后槽电压上升', target: '≤ 20', unit: 'mV' },
      { name: '低负荷时氢中氧含量', target: '≤ 1', unit: '%' },
    ],
    bounty: '4000000.00',
    fieldCode: 'ENERGY.HYDROGEN',
    keywords: ['碱性电解水', '风光制氢', '宽功率波动', '镍基电极', '复合隔膜'],
    targetTrl: 6,
    regionCode: '370281',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SHARED_EXCLUSIVE,
    contact: C.lvtan,
    status: 'PUBLISHED',
    deadlineDaysFromNow: 55,
    matchingCapabilityTitles: ['宽功率波动碱性电解槽镍基电极与复合隔膜'],
  },
  {
    key: 'ch-tank-floor',
    ownerKey: 'hairong',
    title: '在役原油储罐底板不开罐腐蚀检测与评估',
    summary:
      '对24台10万立方米原油储罐底板实施不清罐、不停产的腐蚀检测与风险评估，科学确定开罐检修优先级，减少不必要的开罐费用与停用损失。',
    statement:
      '公司负责运维的原油罐区有10万立方米外浮顶储罐24台，按规定需定期开罐检测，每台开罐清罐费用约150万元、停用周期约3个月。储罐底板下表面腐蚀无法从外部直接观察，历史上曾发生底板腐蚀穿孔导致原油渗漏、土壤污染的事故。目前仅依据服役年限安排开罐，部分储罐开罐后发现底板状况良好，造成浪费，而真正需要检修的储罐可能被延误。\n' +
      '希望揭榜方提供在线检测技术，在储罐正常运行状态下评估底板腐蚀活性等级，结合基于风险的检验方法给出24台储罐的开罐优先级建议，并在近两年计划开罐的储罐上验证检测结果的可靠性。\n' +
      '罐区近两年计划开罐4台，可作为检测结果的验证样本；揭榜方进场作业须遵守罐区动火与防爆管理规定，检测设备需具备防爆认证，检测报告需经有资质的检验机构签章。',
    indicators: [
      { name: '单台检测时间（不停产）', target: '≤ 2', unit: '天' },
      { name: '严重腐蚀区域检出率', target: '≥ 85', unit: '%' },
      { name: '评估覆盖储罐', target: '24', unit: '台' },
    ],
    bounty: '1800000.00',
    fieldCode: 'ENERGY.PETROLEUM',
    keywords: ['储罐', '底板腐蚀', '声发射', '在线检测', '风险评估'],
    targetTrl: 8,
    regionCode: '370211',
    confidentiality: 'PUBLIC',
    ipTerms: IP_OWNER,
    contact: C.hairong,
    status: 'PUBLISHED',
    deadlineDaysFromNow: 20,
    matchingCapabilityTitles: ['常压储罐底板声发射在线检测与RBI风险评估'],
  },
  {
    key: 'ch-bearing-monitor',
    ownerKey: 'dingzhou',
    title: '风电主轴轴承服役状态在线监测与寿命预测',
    summary:
      '为风电主轴轴承配套在线监测与剩余寿命预测系统，实现10–20 r/min低速重载工况下的早期故障预警，支撑公司“轴承+服务”商业模式。',
    statement:
      '公司已累计交付风电主轴轴承3000余套，风场业主希望轴承供应商提供状态监测和寿命评估服务，并愿意为此付费。主轴轴承转速低（10–20 r/min）、载荷随风况剧烈变化，常规振动阈值报警方法难以发现早期损伤，往往在出现明显异响后才发现滚道剥落，一次更换（含吊装）费用超过200万元。\n' +
      '我们在两个风场试装了振动传感器，但缺乏有效的低速轴承故障特征提取和剩余寿命预测模型，报警要么太晚，要么误报频繁。希望揭榜方开发适用于低速重载主轴轴承的状态监测与寿命预测方法，集成边缘采集终端与云端模型，在我司提供的风场完成不少于6个月的验证。\n' +
      '我司可提供两个风场共46台机组的振动与SCADA历史数据，以及6套拆机轴承的损伤记录；边缘终端需适应机舱内-30–60 ℃环境，并通过风场业主的网络安全审查。',
    indicators: [
      { name: '早期故障预警提前时间', target: '≥ 30', unit: '天' },
      { name: '剩余寿命预测误差', target: '≤ 20', unit: '%' },
      { name: '误报率', target: '≤ 1', unit: '次/台·年' },
      { name: '最低适用转速', target: '≤ 8', unit: 'r/min' },
    ],
    bounty: '1200000.00',
    fieldCode: 'MANUFACTURING.BEARING',
    keywords: ['轴承状态监测', '剩余寿命预测', '风电主轴轴承', '低速重载', '故障诊断'],
    targetTrl: 7,
    regionCode: '370281',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SOFTWARE,
    contact: C.dingzhou,
    status: 'PUBLISHED',
    deadlineDaysFromNow: 30,
    matchingCapabilityTitles: ['滚动轴承振动声学故障诊断与剩余寿命预测'],
  },
  {
    key: 'ch-reefer-body',
    ownerKey: 'zhongchi',
    title: '冷藏车厢体高效保温结构开发',
    summary:
      '开发冷藏车厢体真空绝热板—聚氨酯复合保温结构，在厢板厚度不超过100 mm的前提下将整厢传热系数降至0.30 W/(m²·K)以下。',
    statement:
      '公司冷藏车厢体采用玻璃钢蒙皮+聚氨酯发泡夹芯板，厢板厚度100 mm，整厢K值约0.40 W/(m²·K)，满足A级要求，但难以达到医药冷链和-25 ℃深冷运输客户提出的更高保温要求。增加厢板厚度会减小有效容积，客户不接受；提高制冷机组功率又增加油耗。\n' +
      '我们调研过真空绝热板，但担心车辆长期振动和装卸撞击会导致真空板破损失效，以及与厢体拼接处形成冷桥。希望揭榜方设计真空绝热板与聚氨酯复合的厢板结构及批量制造工艺，提出破损检测与维修方法，按国家标准完成整厢K值试验和道路耐久试验。\n' +
      '我司可提供厢板生产线（连续发泡与真空压合）和整厢K值试验间，道路耐久试验在我司试验场完成；方案需考虑VIP破损后的可维修性，明确单块失效对整厢K值的影响。',
    indicators: [
      { name: '整厢传热系数K', target: '≤ 0.30', unit: 'W/(m²·K)' },
      { name: '厢板厚度', target: '≤ 100', unit: 'mm' },
      { name: '30000 km道路耐久后K值增幅', target: '≤ 10', unit: '%' },
      { name: '单车厢体成本增加', target: '≤ 8000', unit: '元' },
    ],
    bounty: '1000000.00',
    fieldCode: 'MANUFACTURING.VEHICLE',
    keywords: ['冷藏车', '真空绝热板', '厢体保温', '传热系数', '冷链'],
    targetTrl: 7,
    regionCode: '370215',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SHARED_EXCLUSIVE,
    contact: C.zhongchi,
    status: 'PUBLISHED',
    deadlineDaysFromNow: 35,
    matchingCapabilityTitles: ['冷藏车厢体真空绝热板—聚氨酯复合保温结构'],
  },
  {
    key: 'ch-interior-fire',
    ownerKey: 'guicheng',
    title: '出口地铁车辆内装材料EN 45545 HL3防火达标',
    summary:
      '为出口欧洲地铁车辆项目开发满足EN 45545-2 HL3等级的侧墙板、顶板与座椅壳体材料，通过第三方型式试验并完成生产线工艺转移。',
    statement:
      '公司中标某欧洲城市地铁车辆内装部件项目，合同要求内装材料满足EN 45545-2中R1要求集HL3等级（地下线路运行）。公司现有玻璃钢侧墙板满足国内标准要求，但在锥形量热和烟毒性测试中MARHE与CITG指标超标；尝试加大阻燃剂添加量后力学性能下降，制件表面出现气泡和发花，无法满足外观要求。\n' +
      '项目交付节点紧，希望揭榜方提供成熟的无卤阻燃材料体系和成型工艺，用于侧墙板、顶板和座椅壳体，协助完成样件制作和第三方型式试验，并配合我司完成生产线工艺转移。\n' +
      '项目样件须在合同签订后4个月内提交第三方实验室，材料还需通过欧洲业主指定的表面硬度、耐清洗剂和抗涂鸦测试；揭榜方应提供材料的REACH合规声明。项目材料年需求预计约120吨，后续还有两个欧洲城市的同类项目。',
    indicators: [
      { name: 'MARHE（R1）', target: '≤ 60', unit: 'kW/m²' },
      { name: '烟密度Ds(4)', target: '≤ 150', unit: '—' },
      { name: '毒性指数CITG', target: '≤ 0.75', unit: '—' },
      { name: '弯曲强度', target: '≥ 150', unit: 'MPa' },
    ],
    bounty: '1200000.00',
    fieldCode: 'MANUFACTURING.RAIL',
    keywords: ['EN 45545', '阻燃', '内装材料', '地铁车辆', '低烟无毒'],
    targetTrl: 8,
    regionCode: '370214',
    confidentiality: 'PUBLIC',
    ipTerms: IP_LICENCE,
    contact: C.guicheng,
    status: 'PUBLISHED',
    deadlineDaysFromNow: 20,
    matchingCapabilityTitles: ['轨道车辆内装阻燃材料（EN 45545-2 HL3）'],
  },
  {
    key: 'ch-washer-vibration',
    ownerKey: 'huijia',
    title: '滚筒洗衣机高速脱水振动与位移抑制',
    summary:
      '解决12 kg大容量超薄滚筒洗衣机在1400 r/min高速脱水时的振动、噪声和整机位移问题，基于电机驱动信号识别偏心，不增加传感器成本。',
    statement:
      '公司新一代12 kg大容量超薄滚筒洗衣机（深度450 mm）外桶与箱体间隙减小，在1400 r/min高速脱水时若衣物分布不均，会出现外桶撞箱、整机“走机”和噪声超标，售后投诉中振动相关问题占比达37%。现有方案依靠电机转速波动粗略判断偏心，判断误差大，常导致反复抖散，脱水时间延长5–10分钟，用户体验差。\n' +
      '我们不希望增加加速度传感器等硬件成本。希望揭榜方提供基于现有电机驱动信号的偏心质量识别算法和脱水转速控制策略，必要时对减振器结构提出优化方案，在我司样机上完成验证并移植到量产电控板。\n' +
      '我司可提供电机驱动板原理图、变频控制软件接口和50台样机；算法需在主控MCU剩余资源（Flash 64 KB、RAM 8 KB）内实现，并通过毛巾、牛仔、羽绒服等不同衣物负载组合的可靠性试验。',
    indicators: [
      { name: '偏心质量识别误差', target: '≤ 80', unit: 'g' },
      { name: '1400 r/min脱水时箱体最大振幅', target: '≤ 1.5', unit: 'mm' },
      { name: '脱水噪声', target: '≤ 70', unit: 'dB(A)' },
      { name: '新增硬件成本', target: '≤ 5', unit: '元/台' },
    ],
    bounty: '800000.00',
    fieldCode: 'MANUFACTURING.APPLIANCE',
    keywords: ['滚筒洗衣机', '脱水振动', '偏心识别', '减振', '无传感器控制'],
    targetTrl: 7,
    regionCode: '370212',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SOFTWARE,
    contact: C.huijia,
    status: 'PUBLISHED',
    deadlineDaysFromNow: 25,
    matchingCapabilityTitles: ['滚筒洗衣机偏心负载识别与脱水振动抑制'],
  },
  {
    key: 'ch-pyrolysis-cb',
    ownerKey: 'xianglian',
    title: '废轮胎裂解炭黑高值化替代N330',
    summary:
      '提纯和改性废轮胎热裂解炭黑，使其在胎侧、内衬层等非胎面部件中部分替代N330炭黑，降低原材料成本，并减少出口轮胎产品的碳足迹。',
    statement:
      '公司参股的废轮胎热裂解项目年产裂解炭黑约1.5万吨，目前灰分约15%、粒径分布宽，只能低价出售用于油墨或作燃料。与此同时，公司轮胎生产每年采购N330炭黑约3万吨，欧盟客户对再生材料使用比例和产品碳足迹提出了明确要求。我们曾将裂解炭黑直接掺入胎侧胶，替代20%时拉伸强度下降15%以上，耐屈挠性能明显变差。\n' +
      '希望揭榜方开发裂解炭黑提纯与表面改性技术，给出在胎侧、内衬层等部件中的替代配方，完成中试放大和成品轮胎室内耐久验证，并提供产品碳足迹降低的核算依据。\n' +
      '公司参股裂解厂可提供中试场地和原料，成品轮胎耐久试验在我司检测中心进行；改性工艺需评估废水、废气处理成本，综合加工成本应低于N330采购价的60%。',
    indicators: [
      { name: '改性裂解炭黑灰分', target: '≤ 6', unit: '%' },
      { name: '胎侧胶中替代N330比例', target: '≥ 40', unit: '%' },
      { name: '拉伸强度下降', target: '≤ 10', unit: '%' },
      { name: '中试产能', target: '≥ 200', unit: 'kg/h' },
    ],
    bounty: '2000000.00',
    fieldCode: 'MATERIALS.RUBBER',
    keywords: ['裂解炭黑', '废轮胎', '循环利用', 'N330', '表面改性'],
    targetTrl: 7,
    regionCode: '370283',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SHARED_EXCLUSIVE,
    contact: C.xianglian,
    status: 'PUBLISHED',
    deadlineDaysFromNow: 45,
    matchingCapabilityTitles: ['废轮胎热裂解炭黑深度提纯与表面改性'],
  },
  {
    key: 'ch-aps',
    ownerKey: 'gongzhi',
    title: '机械加工集群多工厂协同排产引擎',
    summary:
      '为平台上的胶州机械加工企业集群开发多工厂、多工序协同排产引擎，考虑换模与外协运输时间，支持紧急插单与设备故障的分钟级重排。',
    statement:
      '平台服务的胶州机械加工产业集群有数十家中小企业，存在大量外协加工和订单互转，但各企业均用Excel手工排产，计划变更频繁，设备综合利用率不足60%，订单准时交付率约80%。平台已打通企业设备状态数据和订单数据，计划上线协同排产服务。\n' +
      '现有开源排程组件只能处理单工厂简单流水线，无法考虑换模时间、外协运输时间、多工厂产能共享和紧急插单。希望揭榜方开发协同排产核心算法，以SaaS服务方式接入平台，并在3家以上企业组成的试点中运行3个月，给出排产效果评估报告。\n' +
      '平台可提供试点企业近一年的工单、工艺路线和设备状态数据；排产引擎需提供标准API，支持计划员人工调整后再优化，并能解释排产结果（如延期订单的瓶颈工序）。',
    indicators: [
      { name: '支持设备规模', target: '≥ 300', unit: '台' },
      { name: '全局排产计算时间', target: '≤ 10', unit: 'min' },
      { name: '插单重排响应时间', target: '≤ 2', unit: 'min' },
      { name: '试点企业订单准时交付率提升', target: '≥ 10', unit: '个百分点' },
    ],
    bounty: '900000.00',
    fieldCode: 'INFO.INDUSTRIAL_INTERNET',
    keywords: ['APS', '协同排产', '多工厂', '工业互联网平台', '约束规划'],
    targetTrl: 7,
    regionCode: '370203',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SOFTWARE,
    contact: C.gongzhi,
    status: 'PUBLISHED',
    deadlineDaysFromNow: 40,
    matchingCapabilityTitles: ['离散制造多工厂高级计划排程（APS）算法'],
  },
  {
    key: 'ch-mmwave-ext',
    ownerKey: 'jingce',
    title: '75–110 GHz矢量网络分析仪扩频模块',
    summary:
      '为公司67 GHz矢量网络分析仪配套W波段扩频模块，实现75–110 GHz的S参数测量，满足6G与汽车雷达器件测试需求，替代进口毫米波测试方案。',
    statement:
      '6G通信、汽车毫米波雷达和太赫兹器件研发对W波段S参数测试需求增长很快，国内用户目前只能采购进口矢网与扩频模块，单套价格超过300万元且交付受限。公司已具备67 GHz矢网整机能力，但缺少毫米波倍频链与混频器的设计与工艺能力。我们尝试用商用倍频芯片搭建扩频链路，输出功率不足-5 dBm且平坦度差，系统动态范围仅80 dB左右。\n' +
      '希望揭榜方研制与我司矢网配套的W波段扩频模块（一对，WR-10波导端口），配合完成系统联调、校准件适配和指标测试，具备小批量生产的工艺文件。\n' +
      '我司可提供矢网本振与中频接口规格、整机控制软件接口和110 GHz校准件；扩频模块单套物料成本目标不超过20万元，揭榜方需给出关键芯片的国产化替代方案。',
    indicators: [
      { name: '频率范围', target: '75–110', unit: 'GHz' },
      { name: '动态范围（10 Hz中频带宽）', target: '≥ 100', unit: 'dB' },
      { name: '测试端口输出功率', target: '≥ 0', unit: 'dBm' },
      { name: '幅度稳定度（8 h）', target: '≤ ±0.2', unit: 'dB' },
    ],
    bounty: '3000000.00',
    fieldCode: 'INFO.MEASUREMENT',
    keywords: ['毫米波', '扩频模块', 'W波段', '矢量网络分析仪', '倍频'],
    targetTrl: 6,
    regionCode: '370211',
    confidentiality: 'NDA',
    ipTerms: IP_SHARED_EXCLUSIVE,
    contact: C.jingce,
    status: 'PUBLISHED',
    deadlineDaysFromNow: 50,
    matchingCapabilityTitles: ['W波段（75–110 GHz）矢网扩频模块'],
  },
  {
    key: 'ch-uric-acid',
    ownerKey: 'kangrui',
    title: '新型URAT1抑制剂II期临床受试者招募与评价',
    summary:
      '为在研新型URAT1抑制剂开展痛风患者II期多中心临床研究，寻求具备痛风专病队列、双能CT评价能力和牵头组织经验的临床研究团队。',
    statement:
      '公司自主研发的选择性URAT1抑制剂KR-207已完成I期临床，安全性和降尿酸效果良好，计划开展II期剂量探索研究，入组原发性痛风合并高尿酸血症患者约240例。前期调研发现，常规综合医院入组速度慢（每中心每月2–3例），且缺少双能CT尿酸盐结晶体积定量等影像学终点的评估经验，难以支撑差异化的临床定位。\n' +
      '希望揭榜方具备痛风专病队列与受试者数据库，能够作为牵头单位参与方案设计、组织多中心入组，提供双能CT评价和相关生物标志物检测，保证研究质量符合GCP要求，并按计划完成统计分析与总结报告。\n' +
      '研究预计在5家以上中心开展，申办方承担研究药物、中心实验室检测与监查费用；揭榜方需具备国家药物临床试验机构资质，主要研究者近五年主持过降尿酸类药物的注册临床试验。',
    indicators: [
      { name: '入组受试者', target: '≥ 240', unit: '例' },
      { name: '入组周期', target: '≤ 8', unit: '个月' },
      { name: '完成双能CT评估的受试者比例', target: '≥ 60', unit: '%' },
      { name: '重大方案偏离率', target: '≤ 5', unit: '%' },
    ],
    bounty: '6000000.00',
    fieldCode: 'BIOMED.CLINICAL.METABOLIC',
    keywords: ['痛风', '高尿酸血症', 'URAT1抑制剂', 'II期临床', '双能CT'],
    targetTrl: 7,
    regionCode: '370214',
    confidentiality: 'NDA',
    ipTerms: IP_CLINICAL,
    contact: C.kangrui,
    status: 'PUBLISHED',
    deadlineDaysFromNow: 45,
    matchingCapabilityTitles: ['高尿酸血症与痛风专病队列及临床试验平台'],
  },

  // ════════════════ EVALUATING 评审中 (10) ════════════════
  {
    key: 'ch-ctd',
    ownerKey: 'enterprise',
    title: '高精度温盐深剖面仪电导率传感器国产化',
    summary:
      '研制6000米级CTD用高精度电导率传感器及测量电路，与温度、压力传感器集成后主要性能达到进口主流产品水平，实现CTD整机国产化。',
    statement:
      '公司深海探测装备、潜标和剖面浮标大量配套温盐深剖面仪（CTD），目前几乎全部采购进口产品，单台价格30–60万元，年采购额超过800万元。电导率传感器是决定盐度测量精度的核心部件，国产产品长期稳定性差，在海上使用3个月后漂移超过0.01 mS/cm，无法满足科考用户要求。我们曾试用两款国产电磁感应式传感器，受周边金属结构和安装方式影响明显。\n' +
      '希望揭榜方研制电极式或感应式高精度电导率传感器及配套测量电路，与我司温度、压力传感器集成为CTD整机，完成实验室检定和不少于两个航次的海上比测，并形成批量生产的装配与标定工艺。\n' +
      '我司可提供温度、压力传感器和耐压舱结构，海上比测可搭载我司年度科考航次；验收时电导率传感器需经海洋计量检定机构检定，并提交6个月的长期稳定性试验数据。',
    indicators: [
      { name: '电导率测量准确度', target: '≤ ±0.003', unit: 'mS/cm' },
      { name: '时间常数', target: '≤ 0.1', unit: 's' },
      { name: '工作水深', target: '≥ 6000', unit: 'm' },
      { name: '海上比测盐度偏差', target: '≤ 0.005', unit: 'PSU' },
    ],
    bounty: '1500000.00',
    fieldCode: 'INSTRUMENTS',
    keywords: ['CTD', '电导率传感器', '温盐深', '海洋仪器', '国产化'],
    targetTrl: 7,
    regionCode: '370211',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SHARED_EXCLUSIVE,
    contact: C.enterprise,
    status: 'EVALUATING',
    deadlineDaysFromNow: -8,
    matchingCapabilityTitles: ['高精度温盐深剖面仪电极式电导率传感器'],
  },
  {
    key: 'ch-ship-anomaly',
    ownerKey: 'lanxun',
    title: '港口水域船舶异常行为智能识别与预警',
    summary:
      '融合AIS、岸基雷达和视频数据，对港口锚地与航道船舶的异常行为进行自动识别和分级预警，降低人工值守压力，提高海事监管效率。',
    statement:
      '公司为港口集团和海事部门提供船舶动态监管服务，监管水域内日均船舶约1500艘次。值班人员需要同时盯守AIS电子海图和视频画面，锚地走锚、违规穿越航道、AIS关闭、夜间非法过驳等异常主要靠人工发现，漏报时有发生。现有规则引擎基于速度、航向阈值报警，误报率高达30%，值班人员逐渐忽略报警。\n' +
      '希望揭榜方开发多源航迹融合与异常行为识别模型，解决AIS与雷达目标关联、AIS信号丢失时的航迹维持问题，部署在我司平台，覆盖不少于6类典型异常，试运行3个月达到指标要求，并支持值班人员对报警结果进行反馈以持续改进模型。\n' +
      '我司可提供监管水域近两年的AIS与雷达历史数据、已标注异常事件1200余起以及视频接口；系统需满足网络安全等级保护三级要求，部署在我司机房，并提供报警处置闭环与统计报表功能。',
    indicators: [
      { name: '可识别异常行为类型', target: '≥ 6', unit: '类' },
      { name: '召回率', target: '≥ 90', unit: '%' },
      { name: '误报率', target: '≤ 8', unit: '%' },
      { name: '航迹融合定位误差', target: '≤ 20', unit: 'm' },
    ],
    bounty: '1200000.00',
    fieldCode: 'MARINE.INFO',
    keywords: ['船舶异常行为', 'AIS', '航迹融合', '港口监管', '智能预警'],
    targetTrl: 7,
    regionCode: '370212',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SOFTWARE,
    contact: C.lanxun,
    status: 'EVALUATING',
    deadlineDaysFromNow: -5,
    matchingCapabilityTitles: ['港口水域船舶AIS与雷达航迹融合及异常行为识别'],
  },
  {
    key: 'ch-sea-fog',
    ownerKey: 'lanxun',
    title: '港区海雾能见度0–6小时短临预报',
    summary:
      '为青岛港区提供1 km分辨率、逐10分钟更新的海雾能见度0–6小时短临预报，支撑引航、靠离泊作业调度，减少误判导致的船舶滞港损失。',
    statement:
      '青岛港区每年春夏季海雾日数在30天以上，能见度低于1000 m时港口需限制大型船舶进出港和靠离泊，低于500 m时全面停航。港口调度目前参考气象部门发布的城市级大雾预警，时空分辨率粗，港区内不同泊位能见度差异很大，常出现“封港过早”或“开港过晚”的情况，每次误判造成的船舶滞港损失可达数十万元。\n' +
      '希望揭榜方构建港区精细化海雾能见度短临预报系统，融合卫星、岸基能见度观测和数值模式，逐10分钟滚动输出未来6小时港区网格化能见度，接入我司港口服务平台，并利用近三年海雾过程完成检验。\n' +
      '我司在港区布设有能见度仪8台，可开放实时数据，并可协调港口集团提供近三年封港、开港记录用于检验；系统需在每年3月海雾季前上线，运行期间提供预报技术支持。',
    indicators: [
      { name: '空间分辨率', target: '≤ 1', unit: 'km' },
      { name: '更新频率', target: '≤ 10', unit: 'min' },
      { name: '0–3 h雾（能见度<1 km）TS评分', target: '≥ 0.5', unit: '—' },
      { name: '预报时效', target: '≥ 6', unit: 'h' },
    ],
    bounty: '1000000.00',
    fieldCode: 'MARINE.METEOROLOGY',
    keywords: ['海雾', '能见度', '短临预报', '港口调度', '卫星遥感'],
    targetTrl: 6,
    regionCode: '370212',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SOFTWARE,
    contact: C.lanxun,
    status: 'EVALUATING',
    deadlineDaysFromNow: -12,
    matchingCapabilityTitles: ['港区海雾0–6小时能见度短临预报系统'],
  },
  {
    key: 'ch-bipolar',
    ownerKey: 'qingtu',
    title: '燃料电池超薄金属双极板及涂层国产化',
    summary:
      '开发0.1 mm级不锈钢金属双极板精密成形与导电耐蚀涂层技术，解决回弹与涂层耐久问题，满足重卡燃料电池电堆高功率密度与长寿命要求。',
    statement:
      '公司电堆目前采用进口钛基金属双极板，单片价格约180元，在电堆成本中占比较高，且交付周期长达4个月。国产金属双极板样品存在流道成形回弹大、平面度差、涂层长时间运行后接触电阻上升等问题，在我司台架耐久试验2000 h后电堆电压衰减明显，未能通过验证。\n' +
      '希望揭榜方提供超薄不锈钢双极板精密成形工艺与导电耐蚀涂层技术，解决回弹与平面度控制、涂层致密性和焊接密封问题，完成双极板批量试制（不少于500片），装配于我司电堆完成不少于3000 h耐久测试，并给出批量生产条件下的成本测算。\n' +
      '我司可提供流场设计图、电堆装配与测试条件，并在耐久试验期间开放电压衰减数据；双极板需与现有密封件和歧管结构兼容，不改变电堆外形尺寸。',
    indicators: [
      { name: '基板厚度', target: '≤ 0.1', unit: 'mm' },
      { name: '接触电阻（1.4 MPa）', target: '≤ 5', unit: 'mΩ·cm²' },
      { name: '腐蚀电流密度', target: '≤ 1', unit: 'μA/cm²' },
      { name: '单片平面度', target: '≤ 0.2', unit: 'mm' },
      { name: '批量单片成本', target: '≤ 60', unit: '元' },
    ],
    bounty: '3000000.00',
    fieldCode: 'ENERGY.HYDROGEN',
    keywords: ['金属双极板', '燃料电池', '冲压成形', '涂层', '国产化'],
    targetTrl: 7,
    regionCode: '370211',
    confidentiality: 'NDA',
    ipTerms: IP_SHARED_EXCLUSIVE,
    contact: C.qingtu,
    status: 'EVALUATING',
    deadlineDaysFromNow: -10,
    matchingCapabilityTitles: ['0.1 mm超薄不锈钢双极板精密冲压与碳基涂层'],
  },
  {
    key: 'ch-vocs-recovery',
    ownerKey: 'hairong',
    title: '原油码头装船油气高效回收装置',
    summary:
      '为30万吨级原油码头装船作业研制油气回收装置，适应装船过程中油气浓度与流量的剧烈波动，满足排放要求并回收油品，保障码头作业安全。',
    statement:
      '公司运维的董家口港区30万吨级原油码头装船时挥发油气直接排放，按地方大气污染物排放要求须在两年内完成治理。装船初期舱内惰性气体与油气混合，浓度从不足1%快速上升到35%以上，流量也随装船速率在300–1200 m³/h之间变化。\n' +
      '我们考察过单一活性炭吸附装置，在高浓度阶段炭床温升过快存在安全隐患；单纯冷凝方案能耗高、排放难以达标；膜分离装置处理量偏小。希望揭榜方提供适应浓度剧烈波动的组合回收工艺与成套装置，完成工艺设计、制造、码头现场安装调试和72 h性能考核，装置需满足码头防爆与安全联锁要求。\n' +
      '码头可提供装船作业期间的油气浓度、流量实测曲线和平面布置条件；装置需布置在码头后方约300 m²的区域内，与装船臂、惰气系统实现安全联锁，回收油品回输至罐区。',
    indicators: [
      { name: '处理气量', target: '≥ 1200', unit: 'm³/h' },
      { name: '出口非甲烷总烃', target: '≤ 120', unit: 'mg/m³' },
      { name: '油气回收率', target: '≥ 95', unit: '%' },
      { name: '防爆等级', target: 'Ex d IIB T4', unit: '—' },
    ],
    bounty: '6000000.00',
    fieldCode: 'ENERGY.PETROLEUM',
    keywords: ['油气回收', 'VOCs', '码头装船', '冷凝吸附', '原油'],
    targetTrl: 8,
    regionCode: '370211',
    confidentiality: 'PUBLIC',
    ipTerms: IP_LICENCE,
    contact: C.hairong,
    status: 'EVALUATING',
    deadlineDaysFromNow: -15,
    matchingCapabilityTitles: ['原油码头装船油气冷凝+吸附组合回收装置'],
  },
  {
    key: 'ch-hybrid-bearing',
    ownerKey: 'dingzhou',
    title: '高速电主轴混合陶瓷球角接触轴承',
    summary:
      '开发dmN值不低于2.0×10⁶的高速电主轴用混合陶瓷球角接触轴承，替代进口产品，并通过主机厂电主轴温升、振动与耐久台架验证。',
    statement:
      '国产五轴加工中心和高速钻攻中心的电主轴转速已达24000–40000 r/min，配套的高速角接触轴承几乎全部来自国外品牌，交期长、价格高。公司现有7008C等钢球轴承在dmN 1.2×10⁶以上温升过高；多次尝试直接替换为陶瓷球后，出现保持架异响和早期磨损，问题根源在于内部几何参数与保持架设计未针对高速工况优化。\n' +
      '希望揭榜方完成高速混合陶瓷球轴承的内部结构设计、保持架选材与设计、润滑方案，试制P4级样品，在高速试验机和主机厂电主轴上完成温升、振动与耐久验证，并协助我司形成工艺规范。\n' +
      '公司可提供G5级氮化硅陶瓷球和M50钢套圈原材料，以及磨加工和超精研生产线；合作主机厂已同意提供2台24000 r/min电主轴用于装机验证。',
    indicators: [
      { name: '极限dmN值', target: '≥ 2.0×10⁶', unit: 'mm·r/min' },
      { name: '最高转速下温升', target: '≤ 20', unit: '℃' },
      { name: '精度等级', target: 'P4', unit: '—' },
      { name: '台架无失效运行', target: '≥ 1000', unit: 'h' },
    ],
    bounty: '2200000.00',
    fieldCode: 'MANUFACTURING.BEARING',
    keywords: ['混合陶瓷球轴承', '电主轴', '高速轴承', '氮化硅', '保持架'],
    targetTrl: 7,
    regionCode: '370281',
    confidentiality: 'NDA',
    ipTerms: IP_SHARED_EXCLUSIVE,
    contact: C.dingzhou,
    status: 'EVALUATING',
    deadlineDaysFromNow: -6,
    matchingCapabilityTitles: ['机床电主轴高速氮化硅陶瓷球混合轴承'],
  },
  {
    key: 'ch-frame-light',
    ownerKey: 'zhongchi',
    title: '6×4牵引车车架总成轻量化',
    summary:
      '在保证强度、刚度与疲劳寿命的前提下，将6×4牵引车车架总成减重15%以上，满足快递快运和危化品运输客户在总质量限值下的增载需求。',
    statement:
      '快递快运和危化品运输客户对牵引车自重非常敏感，在GB 1589总质量限值下，车辆每减重100 kg即可多运输相应货物。公司6×4牵引车车架总成重量约1280 kg，纵梁为8 mm厚700 MPa级钢板冲压件。我们曾尝试直接将纵梁减薄至7 mm，结果在试验场强化路试验中出现纵梁翼面开裂；更换更高强度钢板又面临冲压回弹大、成形困难的问题。\n' +
      '希望揭榜方从材料、成形工艺和结构优化三方面给出车架轻量化整体方案，基于道路载荷谱进行疲劳仿真，完成样件试制、台架疲劳试验及试验场验证，方案需与现有总装工艺兼容。\n' +
      '我司可提供车架三维数模、试验场载荷谱数据和车架台架试验条件；方案需兼容现有铆接与总装工艺，不改变上装与底盘件的安装接口。',
    indicators: [
      { name: '车架总成减重', target: '≥ 15', unit: '%' },
      { name: '台架疲劳等效里程', target: '≥ 50', unit: '万km' },
      { name: '扭转刚度下降', target: '≤ 5', unit: '%' },
      { name: '单车成本增加', target: '≤ 3000', unit: '元' },
    ],
    bounty: '2500000.00',
    fieldCode: 'MATERIALS.LIGHTWEIGHT',
    keywords: ['车架', '轻量化', '高强钢', '疲劳', '牵引车'],
    targetTrl: 7,
    regionCode: '370215',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SHARED_EXCLUSIVE,
    contact: C.zhongchi,
    status: 'EVALUATING',
    deadlineDaysFromNow: -9,
    matchingCapabilityTitles: [
      '商用车车架1000 MPa级高强钢纵梁辊压成形与回弹控制',
      '商用车车架拓扑优化与道路载荷谱疲劳仿真',
    ],
  },
  {
    key: 'ch-offline-voice',
    ownerKey: 'huijia',
    title: '家电主控芯片离线语音交互',
    summary:
      '在冰箱、空调现有主控级芯片上实现离线语音识别与多轮交互，适应山东方言口音和厨房噪声环境，不增加专用语音芯片，降低整机成本。',
    statement:
      '公司计划在2025年全系冰箱、空调上标配语音控制。联网语音方案依赖云服务，用户隐私顾虑大且需要持续支付服务费；现有离线语音模组需额外增加专用芯片，单台成本增加约15元，难以在中低端机型普及。\n' +
      '我们希望将离线语音算法部署到现有主控芯片（Cortex-M55+NPU）上，在抽油烟机、水龙头等厨房噪声环境下保持高唤醒率，支持山东方言口音和自然说法。希望揭榜方提供算法模型、部署工具链和测试数据集，配合我司完成冰箱、空调各一款机型的量产导入，并提供后续命令词扩展与OTA升级支持。\n' +
      '我司可提供芯片开发板、麦克风阵列硬件方案和厨房噪声录音样本，并组织500人以上的方言口音数据采集；揭榜方需保证训练数据来源合法，交付物包括模型、推理库与命令词定制工具。',
    indicators: [
      { name: 'Flash占用', target: '≤ 2', unit: 'MB' },
      { name: '3 m远场、60 dB噪声下唤醒率', target: '≥ 95', unit: '%' },
      { name: '误唤醒', target: '≤ 1', unit: '次/48 h' },
      { name: '命令词数量', target: '≥ 200', unit: '条' },
    ],
    bounty: '1500000.00',
    fieldCode: 'MANUFACTURING.APPLIANCE',
    keywords: ['离线语音', '端侧AI', '家电', '远场唤醒', '方言'],
    targetTrl: 7,
    regionCode: '370212',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SOFTWARE,
    contact: C.huijia,
    status: 'EVALUATING',
    deadlineDaysFromNow: -4,
    matchingCapabilityTitles: ['家电端侧离线语音识别与多轮交互'],
  },
  {
    key: 'ch-organoid',
    ownerKey: 'kangrui',
    title: '结直肠癌类器官药敏平台支撑候选药物研发',
    summary:
      '依托结直肠癌患者来源类器官开展在研KRAS G12D抑制剂的单药与联合用药药敏筛选和生物标志物探索，为II期临床入组策略提供依据。',
    statement:
      '公司在研的KRAS G12D抑制剂计划开展结直肠癌II期临床，但临床前细胞系和小鼠模型数据对患者响应的预测能力有限，难以确定合并用药方案和优势人群。我们希望利用患者来源类器官（PDO）在体外模拟患者间异质性，对候选药物单药及与西妥昔单抗、化疗药物的联合用药进行药敏测试，并结合基因组数据筛选潜在疗效预测标志物。\n' +
      '希望揭榜方具备已建库的结直肠癌类器官资源及配套临床信息，有类器官药敏结果与临床疗效相关性验证经验，能按我司方案完成药敏实验与数据分析，实验数据需满足可溯源要求。\n' +
      '我司提供候选化合物、对照药和药敏实验方案，实验过程需接受我司质量部门稽查；所用类器官须具备伦理批件和患者知情同意，原始数据与分析代码一并交付。',
    indicators: [
      { name: '可用结直肠癌PDO模型', target: '≥ 80', unit: '例' },
      { name: '其中KRAS G12D突变模型', target: '≥ 10', unit: '例' },
      { name: '药敏检测周期', target: '≤ 14', unit: '天' },
      { name: '既往药敏—临床疗效一致率', target: '≥ 75', unit: '%' },
    ],
    bounty: '3000000.00',
    fieldCode: 'BIOMED.CLINICAL.ONCOLOGY',
    keywords: ['类器官', '药敏检测', '结直肠癌', 'KRAS', '生物标志物'],
    targetTrl: 5,
    regionCode: '370214',
    confidentiality: 'NDA',
    ipTerms: IP_CLINICAL,
    contact: C.kangrui,
    status: 'EVALUATING',
    deadlineDaysFromNow: -7,
    matchingCapabilityTitles: ['患者来源肿瘤类器官（PDO）生物样本库与药敏检测'],
  },
  {
    key: 'ch-wheat-remote',
    ownerKey: 'fengsui',
    title: '小麦制种基地长势遥感监测与测产',
    summary:
      '为4.6万亩制种基地建立卫星与无人机结合的小麦长势监测、氮素诊断和收获前测产系统，指导田间管理、追肥决策与种子收购计划。',
    statement:
      '公司在平度、莱西及甘肃张掖有小麦、玉米制种基地4.6万亩，由约2100户农户分散种植。目前依靠技术员田间踏查评估长势和预估产量，人力投入大、主观误差大，种子收购计划常与实际产量偏差15%以上，导致加工和仓储安排被动。\n' +
      '希望揭榜方建立“卫星大范围普查+无人机重点核查”的制种田监测系统，提供关键生育期长势分级、氮素诊断与追肥处方建议，以及收获前15天的地块级产量预测，接入我司基地管理系统，并在一个完整生长季中对不少于200个地块进行实收验证。\n' +
      '我司可提供各基地地块边界矢量数据、历年收购产量记录，每个基地安排1名技术员配合地面采样；系统需提供手机端查看功能，方便制种户和技术员使用。首年以平度基地1.2万亩作为试点，次年推广至全部基地。',
    indicators: [
      { name: '地块级测产误差', target: '≤ 8', unit: '%' },
      { name: '长势分级准确率', target: '≥ 85', unit: '%' },
      { name: '覆盖面积', target: '≥ 4.6', unit: '万亩' },
      { name: '测产结果提前量', target: '≥ 15', unit: '天' },
    ],
    bounty: '900000.00',
    fieldCode: 'INFO.SPACE_DATA',
    keywords: ['遥感测产', '无人机', '制种田', '小麦长势', '氮素诊断'],
    targetTrl: 7,
    regionCode: '370285',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SOFTWARE,
    contact: C.fengsui,
    status: 'EVALUATING',
    deadlineDaysFromNow: -11,
    matchingCapabilityTitles: ['无人机多光谱小麦长势与氮素诊断及测产', '多源卫星遥感农作物分类与产量估测'],
  },

  // ════════════════ AWARDED 已挂帅 (8) ════════════════
  {
    key: 'ch-buoyancy',
    ownerKey: 'enterprise',
    title: '7000米级固体浮力材料国产化研制',
    summary:
      '研制7000米级深海固体浮力材料，密度不超过0.60 g/cm³，可制造大尺寸块材并数控加工，用于深海着陆器与ROV，替代进口产品。',
    statement:
      '公司深海着陆器和ROV需要大量7000米级固体浮力材料，目前主要从国外采购，单价约12万元/立方米，大尺寸块材还需出口许可，交付周期超过半年。国内部分产品密度可达要求，但在70 MPa以上长期保压后吸水率偏高、浮力损失明显，且大块材固化时放热集中导致开裂率高。\n' +
      '希望揭榜方提供7000米级浮力材料配方和成型工艺，可制造单块体积不小于0.3 m³、可数控加工的块材，完成静水压、吸水率、体积模量等性能试验，提供首批2 m³产品用于我司着陆器海试，并具备年产20 m³以上的生产条件。\n' +
      '我司可提供着陆器浮力模块的外形与安装要求，并承担首批产品的海试船时费用；验收以第三方静水压试验报告和海试回收后的外观、吸水率复测结果为准。',
    indicators: [
      { name: '密度', target: '≤ 0.60', unit: 'g/cm³' },
      { name: '工作水深', target: '≥ 7000', unit: 'm' },
      { name: '77 MPa保压24 h吸水率', target: '≤ 1', unit: '%' },
      { name: '单块体积', target: '≥ 0.3', unit: 'm³' },
    ],
    bounty: '2600000.00',
    fieldCode: 'MARINE.EQUIPMENT',
    keywords: ['固体浮力材料', '空心玻璃微珠', '深海', '着陆器', '国产化'],
    targetTrl: 7,
    regionCode: '370211',
    confidentiality: 'PUBLIC',
    ipTerms: IP_LICENCE,
    contact: C.enterprise,
    status: 'AWARDED',
    deadlineDaysFromNow: -55,
    matchingCapabilityTitles: ['7000米级空心玻璃微珠/环氧固体浮力材料'],
  },
  {
    key: 'ch-acoustic-modem',
    ownerKey: 'lanxun',
    title: '10公里级中远程水声通信机研制',
    summary:
      '研制通信距离10 km、有效速率不低于1 kbps的中远程水声通信机，用于AUV、潜标与水面母船之间的数据传输，开放协议便于组网集成。',
    statement:
      '公司承担的海洋观测网项目需要AUV、潜标与水面母船之间进行中远程数据通信，传输传感器数据摘要与控制指令。现有国产水声通信机在浅海多途和多普勒效应较强时性能下降明显，5 km以上可靠通信速率不足300 bps；进口产品价格高且不开放二次开发接口，无法与我司组网协议集成。\n' +
      '希望揭榜方研制通信距离10 km、速率不低于1 kbps的水声通信机，具备多普勒补偿和自适应速率切换功能，开放通信协议与二次开发接口，在近海和深海分别完成海试验证，并提供5台工程样机。\n' +
      '我司可提供近海试验船和潜标布放条件，深海试验搭载合作单位航次进行；通信机应具备测距功能，便于与我司定位系统融合，并提供上位机软件和二次开发文档。',
    indicators: [
      { name: '通信距离', target: '≥ 10', unit: 'km' },
      { name: '有效通信速率', target: '≥ 1', unit: 'kbps' },
      { name: '误码率', target: '≤ 1×10⁻⁴', unit: '—' },
      { name: '耐压深度', target: '≥ 3000', unit: 'm' },
    ],
    bounty: '2000000.00',
    fieldCode: 'MARINE.INFO',
    keywords: ['水声通信', 'OFDM', '远程通信', '多普勒补偿', '水下组网'],
    targetTrl: 6,
    regionCode: '370212',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SHARED_EXCLUSIVE,
    contact: C.lanxun,
    status: 'AWARDED',
    deadlineDaysFromNow: -48,
    matchingCapabilityTitles: ['中远程OFDM水声通信机（10 km级）'],
  },
  {
    key: 'ch-fucoidan',
    ownerKey: 'haiyuan',
    title: '低分子量岩藻聚糖硫酸酯定向降解与质控',
    summary:
      '建立低分子量岩藻聚糖硫酸酯定向降解工艺和质量标准，分子量8–12 kDa可控、硫酸根稳定、批间一致，满足下游药企药用原料研究要求。',
    statement:
      '公司以海带为原料生产岩藻聚糖硫酸酯，目前主要作为保健食品原料销售，附加值偏低。下游药企希望采购分子量8–12 kDa、硫酸根含量稳定的低分子量产品用于抗凝、抗血栓候选药物研究，但对批间一致性和质量标准要求很高。我们采用酸降解和自由基降解方法，存在脱硫酸根严重、分子量分布宽和批间差异大的问题。\n' +
      '希望揭榜方提供酶法或其他定向降解工艺，建立分子量、硫酸根、单糖组成和抗凝活性的质控方法与质量标准草案，在我司200 L中试线完成连续3批验证，并提供工艺包与稳定性研究方案。\n' +
      '公司可提供海带来源的粗岩藻聚糖原料和200 L中试线，下游药企将参与质量标准的讨论；揭榜方如使用自有酶制剂，需同时提供酶的生产工艺或稳定供应保障。',
    indicators: [
      { name: '重均分子量', target: '8–12', unit: 'kDa' },
      { name: '分子量分布PDI', target: '≤ 1.6', unit: '—' },
      { name: '硫酸根含量', target: '≥ 25', unit: '%' },
      { name: '批间分子量RSD', target: '≤ 5', unit: '%' },
    ],
    bounty: '1600000.00',
    fieldCode: 'MARINE.PHARMA',
    keywords: ['岩藻聚糖硫酸酯', '酶法降解', '分子量控制', '质量标准', '海洋药物'],
    targetTrl: 6,
    regionCode: '370212',
    confidentiality: 'PUBLIC',
    ipTerms: IP_LICENCE,
    contact: C.haiyuan,
    status: 'AWARDED',
    deadlineDaysFromNow: -42,
    matchingCapabilityTitles: ['低分子量岩藻聚糖硫酸酯定向酶解制备与质量控制'],
  },
  {
    key: 'ch-pipeline-mfl',
    ownerKey: 'hairong',
    title: '小口径油气集输管道漏磁内检测器',
    summary:
      '研制适用于DN150–DN300小口径集输管道、可通过1.5D弯头的高清漏磁内检测器及数据分析软件，填补小口径管道内检测空白。',
    statement:
      '公司承担的油田集输与港区输油管道中，约60%为DN300以下的小口径管道，弯头曲率半径小、变径多，常规内检测器无法通过，只能依靠外检测抽查和压力试验，腐蚀泄漏事故时有发生。进口小口径检测器租赁费用高，原始数据需送国外分析，存在数据安全问题。\n' +
      '希望揭榜方研制适用于DN150–DN300管道的高清漏磁内检测器及缺陷识别与量化分析软件，在我司牵拉试验环道和不少于30 km实际管道中完成检测验证，开挖验证缺陷量化精度，并形成检测作业规程。\n' +
      '我司可提供牵拉试验环道和两条共约40 km的在役集输管道作为验证对象，并组织开挖验证；检测器需满足现有收发球筒尺寸限制，配套清管与测径方案由双方共同制定。检测数据及分析结果归我司所有，原始数据不得出境。',
    indicators: [
      { name: '适用管径', target: 'DN150–DN300', unit: '—' },
      { name: '可通过弯头曲率半径', target: '1.5D', unit: '—' },
      { name: '金属损失（深度≥10%壁厚）检出概率', target: '≥ 90', unit: '%' },
      { name: '深度量化误差', target: '≤ ±10', unit: '% 壁厚' },
      { name: '单次检测里程', target: '≥ 80', unit: 'km' },
    ],
    bounty: '3200000.00',
    fieldCode: 'ENERGY.PETROLEUM',
    keywords: ['漏磁内检测', '小口径管道', '管道完整性', '腐蚀检测', '集输管道'],
    targetTrl: 7,
    regionCode: '370211',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SHARED_EXCLUSIVE,
    contact: C.hairong,
    status: 'AWARDED',
    deadlineDaysFromNow: -60,
    matchingCapabilityTitles: ['小口径油气管道高清漏磁内检测器'],
  },
  {
    key: 'ch-aero-drag',
    ownerKey: 'zhongchi',
    title: '长途牵引车列车整车风阻系数降低',
    summary:
      '通过驾驶室外形与附加导流装置的系统优化，使6×4牵引车+厢式半挂车列车风阻系数降低15%以上，降低干线物流油耗和客户运营成本。',
    statement:
      '干线物流车辆年行驶里程约20万公里，燃油成本占运营成本40%以上，客户对节油极为关注。公司主销6×4牵引车配标准厢式半挂车时风阻系数约0.58，与国外先进车型存在明显差距。我们曾加装外购的侧裙板和顶导流罩，实测节油效果不到2%，原因是附件与驾驶室外形不匹配，且未考虑侧风工况。\n' +
      '希望揭榜方通过CFD仿真与风洞试验，对驾驶室、顶导流罩、侧裙、牵引车与挂车间隙、挂车尾部等进行系统优化，给出可量产的外饰方案和模具可行性评估，并完成实车道路油耗对比试验。\n' +
      '我司可提供驾驶室与挂车数模、试制车间和道路试验车辆；外饰件需满足GB 1589外廓尺寸要求，道路油耗试验在高速公路固定路线往返进行，每种方案不少于3个往返。',
    indicators: [
      { name: '列车风阻系数降低', target: '≥ 15', unit: '%' },
      { name: '高速工况油耗降低', target: '≥ 4', unit: '%' },
      { name: '仿真与风洞试验偏差', target: '≤ 5', unit: '%' },
      { name: '外饰方案新增重量', target: '≤ 150', unit: 'kg' },
    ],
    bounty: '1300000.00',
    fieldCode: 'MANUFACTURING.VEHICLE',
    keywords: ['风阻系数', '空气动力学', '牵引车', 'CFD', '节油'],
    targetTrl: 7,
    regionCode: '370215',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SHARED_EXCLUSIVE,
    contact: C.zhongchi,
    status: 'AWARDED',
    deadlineDaysFromNow: -50,
    matchingCapabilityTitles: ['重型牵引车整车风阻优化（CFD+缩比风洞）'],
  },
  {
    key: 'ch-bogie-diag',
    ownerKey: 'guicheng',
    title: '城轨车辆转向架轴箱温度振动融合预警',
    summary:
      '为城轨车辆转向架开发轴箱轴承、齿轮箱与车轮踏面的温度—振动融合故障预警算法，部署于车载主机，实现早期预警并显著降低误报率。',
    statement:
      '公司为多个城市地铁线路提供车载走行部监测系统，现有系统以轴温超限报警为主，只有在轴承损伤发展到后期才报警，且受环境温度和线路条件影响误报较多，运营单位意见很大。业主要求新一代系统具备基于振动的早期故障诊断能力，并显著降低误报率。\n' +
      '我们采集了3条线路两年的轴温与振动数据，但缺少有效的变速工况故障特征提取和多源融合诊断算法。希望揭榜方开发转向架轴箱轴承、齿轮箱与车轮踏面的温度—振动融合诊断算法，可部署在车载主机上，并在一条线路上完成不少于6个月的装车验证。\n' +
      '我司可提供3条线路共约2 TB的振动与轴温历史数据、已确认故障案例26起，以及车载主机开发环境；算法需满足铁路车载软件相关开发流程要求，并通过主机厂的软件评审。',
    indicators: [
      { name: '轴承故障预警提前时间', target: '≥ 30', unit: '天' },
      { name: '误报率', target: '≤ 1', unit: '次/列·月' },
      { name: '车载主机CPU占用', target: '≤ 40', unit: '%' },
      { name: '可诊断故障类型', target: '≥ 5', unit: '类' },
    ],
    bounty: '1500000.00',
    fieldCode: 'MANUFACTURING.RAIL',
    keywords: ['走行部监测', '轴箱轴承', '故障诊断', '温度振动融合', '城轨车辆'],
    targetTrl: 7,
    regionCode: '370214',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SOFTWARE,
    contact: C.guicheng,
    status: 'AWARDED',
    deadlineDaysFromNow: -38,
    matchingCapabilityTitles: ['列车走行部轴箱温度与振动融合智能诊断'],
  },
  {
    key: 'ch-adc-calib',
    ownerKey: 'jingce',
    title: '高速示波器时间交织ADC失配校准算法',
    summary:
      '为8 GHz带宽、20 GS/s采样率示波器开发时间交织ADC失调、增益与时钟偏斜后台校准算法，提升高频输入下的SFDR和有效位数。',
    statement:
      '公司正在研制8 GHz带宽、20 GS/s采样率的高端数字示波器，采用多片ADC时间交织方案。样机在输入频率高于3 GHz时交织杂散明显，SFDR仅约40 dBc，有效位数不足5.5 bit，与国外同类产品差距较大。前台校准需要中断采集注入校准信号，且温度变化后失配会重新出现，用户现场无法接受。\n' +
      '希望揭榜方开发可在FPGA中实时运行的后台校准算法，不中断正常采集，可随温度变化自动跟踪失配，配合我司完成样机集成、环境试验与指标测试，并提供算法原理文档与FPGA工程。\n' +
      '我司可提供示波器样机、FPGA工程框架和ADC原始采样数据；算法交付后需配合完成0–50 ℃高低温环境试验，并说明在后续16通道交织架构上的可扩展性。',
    indicators: [
      { name: '6 GHz输入时SFDR', target: '≥ 60', unit: 'dBc' },
      { name: 'ENOB提升', target: '≥ 1.5', unit: 'bit' },
      { name: 'FPGA逻辑资源占用', target: '≤ 15', unit: '%' },
      { name: '0–50 ℃温度变化后需重新前台校准次数', target: '0', unit: '次' },
    ],
    bounty: '1800000.00',
    fieldCode: 'INFO.MEASUREMENT',
    keywords: ['时间交织ADC', '后台校准', '示波器', 'SFDR', 'FPGA'],
    targetTrl: 6,
    regionCode: '370211',
    confidentiality: 'NDA',
    ipTerms: IP_SHARED_EXCLUSIVE,
    contact: C.jingce,
    status: 'AWARDED',
    deadlineDaysFromNow: -45,
    matchingCapabilityTitles: ['时间交织ADC失配后台数字校准'],
  },
  {
    key: 'ch-thermal-runaway',
    ownerKey: 'lvtan',
    title: '储能电站电池热失控早期预警系统',
    summary:
      '为公司7座用户侧磷酸铁锂储能电站开发电池热失控早期预警系统，较温度报警提前10分钟以上发现异常，并与BMS和消防系统分级联动。',
    statement:
      '公司运营的7座用户侧储能电站（合计86 MWh）均采用280 Ah磷酸铁锂电池，现有BMS依靠电压和温度监测，热失控发生时往往已来不及处置。行业内多起储能电站火灾事故表明，早期发现并处置单体热失控是防止事故扩大的关键。我们在一座电站试装了烟感和可燃气体探测器，误报频繁且响应偏慢，运维人员多次夜间出警。\n' +
      '希望揭榜方开发基于特征气体、压力等多参数融合的热失控早期预警系统，满足电化学储能电站安全规程要求，与BMS和消防系统分级联动，在我司电站完成部署和不少于3个月的试运行。\n' +
      '我司可提供BMS通信协议、储能舱内部布置图和部署所需的停运窗口；热失控触发验证试验需在具备资质的实验室进行，试验费用由揭榜方在报价中列支。',
    indicators: [
      { name: '较温度报警提前时间', target: '≥ 10', unit: 'min' },
      { name: '误报率', target: '≤ 0.2', unit: '次/舱·年' },
      { name: '探测器响应时间', target: '≤ 30', unit: 's' },
      { name: '部署储能舱', target: '≥ 12', unit: '个' },
    ],
    bounty: '1600000.00',
    fieldCode: 'ENERGY.STORAGE',
    keywords: ['储能安全', '热失控预警', '磷酸铁锂', '气体探测', '消防联动'],
    targetTrl: 7,
    regionCode: '370281',
    confidentiality: 'PUBLIC',
    ipTerms: IP_LICENCE,
    contact: C.lvtan,
    status: 'AWARDED',
    deadlineDaysFromNow: -35,
    matchingCapabilityTitles: ['磷酸铁锂储能电池舱热失控早期预警'],
  },

  // ════════════════ NO_WINNER 流标 (4) ════════════════
  {
    key: 'ch-h2-tank',
    ownerKey: 'zhongchi',
    title: '氢燃料重卡70 MPa IV型车载储氢瓶',
    summary:
      '为49吨氢燃料重卡开发70 MPa IV型车载储氢瓶，储氢质量密度不低于5.5 wt%，通过国家标准全项型式试验并具备年产5000只的量产条件。',
    statement:
      '公司氢燃料电池重卡目前使用35 MPa III型铝内胆储氢瓶，8个瓶组储氢量约32 kg，续航约400 km，难以满足港口至内陆物流园的长途干线运输要求。采用70 MPa IV型瓶可使储氢量提高到50 kg以上，同时减轻瓶组重量，但国内IV型瓶产业化刚起步，通过全项型式试验的产品很少，整车公告受制于人。\n' +
      '希望揭榜方开发70 MPa IV型储氢瓶，完成塑料内胆材料与成型、瓶口金属阀座密封结构和碳纤维缠绕工艺开发，通过GB/T 42612全项型式试验（含火烧、枪击、跌落等），并具备年产5000只的量产条件，配合我司完成整车瓶组集成。\n' +
      '我司可提供瓶组布置空间和整车集成要求，并承担整车公告试验费用；揭榜方需在方案中明确火烧、枪击等试验的实施机构与排期。',
    indicators: [
      { name: '公称工作压力', target: '70', unit: 'MPa' },
      { name: '储氢质量密度', target: '≥ 5.5', unit: 'wt%' },
      { name: '爆破压力', target: '≥ 157.5', unit: 'MPa' },
      { name: 'GB/T 42612型式试验', target: '全项通过', unit: '—' },
    ],
    bounty: '8000000.00',
    fieldCode: 'ENERGY.HYDROGEN',
    keywords: ['IV型瓶', '储氢瓶', '70 MPa', '氢燃料重卡', '碳纤维缠绕'],
    targetTrl: 8,
    regionCode: '370215',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SHARED_EXCLUSIVE,
    contact: C.zhongchi,
    status: 'NO_WINNER',
    deadlineDaysFromNow: -70,
    noWinnerReason:
      '三份揭榜方案均无法承诺在项目周期内完成GB/T 42612全项型式试验（火烧、枪击等项目尚无试验条件或排期），且报价中量产线建设费用占比过高；经专家评审无方案达到合格线，本次流标，拟调整指标与周期后重新发榜。',
    matchingCapabilityTitles: ['70 MPa IV型储氢瓶塑料内胆滚塑与碳纤维缠绕'],
  },
  {
    key: 'ch-cabin-noise',
    ownerKey: 'guicheng',
    title: '高速列车客室低频噪声主动控制',
    summary:
      '在不增加隔声材料重量的前提下，采用主动噪声控制技术降低350 km/h动车组客室100–500 Hz低频噪声，提升乘客乘坐舒适性。',
    statement:
      '公司为动车组主机厂配套客室内装与车体部件。新一代高速列车要求在减重的同时降低客室噪声，而被动隔声材料在低频段效果有限，继续增加隔声层将导致车体明显增重。乘客投诉集中在隧道外高速运行时的低频“嗡嗡”声，主要频段为100–500 Hz。\n' +
      '我们希望引入主动噪声控制技术，利用车载扬声器和误差传声器降低乘客头部区域的低频噪声。系统需与车内广播系统兼容，满足EN 50155车载电子设备的电磁兼容、振动冲击和防火要求，揭榜方需在实车上完成线路试验并提交降噪效果第三方测试报告。\n' +
      '主机厂可安排一列动车组在试验线进行不少于两次线路试验，并提供车内噪声历史测试数据；系统安装不得改动车体承载结构，扬声器须集成于现有行李架与顶板内。',
    indicators: [
      { name: '100–500 Hz乘客头部位置降噪', target: '≥ 5', unit: 'dB(A)' },
      { name: '系统增重', target: '≤ 30', unit: 'kg/辆' },
      { name: '车载电子设备要求', target: '满足EN 50155', unit: '—' },
    ],
    bounty: '2000000.00',
    fieldCode: 'MANUFACTURING.RAIL',
    keywords: ['主动噪声控制', '低频噪声', '高速列车', '车内噪声', 'FxLMS'],
    targetTrl: 7,
    regionCode: '370214',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SHARED_EXCLUSIVE,
    contact: C.guicheng,
    status: 'NO_WINNER',
    deadlineDaysFromNow: -80,
    noWinnerReason:
      '两份揭榜方案提供的实车或台架数据显示，目标频段降噪量分别为4.3 dB(A)和3.5 dB(A)，均未达到5 dB(A)的考核指标，且系统增重超出限值；专家组认为按现有技术路线难以在项目周期内达标，本次流标。',
    matchingCapabilityTitles: ['高速列车车内低频噪声主动控制'],
  },
  {
    key: 'ch-vulcanization-vocs',
    ownerKey: 'xianglian',
    title: '轮胎硫化车间废气治理与异味控制',
    summary:
      '对风量约20万m³/h、低浓度且含硫异味的轮胎硫化车间废气实施高效治理，满足非甲烷总烃排放标准和厂界异味要求，同时控制运行能耗。',
    statement:
      '公司平度工厂硫化车间废气风量约20万m³/h，非甲烷总烃浓度20–60 mg/m³，并含有硫化物、胺类等恶臭物质，周边居民多次投诉异味。现有“水喷淋+UV光解+活性炭”设施去除效率不足50%，活性炭更换频繁，危废处置费用高。地方新标准要求非甲烷总烃排放不高于10 mg/m³、厂界臭气浓度不高于20（无量纲）。\n' +
      '希望揭榜方提供技术可靠、运行能耗低的治理方案，解决硫化烟气中油雾和炭黑颗粒对后端设备的影响，完成工程设计、设备制造、安装调试并通过环保验收监测，同时给出年运行能耗承诺。\n' +
      '工厂可提供硫化车间废气成分检测报告、排风系统图纸和约600 m²的设备用地；治理设施须在明年环保限期前投入运行，并与车间排风系统实现变频联动。',
    indicators: [
      { name: '非甲烷总烃排放浓度', target: '≤ 10', unit: 'mg/m³' },
      { name: '处理风量', target: '≥ 20', unit: '万m³/h' },
      { name: '排气筒臭气浓度', target: '≤ 800', unit: '—' },
      { name: '年运行天然气消耗', target: '≤ 5', unit: '万m³' },
    ],
    bounty: '1500000.00',
    fieldCode: 'ENERGY.LOWCARBON',
    keywords: ['硫化废气', 'VOCs', '恶臭治理', '沸石转轮', 'RTO'],
    targetTrl: 8,
    regionCode: '370283',
    confidentiality: 'PUBLIC',
    ipTerms: IP_OWNER,
    contact: C.xianglian,
    status: 'NO_WINNER',
    deadlineDaysFromNow: -65,
    noWinnerReason:
      '两份揭榜方案技术路线可行，但报价（含设备）分别为悬赏金额的2.1倍和1.8倍，且均未对年运行能耗作出承诺；发榜方预算无法调整，协商未达成一致，本次流标，拟拆分为技术开发与工程采购两部分后另行安排。',
    matchingCapabilityTitles: ['橡胶硫化废气沸石转轮浓缩+RTO治理与异味控制'],
  },
  {
    key: 'ch-mash-screening',
    ownerKey: 'kangrui',
    title: 'MASH新药临床试验受试者无创预筛方法',
    summary:
      '建立代谢相关脂肪性肝炎（MASH）高风险患者的无创预筛方法，先筛后检，降低FGF21类似物II期临床试验中的肝活检筛选失败率和入组成本。',
    statement:
      '公司在研的FGF21类似物计划开展MASH（F2–F3期纤维化）II期临床研究，方案要求受试者经肝活检确诊。同类试验数据显示，直接活检筛选的失败率高达60–70%，患者负担重、入组成本高，也给研究中心带来伦理压力。\n' +
      '我们希望建立基于影像（瞬时弹性成像、MRI-PDFF）与血清标志物的两步法无创预筛模型，先筛出高风险患者再进行活检。模型需在含肝活检金标准的多中心队列中完成外部验证，可在各参研中心推广使用，并提供操作手册与培训，整体工作需在6个月内完成以匹配临床启动计划。\n' +
      '申办方可提供前期研究中受试者的影像与血清检测数据，并承担验证队列的样本检测费用；模型最终需以标准操作规程形式写入临床试验方案。',
    indicators: [
      { name: '识别NAS≥4且F2–F3患者的AUC', target: '≥ 0.85', unit: '—' },
      { name: '活检筛选失败率降低', target: '≥ 40', unit: '%' },
      { name: '外部验证队列样本量', target: '≥ 800', unit: '例' },
      { name: '可推广参研中心', target: '≥ 5', unit: '家' },
    ],
    bounty: '1500000.00',
    fieldCode: 'BIOMED.CLINICAL.HEPATOBILIARY',
    keywords: ['MASH', '脂肪性肝病', '无创诊断', '受试者筛选', '肝活检'],
    targetTrl: 6,
    regionCode: '370214',
    confidentiality: 'NDA',
    ipTerms: IP_CLINICAL,
    contact: C.kangrui,
    status: 'NO_WINNER',
    deadlineDaysFromNow: -90,
    noWinnerReason:
      '两家揭榜方均具备研究基础，但均无法在要求的6个月内提供≥800例含肝活检金标准的外部验证数据，多中心伦理审查与数据共享协议也尚不具备条件；双方同意本次流标，待临床方案调整后再行合作。',
    matchingCapabilityTitles: ['代谢相关脂肪性肝病无创诊断模型与多中心队列'],
  },

  // ════════════════ CONTRACTED 已签约 (4) ════════════════
  {
    key: 'ch-winch-ahc',
    ownerKey: 'haisheng',
    title: '深海科考绞车主动升沉补偿系统',
    summary:
      '为6000米级科考绞车研制主动升沉补偿与电子排缆同步控制系统，在4级海况下保证深海设备布放回收平稳，避免冲击载荷与断缆风险。',
    statement:
      '公司为新建科考船配套6000米级铠装缆绞车及A型架收放系统。深海拖体、取样器和着陆器在布放回收过程中，船舶升沉运动会通过缆绳传递到水下设备，导致设备与海底碰撞，或在缆绳松弛—张紧时产生冲击载荷，存在断缆风险。现有绞车只有被动张力缓冲，补偿效果有限，4级以上海况基本无法作业。\n' +
      '希望揭榜方开发主动升沉补偿控制系统和电子排缆同步系统，与我司绞车机械与液压部分集成，在六自由度船舶运动模拟台架和实船上完成试验，并提供控制软件源代码与调试手册。\n' +
      '我司绞车采用变频电机驱动、液压辅助，控制系统需与现有PLC和船舶运动参考单元（MRU）接口兼容；实船试验在科考船交付前的海试阶段进行，揭榜方需派员随船调试。项目预算已包含两次海试的差旅与设备运输费用。',
    indicators: [
      { name: '4级海况补偿后残余升沉', target: '≤ 10', unit: '%' },
      { name: '最大补偿速度', target: '≥ 1.5', unit: 'm/s' },
      { name: '排缆误差', target: '≤ 0.5', unit: '倍缆径' },
      { name: '适用缆长', target: '≥ 6000', unit: 'm' },
    ],
    bounty: '3800000.00',
    fieldCode: 'MARINE.EQUIPMENT',
    keywords: ['升沉补偿', '深海绞车', '科考船', '排缆', '模型预测控制'],
    targetTrl: 7,
    regionCode: '370211',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SHARED_EXCLUSIVE,
    contact: C.haisheng,
    status: 'CONTRACTED',
    deadlineDaysFromNow: -120,
    matchingCapabilityTitles: ['深海绞车主动升沉补偿与排缆同步控制系统'],
  },
  {
    key: 'ch-fc-coldstart',
    ownerKey: 'qingtu',
    title: '燃料电池系统-30℃无辅助低温冷启动',
    summary:
      '开发燃料电池系统低温冷启动与停机吹扫控制策略，实现-30 ℃无外部辅助加热启动，缩短冬季启动时间并减缓低温运行导致的性能衰减。',
    statement:
      '公司燃料电池系统配套的冷链物流车和公交车在东北、内蒙古等地冬季运营，环境温度常低于-25 ℃。现有系统需依靠PTC加热器预热冷却液，启动时间长达15–20 min，且加热消耗动力电池电量，客户抱怨明显。冷启动失败和频繁低温启停还会导致膜电极性能衰减，增加售后成本。\n' +
      '希望揭榜方开发基于电堆内部状态估计的停机吹扫和低温自加热启动控制策略，移植到我司燃料电池控制器，在-30 ℃环境舱和冬季实车上完成验证，软件开发过程满足功能安全要求并提交相应文档。\n' +
      '我司可提供110 kW系统台架、环境舱试验时间和控制器底层软件；冬季实车验证在呼伦贝尔进行，试验期间揭榜方需派员现场标定，并在控制器量产版本中完成集成。',
    indicators: [
      { name: '无辅助冷启动温度', target: '≤ -30', unit: '℃' },
      { name: '达到50%额定功率时间', target: '≤ 600', unit: 's' },
      { name: '50次冷启动后性能衰减', target: '≤ 3', unit: '%' },
      { name: '功能安全开发等级', target: 'ASIL B', unit: '—' },
    ],
    bounty: '2400000.00',
    fieldCode: 'ENERGY.HYDROGEN',
    keywords: ['低温冷启动', '燃料电池系统', '停机吹扫', '水热管理', '控制策略'],
    targetTrl: 7,
    regionCode: '370211',
    confidentiality: 'NDA',
    ipTerms: IP_SOFTWARE,
    contact: C.qingtu,
    status: 'CONTRACTED',
    deadlineDaysFromNow: -100,
    matchingCapabilityTitles: ['燃料电池系统-30 ℃低温冷启动与水热管理控制策略'],
  },
  {
    key: 'ch-vip-fridge',
    ownerKey: 'huijia',
    title: '高端冰箱超薄长寿命真空绝热板',
    summary:
      '开发导热系数低、寿命长的超薄真空绝热板，用于高端嵌入式冰箱的门体和侧壁，使冰箱在容积不变的前提下整机能耗降低10%以上。',
    statement:
      '公司高端嵌入式冰箱要求门体和侧壁总厚度不超过45 mm，在有限厚度下满足冰箱一级能效十分困难。外购真空绝热板初始导热系数尚可，但加速老化试验显示10年后导热系数增大2倍以上；售后抽检也发现部分冰箱使用3–4年后能耗明显上升，存在能效标识合规风险。\n' +
      '希望揭榜方开发长寿命真空绝热板芯材、阻隔膜和吸气剂体系，建立加速老化寿命评价方法，实现国内量产供货，并与我司箱体聚氨酯发泡工艺匹配，完成整机能耗与可靠性验证。\n' +
      '首批需求约为每年15万片，揭榜方需联合国内芯材与膜材企业建立稳定供应链；我司提供发泡工艺窗口、箱体结构数模和能耗检测条件，加速老化寿命评价方法需经双方共同确认后作为验收依据。样品还须通过我司冰箱整机高低温循环和跌落试验。',
    indicators: [
      { name: '初始导热系数', target: '≤ 2.5', unit: 'mW/(m·K)' },
      { name: '加速老化折算25年后导热系数', target: '≤ 5', unit: 'mW/(m·K)' },
      { name: '整机能耗降低', target: '≥ 10', unit: '%' },
      { name: 'VIP厚度', target: '≤ 10', unit: 'mm' },
    ],
    bounty: '2200000.00',
    fieldCode: 'MANUFACTURING.APPLIANCE',
    keywords: ['真空绝热板', '冰箱节能', '阻隔膜', '吸气剂', '长寿命'],
    targetTrl: 7,
    regionCode: '370212',
    confidentiality: 'NDA',
    ipTerms: IP_LICENCE,
    contact: C.huijia,
    status: 'CONTRACTED',
    deadlineDaysFromNow: -110,
    matchingCapabilityTitles: ['冰箱用长寿命真空绝热板芯材与高阻隔膜'],
  },
  {
    key: 'ch-dh-maize',
    ownerKey: 'fengsui',
    title: '玉米单倍体诱导与DH工程化育种体系',
    summary:
      '建立玉米高频单倍体诱导、单倍体籽粒自动识别与高效加倍的DH工程化育种体系，在公司莱西育种站实现年产DH系1万份以上，缩短育种周期。',
    statement:
      '公司玉米育种目前主要采用常规自交选系，一个自交系选育需要6–8代，周期长，难以跟上品种更新速度。DH育种可在两季内获得纯合系，但公司此前引进的诱导系在温带条件下诱导率仅6–8%，单倍体籽粒依靠人工识别，效率低、误判多，秋水仙素加倍率不足20%，整体成本居高不下。\n' +
      '希望揭榜方提供适应本地生态的高频诱导系，建立单倍体籽粒自动识别与高效加倍技术，在我司莱西育种站建成DH工程化生产线，形成标准化操作规程并完成技术人员培训。\n' +
      '公司提供莱西育种站温室、海南南繁基地用地和育种材料，并安排6名技术人员全程参与；诱导系使用权按合同约定仅限于公司自有育种项目，不得转让第三方。技术培训需覆盖诱导、识别、加倍与田间管理全流程，并编制操作手册。',
    indicators: [
      { name: '诱导率', target: '≥ 10', unit: '%' },
      { name: '单倍体籽粒识别准确率', target: '≥ 95', unit: '%' },
      { name: '加倍率', target: '≥ 30', unit: '%' },
      { name: '年产DH系', target: '≥ 1', unit: '万份' },
    ],
    bounty: '3500000.00',
    fieldCode: 'AGRICULTURE.SEED',
    keywords: ['玉米', 'DH育种', '单倍体诱导', '加倍', '工程化育种'],
    targetTrl: 7,
    regionCode: '370285',
    confidentiality: 'PUBLIC',
    ipTerms: IP_LICENCE,
    contact: C.fengsui,
    status: 'CONTRACTED',
    deadlineDaysFromNow: -130,
    matchingCapabilityTitles: ['玉米高频单倍体诱导系与DH工程化育种'],
  },

  // ════════════════ COMPLETED 已验收 (3) ════════════════
  {
    key: 'ch-bearing-quench',
    ownerKey: 'dingzhou',
    title: '兆瓦级风电主轴轴承滚道无软带淬火',
    summary:
      '开发大型风电主轴轴承滚道无软带感应淬火工艺与配套工装，消除淬火软带薄弱区，满足整机厂20年设计寿命要求并通过整机厂认证。',
    statement:
      '公司3–6 MW风电主轴轴承滚道采用单感应器扫描淬火，起止搭接处存在宽约30–50 mm的软带，硬度较正常区低8–12 HRC。按整机厂要求，软带必须避开主承载区安装，但随着风机功率增大、载荷方向变化，软带处仍多次出现早期剥落，成为主要质量隐患。国外领先厂家已采用无软带淬火，但设备与工艺严格保密。\n' +
      '希望揭榜方开发无软带淬火工艺与配套工装，在我司现有中频淬火机床上实现，通过电磁—热耦合仿真减少试错，完成工艺评定、解剖检测和整机厂认证。\n' +
      '公司提供中频淬火机床、试验环件和解剖检测费用；工艺验证需覆盖外径3.5 m与4.2 m两种规格，淬火工艺文件纳入公司热处理质量体系，并接受整机厂现场审核。整机厂认证所需的第三方检测费用由公司承担。',
    indicators: [
      { name: '搭接区硬度降', target: '≤ 3', unit: 'HRC' },
      { name: '有效硬化层深度', target: '6–8', unit: 'mm' },
      { name: '表面硬度', target: '58–62', unit: 'HRC' },
      { name: '适用轴承外径', target: '≥ 3.5', unit: 'm' },
    ],
    bounty: '2800000.00',
    fieldCode: 'MANUFACTURING.BEARING',
    keywords: ['感应淬火', '软带', '风电主轴轴承', '热处理', '工艺评定'],
    targetTrl: 8,
    regionCode: '370281',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SHARED_EXCLUSIVE,
    contact: C.dingzhou,
    status: 'COMPLETED',
    deadlineDaysFromNow: -320,
    matchingCapabilityTitles: ['风电主轴轴承滚道无软带扫描感应淬火工艺'],
  },
  {
    key: 'ch-tire-xray',
    ownerKey: 'xianglian',
    title: '子午线轮胎X光图像缺陷自动识别',
    summary:
      '开发子午线轮胎X光图像缺陷自动判定系统，替代人工看片，提高帘线类缺陷的检出率与检测效率，对接现有X光检测机实现自动判定与复核。',
    statement:
      '公司全钢和半钢子午线轮胎出厂前100%进行X光检测，目前依靠约60名质检员人工看片，每人每班需判定上千条轮胎，疲劳导致漏检，近两年曾发生两起因帘线缺陷漏检引发的客户索赔。X光图像分辨率高、周期性纹理复杂，缺陷形态多样且样本极不均衡，此前采购的通用视觉检测软件误判率高达15%，无法投入使用。\n' +
      '希望揭榜方开发专用的缺陷识别算法，对接我司现有X光检测机，实现自动判定、可疑图像人工复核和缺陷统计分析，在两条生产线上完成3个月试运行并通过验收。\n' +
      '公司可提供近两年已标注缺陷图像约8万张和现有X光机接口资料；系统需在不更换X光机硬件的前提下部署，判定结果写入MES，并可追溯到每条轮胎的条码。系统还需支持新增缺陷类型的在线标注与模型迭代。',
    indicators: [
      { name: '缺陷检出率', target: '≥ 99', unit: '%' },
      { name: '误判率', target: '≤ 3', unit: '%' },
      { name: '单条轮胎判定时间', target: '≤ 5', unit: 's' },
      { name: '可识别缺陷类型', target: '≥ 12', unit: '类' },
    ],
    bounty: '1200000.00',
    fieldCode: 'INFO.AI',
    keywords: ['轮胎X光', '缺陷识别', '深度学习', '质量检测', '机器视觉'],
    targetTrl: 8,
    regionCode: '370283',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SOFTWARE,
    contact: C.xianglian,
    status: 'COMPLETED',
    deadlineDaysFromNow: -260,
    matchingCapabilityTitles: ['轮胎X光图像缺陷智能识别'],
  },
  {
    key: 'ch-protocol-gateway',
    ownerKey: 'gongzhi',
    title: '存量老旧设备多协议快速接入',
    summary:
      '为平台中小企业的存量老旧设备开发多协议快速接入网关与自动配置工具，将单台设备接入时间缩短到30分钟以内，降低设备上云成本。',
    statement:
      '平台服务的中小制造企业存量设备品牌杂、年代久，大量PLC和数控系统没有通信文档，现场工程师需要逐台抓包分析协议、手工配置点表，接入一台设备平均耗时半天以上，设备上云成本居高不下，成为平台推广的最大瓶颈。\n' +
      '希望揭榜方开发支持主流工业协议的边缘网关软件，具备协议自动识别和点表半自动生成功能，支持断网缓存与MQTT/OPC UA上云，大幅缩短现场接入时间，并在平台不少于500台设备上完成部署验证，形成实施手册。\n' +
      '平台可提供120种设备的测试环境和典型客户现场，网关软件需适配国产ARM工控机并支持远程运维；验收以500台设备的实际接入记录、数据完整率统计和客户回访为准。网关软件需支持按设备型号沉淀驱动模板，逐步形成平台的设备协议库。',
    indicators: [
      { name: '支持协议驱动', target: '≥ 50', unit: '种' },
      { name: '单台设备平均接入时间', target: '≤ 30', unit: 'min' },
      { name: '断网数据缓存', target: '≥ 7', unit: '天' },
      { name: '部署验证设备', target: '≥ 500', unit: '台' },
    ],
    bounty: '1000000.00',
    fieldCode: 'INFO.INDUSTRIAL_INTERNET',
    keywords: ['工业网关', '协议解析', '设备上云', 'OPC UA', '边缘计算'],
    targetTrl: 8,
    regionCode: '370203',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SOFTWARE,
    contact: C.gongzhi,
    status: 'COMPLETED',
    deadlineDaysFromNow: -240,
    matchingCapabilityTitles: ['存量设备多协议工业网关与免编程数据接入'],
  },

  // ════════════════ CANCELLED 已取消 (3) ════════════════
  {
    key: 'ch-fsw',
    ownerKey: 'guicheng',
    title: '地铁铝合金车体长焊缝变形控制',
    summary:
      '控制城轨车辆铝合金车体侧墙与地板20 m以上长焊缝的焊接变形，减少焊后火焰调修工作量，提高车体尺寸精度并保证焊接接头强度。',
    statement:
      '公司为主机厂配套城轨车辆铝合金车体侧墙、地板大部件，目前采用MIG焊接，长度20 m以上焊缝焊后波浪变形和旁弯较大，需要火焰调修，调修工时约占大部件总工时的25%，且火焰调修会降低接头强度，影响车体疲劳性能。\n' +
      '希望揭榜方提供焊接方法改进（如搅拌摩擦焊）、工装夹具设计和焊接顺序优化等综合方案，通过热—力耦合仿真预测变形，在我司生产线上完成工艺验证与焊接工艺评定，满足轨道车辆焊接体系认证要求。\n' +
      '公司可提供20 m级侧墙焊接工装和试焊型材，焊接工艺评定按轨道车辆焊接相关标准进行；如采用搅拌摩擦焊，揭榜方需评估现有龙门设备改造的可行性、投资与生产节拍影响。项目周期要求不超过12个月，并在第6个月提交阶段性工艺试验结果。',
    indicators: [
      { name: '焊后平面度', target: '≤ 2', unit: 'mm/m' },
      { name: '调修工时降低', target: '≥ 60', unit: '%' },
      { name: '接头抗拉强度', target: '≥ 70', unit: '% 母材' },
    ],
    bounty: '1200000.00',
    fieldCode: 'MANUFACTURING.RAIL',
    keywords: ['搅拌摩擦焊', '焊接变形', '铝合金车体', '城轨车辆'],
    targetTrl: 7,
    regionCode: '370214',
    confidentiality: 'PUBLIC',
    ipTerms: IP_SHARED_EXCLUSIVE,
    contact: C.guicheng,
    status: 'CANCELLED',
    deadlineDaysFromNow: -25,
    cancelReason:
      '所配套的城轨车体项目因主机厂改为不锈钢车体方案而暂停，铝合金车体大部件业务短期内不再开展，发榜方申请取消本榜单，已通知关注该榜单的单位。',
    matchingCapabilityTitles: ['铝合金车体长直焊缝搅拌摩擦焊变形控制'],
  },
  {
    key: 'ch-stroke-ct',
    ownerKey: 'kangrui',
    title: '急性缺血性卒中CT灌注分析软件联合开发',
    summary:
      '联合开发急性缺血性卒中CT灌注自动分析软件，配套公司神经介入产品线，帮助基层卒中中心筛选取栓患者，并完成三类医疗器械注册申报。',
    statement:
      '公司计划拓展神经介入业务线（取栓支架、抽吸导管），希望配套国产CT灌注自动分析软件，帮助基层卒中中心快速判断6–24 h时间窗取栓适应证，形成“器械+软件”的整体解决方案。目前进口软件价格高且不开放接口，国产同类产品多处于注册阶段。\n' +
      '希望揭榜方具备多中心卒中影像数据和算法基础，与我司共同完成软件开发、多中心临床验证和三类医疗器械注册申报，并提供注册所需的算法研究资料和网络安全文档。\n' +
      '公司承担注册检验与临床试验费用，揭榜方负责算法研发和多中心数据组织；产品上市后按销售额分成，具体比例在任务书中约定，软件需兼容主流CT厂商的灌注扫描协议。揭榜方需具备医疗器械软件开发质量体系，或承诺在项目启动后半年内建立。',
    indicators: [
      { name: '核心梗死体积与DWI一致性ICC', target: '≥ 0.85', unit: '—' },
      { name: '单例处理时间', target: '≤ 5', unit: 'min' },
      { name: '多中心验证病例', target: '≥ 1000', unit: '例' },
    ],
    bounty: '3000000.00',
    fieldCode: 'BIOMED.CLINICAL.CARDIOVASCULAR',
    keywords: ['缺血性卒中', 'CT灌注', '取栓', '医疗器械软件', '影像AI'],
    targetTrl: 7,
    regionCode: '370214',
    confidentiality: 'NDA',
    ipTerms: IP_ROYALTY,
    contact: C.kangrui,
    status: 'CANCELLED',
    deadlineDaysFromNow: -30,
    cancelReason:
      '公司调整战略，神经介入业务线并入合资公司统一规划，本项目将由合资公司另行立项，故申请取消；已发布的榜单信息予以撤回。',
    matchingCapabilityTitles: ['急性缺血性卒中CT灌注自动分析与取栓决策支持'],
  },
  {
    key: 'ch-wind-lidar',
    ownerKey: 'lvtan',
    title: '海上风电场址漂浮式激光雷达测风',
    summary:
      '采用漂浮式激光雷达测风浮标开展海上风电场址一年期风资源测量，替代造价高昂的固定式测风塔，测量数据需获得风资源评估机构认可。',
    statement:
      '公司参与竞配的海上风电项目需开展场址内不少于一年的风资源观测。固定式海上测风塔建设费用约2000万元且审批周期长；漂浮式激光雷达测风浮标成本低、部署灵活，但需解决浮标运动对测量精度的影响，并取得项目业主和风资源评估机构的认可。\n' +
      '希望揭榜方提供经过验证的漂浮式激光雷达测风系统，完成与海上测风塔的对比验证，在场址开展一年期连续测量并提交符合行业规范的风资源数据报告，保障冬季大风浪条件下的数据有效率。\n' +
      '场址水深约30 m、离岸约25 km，浮标布放与维护船舶由公司协调；测量数据需按风电行业相关规范处理，并提交10分钟平均数据与原始高频数据，供评估机构独立复核。浮标需具备防撞警示与远程状态监控功能，并按海事部门要求办理布放手续。',
    indicators: [
      { name: '100 m高度风速与测风塔对比R²', target: '≥ 0.98', unit: '—' },
      { name: '数据有效率', target: '≥ 90', unit: '%' },
      { name: '测量高度范围', target: '40–250', unit: 'm' },
      { name: '连续观测', target: '≥ 12', unit: '个月' },
    ],
    bounty: '2500000.00',
    fieldCode: 'MARINE.METEOROLOGY',
    keywords: ['激光雷达测风', '漂浮式', '海上风电', '风资源', '浮标'],
    targetTrl: 7,
    regionCode: '370281',
    confidentiality: 'PUBLIC',
    ipTerms: IP_OWNER,
    contact: C.lvtan,
    status: 'CANCELLED',
    deadlineDaysFromNow: -15,
    cancelReason: '公司未获得该海上风电项目的竞争性配置资格，场址风资源测量需求随之取消，申请撤销本榜单；前期沟通的单位已逐一告知。',
    matchingCapabilityTitles: ['漂浮式激光雷达测风浮标（六自由度运动补偿）'],
  },
];

/** Bids on challenges whose bidding has closed; the winners are the teams whose capabilities fit best. */
export const SEED_BIDS: SeedBid[] = [
  // ——— ch-ctd (EVALUATING) ———
  {
    challengeKey: 'ch-ctd',
    organizationKey: 'haiqi',
    approach:
      '以本所已业务化运行的四电极铂黑电导池为基础，激励电路改为双频交流方波以抑制电极极化，电导池采用石英玻璃体并内置于钛合金耐压外壳，满足6000 m水深要求；与发榜方温度、压力传感器联合标定，采用温压补偿查找表+多项式修正。全量程检定在本所恒温精度±0.001 ℃的检定槽完成，并搭载两个航次与进口CTD同步比测。',
    teamLead: { name: '包晓雯', title: '高级工程师', role: '项目负责人' },
    teamMembers: [
      { name: '牛犇', title: '工程师', role: '测量电路设计' },
      { name: '汤敏', title: '工程师', role: '标定与海上比测' },
    ],
    price: '1380000.00',
    durationMonths: 18,
    milestones: [
      { title: '电导池与测量电路定型', month: 6, deliverable: '工程样机2台、实验室检定报告' },
      { title: 'CTD整机集成与耐压试验', month: 12, deliverable: '整机3台、60 MPa耐压试验报告' },
      { title: '海上比测与工艺固化', month: 18, deliverable: '两个航次比测报告、装配与标定工艺文件' },
    ],
  },
  {
    challengeKey: 'ch-ctd',
    organizationKey: 'institute',
    approach:
      '采用电磁感应式电导率传感器路线：双环形线圈结构配合外部磁屏蔽与场约束套管，降低周边金属结构的影响；信号处理采用数字锁相放大与温度漂移在线补偿。依托本院海洋装备中试平台完成耐压舱体与整机集成，目标准确度±0.005 mS/cm，后续通过线圈工艺改进逼近±0.003 mS/cm。',
    teamLead: { name: '贺明轩', title: '助理研究员', role: '项目负责人' },
    teamMembers: [
      { name: '沈涛', title: '工程师', role: '传感器结构与耐压设计' },
      { name: '范雨晴', title: '工程师', role: '信号处理电路' },
    ],
    price: '1200000.00',
    durationMonths: 15,
    milestones: [
      { title: '感应式传感器原理样机', month: 5, deliverable: '原理样机及金属邻近效应测试报告' },
      { title: '耐压样机与实验室标定', month: 10, deliverable: '6000 m级样机2台、标定报告' },
      { title: '整机集成与海试', month: 15, deliverable: 'CTD整机2台、海试报告' },
    ],
  },
  {
    challengeKey: 'ch-ctd',
    organizationKey: 'haiwan',
    approach:
      '提出七电极电导池结构，以外侧保护电极约束电场，降低外部结构与生物附着对测量的影响；电导池采用氧化铝陶瓷烧结成型，提高几何常数长期稳定性。计划先完成电导池结构仿真与小批量试制，再与发榜方整机集成，海上比测依托学校科考船完成。',
    teamLead: { name: '孔令涛', title: '教授', role: '项目负责人' },
    teamMembers: [
      { name: '姚瑶', title: '副研究员', role: '陶瓷电导池工艺' },
      { name: '黎晨', title: '工程师', role: '电路与软件' },
    ],
    price: '1450000.00',
    durationMonths: 20,
    milestones: [
      { title: '电导池结构仿真与试制', month: 8, deliverable: '七电极电导池样件5只、仿真报告' },
      { title: '整机集成与检定', month: 14, deliverable: '整机样机2台、检定报告' },
      { title: '海上比测', month: 20, deliverable: '比测报告与技术总结' },
    ],
  },

  // ——— ch-ship-anomaly (EVALUATING) ———
  {
    challengeKey: 'ch-ship-anomaly',
    organizationKey: 'kongtian',
    approach:
      '在本院已部署于某港区的多源航迹融合系统基础上，针对发榜方监管水域重新标定IMM-JPDA关联参数和雷达杂波抑制；异常识别采用Transformer轨迹编码与海事规则约束相结合的混合模型，覆盖走锚、违规穿越航道、AIS关闭、非法过驳、徘徊和超速等8类异常，并设计值班人员确认/驳回的反馈闭环，按月增量更新模型。',
    teamLead: { name: '严博文', title: '研究员', role: '项目负责人' },
    teamMembers: [
      { name: '葛晨阳', title: '高级工程师', role: '航迹融合' },
      { name: '温婷', title: '高级工程师', role: '异常识别模型' },
      { name: '房昊', title: '算法工程师', role: '系统部署与接口' },
    ],
    price: '1150000.00',
    durationMonths: 10,
    milestones: [
      { title: '数据接入与航迹融合', month: 3, deliverable: '融合航迹服务、定位误差评估报告' },
      { title: '异常识别模型上线', month: 6, deliverable: '8类异常识别模型与报警界面' },
      { title: '试运行与验收', month: 10, deliverable: '3个月试运行报告、源代码与部署文档' },
    ],
  },
  {
    challengeKey: 'ch-ship-anomaly',
    organizationKey: 'haiwan',
    approach:
      '基于AIS历史轨迹构建航道通行规律库，采用孤立森林与LSTM自编码器进行无监督异常检测，不依赖人工标注；结合船舶操纵运动模型对AIS丢失时段进行航迹推算。系统先离线回测，再在发榜方平台部署，覆盖6类异常。',
    teamLead: { name: '马骁', title: '副教授', role: '项目负责人' },
    teamMembers: [
      { name: '江涛', title: '博士研究生', role: '异常检测算法' },
      { name: '戚子豪', title: '博士研究生', role: '航迹推算' },
    ],
    price: '980000.00',
    durationMonths: 12,
    milestones: [
      { title: '通行规律库与离线回测', month: 5, deliverable: '规律库、回测报告' },
      { title: '平台部署与试运行', month: 12, deliverable: '部署系统、试运行报告' },
    ],
  },

  // ——— ch-sea-fog (EVALUATING) ———
  {
    challengeKey: 'ch-sea-fog',
    organizationKey: 'haiqi',
    approach:
      '沿用本所业务运行的海雾短临预报框架，融合葵花9号双通道亮温差、港区能见度仪、AIS航速与WRF 1 km模式输出，以ConvLSTM逐10分钟滚动预报0–6 h能见度；针对港区泊位差异加入下垫面与海温修正，并用发榜方8台能见度仪实时订正。利用2021–2023年港区海雾过程完成检验后上线。',
    teamLead: { name: '谭志明', title: '正研级高级工程师', role: '项目负责人' },
    teamMembers: [
      { name: '殷晓萌', title: '高级工程师', role: '数值模式与同化' },
      { name: '冀航', title: '工程师', role: '深度学习模型与系统接口' },
    ],
    price: '920000.00',
    durationMonths: 10,
    milestones: [
      { title: '港区精细化模型构建', month: 4, deliverable: '1 km网格预报模型、历史过程回报报告' },
      { title: '系统接入与试运行', month: 7, deliverable: '预报服务接口、试运行日志' },
      { title: '海雾季检验与验收', month: 10, deliverable: '检验报告、操作手册' },
    ],
  },
  {
    challengeKey: 'ch-sea-fog',
    organizationKey: 'kongtian',
    approach:
      '采用基于视觉Transformer的端到端临近预报模型，直接以卫星云图序列和岸基观测为输入预测能见度场，不依赖数值模式，计算快；计划利用本院遥感数据中心算力完成训练，并提供可视化大屏。模型训练使用2016–2023年葵花系列卫星数据，推理单次耗时小于1分钟。',
    teamLead: { name: '尤佳', title: '研究员', role: '项目负责人' },
    teamMembers: [
      { name: '毛可', title: '工程师', role: '模型训练' },
      { name: '程思远', title: '工程师', role: '数据处理' },
    ],
    price: '850000.00',
    durationMonths: 9,
    milestones: [
      { title: '数据集构建与模型训练', month: 5, deliverable: '训练数据集、模型及离线评估' },
      { title: '系统部署', month: 9, deliverable: '预报系统与可视化大屏' },
    ],
  },

  // ——— ch-bipolar (EVALUATING) ———
  {
    challengeKey: 'ch-bipolar',
    organizationKey: 'university',
    approach:
      '采用已小批量供货的0.1 mm 316L超薄板多工步冲压+液压胀形工艺，针对发榜方流场进行回弹补偿模具设计，平面度控制在0.15 mm以内；涂层采用PVD非晶碳/CrN梯度结构，接触电阻<3 mΩ·cm²。激光焊接密封并100%氦检漏，试制500片装堆进行3000 h耐久验证，同时给出年产50万片条件下的成本模型。',
    teamLead: { name: '杜建平', title: '教授', role: '项目负责人' },
    teamMembers: [
      { name: '柴永辉', title: '副教授', role: '成形工艺与模具' },
      { name: '骆倩', title: '讲师', role: '涂层制备与表征' },
    ],
    price: '2850000.00',
    durationMonths: 15,
    milestones: [
      { title: '模具设计与成形验证', month: 4, deliverable: '模具1套、单极板样件及尺寸检测报告' },
      { title: '涂层与焊接工艺定型', month: 8, deliverable: '500片双极板、接触电阻与腐蚀测试报告' },
      { title: '电堆耐久验证', month: 15, deliverable: '3000 h耐久报告、成本分析报告' },
    ],
  },
  {
    challengeKey: 'ch-bipolar',
    organizationKey: 'gongcheng',
    approach:
      '建议采用超薄柔性石墨复合双极板替代金属板，厚度由1.2 mm减至0.8 mm，耐腐蚀问题可从根本上规避；通过改进树脂体系提高抗弯强度，以满足重卡振动工况。该路线体积功率密度略低于金属板，但寿命优势明显。',
    teamLead: { name: '龚学军', title: '教授', role: '项目负责人' },
    teamMembers: [{ name: '翟明', title: '讲师', role: '模压工艺' }],
    price: '2200000.00',
    durationMonths: 14,
    milestones: [
      { title: '0.8 mm石墨板模压工艺', month: 6, deliverable: '双极板样件及力学、气密测试报告' },
      { title: '电堆装配验证', month: 14, deliverable: '短堆耐久测试报告' },
    ],
  },
  {
    challengeKey: 'ch-bipolar',
    organizationKey: 'xinneng',
    approach:
      '本院负责涂层与电堆验证，基板成形外协给冲压企业：采用磁控溅射TiN/C复合涂层，并在本院燃料电池测试中心开展加速耐久与电堆验证；利用本院膜电极与电堆测试经验，给出双极板与膜电极匹配的流场优化建议。外协冲压企业已具备0.1 mm不锈钢薄板成形经验，本院负责工艺指导与质量控制。',
    teamLead: { name: '万丽君', title: '副研究员', role: '项目负责人' },
    teamMembers: [
      { name: '岳鹏', title: '助理研究员', role: '涂层研究' },
      { name: '成珂', title: '工程师', role: '电堆测试' },
    ],
    price: '2600000.00',
    durationMonths: 16,
    milestones: [
      { title: '涂层工艺开发', month: 6, deliverable: '涂层样片及腐蚀、接触电阻测试报告' },
      { title: '外协成形与装堆', month: 10, deliverable: '双极板200片、短堆' },
      { title: '耐久验证', month: 16, deliverable: '耐久测试报告' },
    ],
  },

  // ——— ch-vocs-recovery (EVALUATING) ———
  {
    challengeKey: 'ch-vocs-recovery',
    organizationKey: 'haiwan',
    approach:
      '采用已在液体化工码头运行2年的“三级冷凝+活性炭吸附—真空解析”组合工艺，将处理能力放大至1200 m³/h；高浓度阶段由冷凝段承担主要负荷，吸附床入口浓度被限制在安全范围内，并增设炭床温度多点监测与氮气惰化联锁。回收油品经气液分离后回输罐区，整机按Ex d IIB T4设计，与装船臂、惰气系统联锁。',
    teamLead: { name: '邵东', title: '教授', role: '项目负责人' },
    teamMembers: [
      { name: '郝俊', title: '副教授', role: '工艺设计' },
      { name: '苑博', title: '工程师', role: '设备制造与调试' },
    ],
    price: '5800000.00',
    durationMonths: 14,
    milestones: [
      { title: '工艺包与详细设计', month: 4, deliverable: '工艺包、HAZOP分析报告、设计图纸' },
      { title: '设备制造与出厂试验', month: 10, deliverable: '成套装置、出厂试验报告' },
      { title: '现场安装调试与72 h考核', month: 14, deliverable: '性能考核报告、操作规程' },
    ],
  },
  {
    challengeKey: 'ch-vocs-recovery',
    organizationKey: 'gaofenzi',
    approach:
      '采用“冷凝+膜分离”组合：一级冷凝回收高浓度段油气，PDMS复合膜对不凝气进一步浓缩后返回冷凝器，尾气经少量活性炭精处理。膜组件模块化并联放大至1200 m³/h，优点是无吸附床温升风险，但膜组件在装船初期低浓度、大流量工况下效率偏低。',
    teamLead: { name: '俞琳', title: '研究员', role: '项目负责人' },
    teamMembers: [
      { name: '关鹏', title: '工程师', role: '膜组件' },
      { name: '孙嘉禾', title: '工程师', role: '工艺集成' },
    ],
    price: '6300000.00',
    durationMonths: 16,
    milestones: [
      { title: '中试验证', month: 6, deliverable: '200 m³/h中试装置运行报告' },
      { title: '成套装置制造', month: 12, deliverable: '1200 m³/h装置' },
      { title: '现场调试与考核', month: 16, deliverable: '考核报告' },
    ],
  },
  {
    challengeKey: 'ch-vocs-recovery',
    organizationKey: 'xinneng',
    approach:
      '以吸附浓缩+催化燃烧为主，满足排放指标并回收燃烧热产蒸汽，不以油品回收为目标；装置流程短、投资较低，回收率指标以“能量回收”折算。适合对回收油品价值不敏感的场景。催化燃烧热量可通过余热锅炉产生0.6 MPa蒸汽供码头伴热使用，整套装置占地约200 m²，安全联锁按码头防爆要求设计。',
    teamLead: { name: '阎浩', title: '高级工程师', role: '项目负责人' },
    teamMembers: [{ name: '姬红', title: '工程师', role: '工艺设计' }],
    price: '4200000.00',
    durationMonths: 12,
    milestones: [
      { title: '设计与制造', month: 8, deliverable: '成套装置' },
      { title: '调试与考核', month: 12, deliverable: '排放监测报告' },
    ],
  },

  // ——— ch-hybrid-bearing (EVALUATING) ———
  {
    challengeKey: 'ch-hybrid-bearing',
    organizationKey: 'jingzhi',
    approach:
      '基于本院已通过1500 h台架试验的7008C混合陶瓷球轴承设计，针对发榜方套圈材料优化沟曲率系数（内沟0.52、外沟0.53）与接触角，保持架改用外引导PEEK并优化兜孔间隙以消除高速异响；润滑采用油气润滑参数优化。在本院60000 r/min高速试验机与主机厂电主轴上分别验证温升、振动与1000 h耐久。',
    teamLead: { name: '祁冬', title: '高级工程师', role: '项目负责人' },
    teamMembers: [
      { name: '宗华', title: '工程师', role: '轴承结构设计' },
      { name: '华晓静', title: '工程师', role: '试验验证' },
    ],
    price: '2050000.00',
    durationMonths: 14,
    milestones: [
      { title: '内部结构与保持架设计', month: 3, deliverable: '设计计算书、图纸' },
      { title: 'P4级样品试制与台架试验', month: 9, deliverable: '样品20套、高速试验报告' },
      { title: '电主轴装机验证', month: 14, deliverable: '装机耐久报告、工艺规范' },
    ],
  },
  {
    challengeKey: 'ch-hybrid-bearing',
    organizationKey: 'gongcheng',
    approach:
      '提出以DLC涂层钢球替代陶瓷球的低成本方案：在GCr15钢球表面沉积2 μm梯度DLC涂层，降低摩擦与温升，球的质量大于陶瓷球，极限转速预计可达dmN 1.6×10⁶；若需达到2.0×10⁶，再转为陶瓷球方案。',
    teamLead: { name: '黎雪', title: '副教授', role: '项目负责人' },
    teamMembers: [{ name: '车卓', title: '讲师', role: '涂层工艺' }],
    price: '1600000.00',
    durationMonths: 12,
    milestones: [
      { title: 'DLC涂层钢球制备', month: 5, deliverable: '涂层钢球样品与性能报告' },
      { title: '轴承装配与台架试验', month: 12, deliverable: '台架试验报告' },
    ],
  },
  {
    challengeKey: 'ch-hybrid-bearing',
    organizationKey: 'university',
    approach:
      '以保持架为突破口：采用碳纤维增强PEEK注塑保持架，兜孔圆度≤0.02 mm，结合动力学仿真优化保持架引导方式，解决陶瓷球替换后的保持架异响与磨损；轴承内部几何参数沿用发榜方现有设计，必要时做局部调整。',
    teamLead: { name: '季晓', title: '副教授', role: '项目负责人' },
    teamMembers: [{ name: '岑博', title: '讲师', role: '注塑与动力学仿真' }],
    price: '1300000.00',
    durationMonths: 12,
    milestones: [
      { title: '保持架动力学仿真与设计', month: 4, deliverable: '仿真报告、保持架图纸' },
      { title: '保持架试制与台架验证', month: 12, deliverable: '保持架样件、台架试验报告' },
    ],
  },

  // ——— ch-frame-light (EVALUATING) ———
  {
    challengeKey: 'ch-frame-light',
    organizationKey: 'gongcheng',
    approach:
      '以试验场12种路面轮心六分力载荷谱反求车架接附点载荷，对纵梁截面、横梁布置与连接板进行拓扑和尺寸优化，并与高强钢辊压纵梁方案联合迭代；在本校多通道道路模拟台架上完成等效50万km疲劳试验。已在同级6×4牵引车上实现减重11.6%，本项目通过材料升级目标减重16%。',
    teamLead: { name: '袁建军', title: '教授', role: '项目负责人' },
    teamMembers: [
      { name: '贝晓东', title: '副教授', role: '结构优化与疲劳仿真' },
      { name: '甄妮', title: '讲师', role: '台架试验' },
    ],
    price: '2300000.00',
    durationMonths: 16,
    milestones: [
      { title: '载荷谱反求与优化设计', month: 5, deliverable: '优化方案、仿真报告' },
      { title: '样件试制与台架试验', month: 11, deliverable: '样车架2套、台架疲劳试验报告' },
      { title: '试验场验证', month: 16, deliverable: '试验场强化路试验报告' },
    ],
  },
  {
    challengeKey: 'ch-frame-light',
    organizationKey: 'university',
    approach:
      '以屈服强度≥900 MPa车架钢替代700 MPa钢，采用18道次柔性辊压成形变截面纵梁并在线测量回弹、逐道次补偿，纵梁厚度由8 mm降至6 mm，单根纵梁减重约24%；配套激光切孔与冷铆连接工艺，解决高强钢冲压回弹与开裂问题。',
    teamLead: { name: '邹卫国', title: '教授', role: '项目负责人' },
    teamMembers: [
      { name: '章一', title: '副教授', role: '辊压成形' },
      { name: '赖鑫', title: '工程师', role: '连接工艺' },
    ],
    price: '2400000.00',
    durationMonths: 15,
    milestones: [
      { title: '辊压工艺开发', month: 6, deliverable: '纵梁样件、尺寸检测报告' },
      { title: '车架装配与台架试验', month: 12, deliverable: '样车架、台架试验报告' },
      { title: '工艺固化', month: 15, deliverable: '辊压工艺规范' },
    ],
  },
  {
    challengeKey: 'ch-frame-light',
    organizationKey: 'gaofenzi',
    approach:
      '将车架横梁、电瓶托架和尾横梁改为连续碳纤维增强热塑性复合材料快速模压件，与钢纵梁胶铆连接，局部减重约55%；但纵梁仍为钢制，整体减重预计8–10%，成本增加较多。复合材料部件与钢纵梁的胶铆连接需开展盐雾与湿热老化验证，部件单价约为钢制件的3倍。',
    teamLead: { name: '俞琳', title: '研究员', role: '项目负责人' },
    teamMembers: [{ name: '毛毅', title: '工程师', role: '复合材料成型' }],
    price: '2600000.00',
    durationMonths: 18,
    milestones: [
      { title: '复合材料部件设计与模具', month: 8, deliverable: '部件设计与模具' },
      { title: '样件试制与台架试验', month: 18, deliverable: '样件与台架试验报告' },
    ],
  },

  // ——— ch-offline-voice (EVALUATING) ———
  {
    challengeKey: 'ch-offline-voice',
    organizationKey: 'kongtian',
    approach:
      '移植本院已在空调、油烟机量产的端侧离线语音方案：声学模型经8 bit量化与结构化剪枝后Flash占用1.8 MB、RAM 420 KB，可在Cortex-M55+NPU上实时运行；前端采用双麦波束形成与厨房噪声自适应抑制，方言口音采用少量样本自适应。交付模型、推理库与命令词定制工具，并配合两款机型量产导入。',
    teamLead: { name: '路瑶', title: '算法工程师', role: '项目负责人' },
    teamMembers: [
      { name: '符佳', title: '算法工程师', role: '声学模型' },
      { name: '葛晨阳', title: '高级工程师', role: '嵌入式部署' },
    ],
    price: '1380000.00',
    durationMonths: 9,
    milestones: [
      { title: '芯片移植与基线测试', month: 3, deliverable: '可运行固件、基线测试报告' },
      { title: '方言与噪声适配', month: 6, deliverable: '优化模型、声学实验室测试报告' },
      { title: '量产导入', month: 9, deliverable: '量产固件、定制工具与培训' },
    ],
  },
  {
    challengeKey: 'ch-offline-voice',
    organizationKey: 'gongcheng',
    approach:
      '基于深度可分离卷积的关键词检测网络，面向微控制器重新设计网络结构，并利用知识蒸馏从大模型迁移；可支持约100条命令词，后续扩展需增加存储。团队在相关方向发表论文多篇，尚无量产经验。计划与芯片厂商合作完成算子适配，并以公开数据集加学生志愿者录音构建训练数据。',
    teamLead: { name: '詹宇', title: '副教授', role: '项目负责人' },
    teamMembers: [{ name: '庞博', title: '讲师', role: '模型压缩' }],
    price: '900000.00',
    durationMonths: 12,
    milestones: [
      { title: '模型设计与训练', month: 6, deliverable: '模型与离线评估报告' },
      { title: '芯片部署', month: 12, deliverable: '演示固件' },
    ],
  },

  // ——— ch-organoid (EVALUATING) ———
  {
    challengeKey: 'ch-organoid',
    organizationKey: 'yike',
    approach:
      '利用本校已入库的结直肠癌类器官（含完整临床与基因组信息，其中KRAS G12D突变14例），按发榜方方案开展候选药物单药及与西妥昔单抗、FOLFOX方案的联合药敏测试，7–14天出具报告；结合全外显子与转录组数据筛选疗效预测标志物，并以既往58例PDO—临床一致性数据为参照评估预测价值。',
    teamLead: { name: '苗青', title: '主任医师', role: '项目负责人' },
    teamMembers: [
      { name: '鲍静怡', title: '副研究员', role: '类器官培养与药敏' },
      { name: '廉洁', title: '主治医师', role: '临床信息整理' },
    ],
    price: '2750000.00',
    durationMonths: 10,
    milestones: [
      { title: '类器官复苏与质控', month: 2, deliverable: '80例PDO质控报告' },
      { title: '药敏实验', month: 7, deliverable: '单药与联合用药药敏数据' },
      { title: '标志物分析与总结', month: 10, deliverable: '生物标志物分析报告、原始数据' },
    ],
  },
  {
    challengeKey: 'ch-organoid',
    organizationKey: 'lanwan',
    approach:
      '以本所结直肠癌PDX模型为主开展体内药效评价，并同步从PDX衍生类器官进行体外验证；PDX模型更接近体内环境，但周期较长（6–8周/模型），可用模型约20例，其中KRAS G12D突变4例。如发榜方需要，可在PDX药效结果基础上补充体内药代与毒性初评，为临床剂量选择提供参考。',
    teamLead: { name: '秦雨', title: '博士后', role: '项目负责人' },
    teamMembers: [{ name: '褚天宇', title: '助理研究员', role: '动物实验' }],
    price: '3200000.00',
    durationMonths: 14,
    milestones: [
      { title: 'PDX药效实验', month: 9, deliverable: 'PDX药效报告' },
      { title: 'PDX衍生类器官验证', month: 14, deliverable: '体外验证报告' },
    ],
  },

  // ——— ch-wheat-remote (EVALUATING) ———
  {
    challengeKey: 'ch-wheat-remote',
    organizationKey: 'nongye',
    approach:
      '采用“卫星普查+无人机核查”两级方案：哨兵2号影像逐旬生成全部基地长势分级图，对长势异常和重点亲本地块安排多光谱无人机航测，反演冠层氮含量并生成追肥处方图；收获前15天基于灌浆期影像与穗数识别进行地块级测产，在平度、莱西制种田已有三年应用经验。',
    teamLead: { name: '喻兰', title: '副教授', role: '项目负责人' },
    teamMembers: [
      { name: '田野', title: '讲师', role: '无人机遥感' },
      { name: '鲁晓晴', title: '博士研究生', role: '测产模型' },
    ],
    price: '860000.00',
    durationMonths: 12,
    milestones: [
      { title: '地块数据整理与模型本地化', month: 3, deliverable: '地块数据库、模型参数' },
      { title: '生长季监测与处方服务', month: 8, deliverable: '长势分级图、追肥处方图' },
      { title: '测产与实收验证', month: 12, deliverable: '200个地块测产验证报告、系统接口' },
    ],
  },
  {
    challengeKey: 'ch-wheat-remote',
    organizationKey: 'kongtian',
    approach:
      '以多源卫星时序影像进行作物分类与长势监测，结合作物模型同化叶面积指数估产；优势在于大范围、低成本，可覆盖甘肃张掖等远程基地，但对单个小地块的测产精度受影像分辨率限制，需要地面样点校正。建议在每个基地布设不少于30个地面样点用于模型校正，并可扩展至玉米制种田监测。',
    teamLead: { name: '尤佳', title: '研究员', role: '项目负责人' },
    teamMembers: [{ name: '程思远', title: '工程师', role: '遥感处理' }],
    price: '780000.00',
    durationMonths: 10,
    milestones: [
      { title: '遥感监测系统搭建', month: 4, deliverable: '监测系统与长势专题图' },
      { title: '估产与验证', month: 10, deliverable: '估产报告' },
    ],
  },

  // ——— ch-buoyancy (AWARDED) ———
  {
    challengeKey: 'ch-buoyancy',
    organizationKey: 'haiwan',
    approach:
      '采用自研高强空心玻璃微珠（等静压强度≥110 MPa）与低黏度环氧—酸酐体系真空浸渍成型，已有7000 m级产品在万米着陆器上应用；针对0.3 m³以上大块材，采用分段梯度升温固化和微珠级配优化控制放热峰，避免固化开裂。交付首批2 m³产品并具备年产20 m³能力。',
    teamLead: { name: '梁永刚', title: '教授', role: '项目负责人' },
    teamMembers: [
      { name: '于佳宁', title: '副教授', role: '配方设计' },
      { name: '卢志伟', title: '高级实验师', role: '成型与检测' },
      { name: '齐梦', title: '博士后', role: '性能测试' },
    ],
    price: '2480000.00',
    durationMonths: 12,
    milestones: [
      { title: '配方优化与小块验证', month: 3, deliverable: '试样及77 MPa吸水率测试报告' },
      { title: '大块材成型工艺', month: 7, deliverable: '0.3 m³块材3块、解剖检测报告' },
      { title: '首批产品交付与海试', month: 12, deliverable: '2 m³产品、第三方静水压报告、海试复测报告' },
    ],
    awarded: true,
    feedback: '方案基于已有深海应用的成熟配方，大块材固化开裂的解决思路清晰，报价合理，确定为挂帅方，请尽快启动任务书签订。',
  },
  {
    challengeKey: 'ch-buoyancy',
    organizationKey: 'university',
    approach:
      '在本校浅水型化学发泡浮力材料基础上，引入空心玻璃微珠与发泡复合的梯度结构，目标密度0.55 g/cm³、工作水深7000 m；需重新开发配方，计划先完成3000 m级验证，再逐步提升耐压等级。本校具备60 MPa外压试验条件，77 MPa试验需委托外单位完成。',
    teamLead: { name: '许文博', title: '副教授', role: '项目负责人' },
    teamMembers: [{ name: '冷雪', title: '工程师', role: '成型工艺' }],
    price: '1900000.00',
    durationMonths: 18,
    milestones: [
      { title: '3000 m级配方', month: 6, deliverable: '试样与测试报告' },
      { title: '7000 m级配方与试制', month: 18, deliverable: '块材样品与测试报告' },
    ],
    feedback: '复合发泡路线有创新性，但7000 m级性能尚无验证数据、周期较长，本次未中选，欢迎后续在浅水产品方面合作。',
  },
  {
    challengeKey: 'ch-buoyancy',
    organizationKey: 'gaofenzi',
    approach:
      '采用进口空心玻璃微珠与本院改性环氧树脂，热压成型制备浮力材料，可快速形成产品；后续逐步开发国产微珠替代。热压工艺适合中小尺寸块材，大块材需分块粘接。本院热压机台面尺寸为1.2 m×1.0 m，单块最大体积约0.15 m³，更大块材需采用环氧结构胶分块粘接后整体加工。',
    teamLead: { name: '阮静', title: '高级工程师', role: '项目负责人' },
    teamMembers: [{ name: '孙嘉禾', title: '工程师', role: '树脂体系' }],
    price: '2100000.00',
    durationMonths: 10,
    milestones: [
      { title: '配方与热压工艺', month: 5, deliverable: '试样与测试报告' },
      { title: '产品试制', month: 10, deliverable: '块材1 m³' },
    ],
    feedback: '方案依赖进口微珠，不符合本榜单国产化目标，且大块材需粘接，未中选，感谢参与。',
  },

  // ——— ch-acoustic-modem (AWARDED) ———
  {
    challengeKey: 'ch-acoustic-modem',
    organizationKey: 'institute',
    approach:
      '基于本院9–14 kHz OFDM水声通信机（千岛湖10.5 km实测2.4 kbps），针对浅海强多途与高速平台多普勒，改进稀疏信道估计与分数阶多普勒补偿，增加自适应速率切换与双向测距；开放通信协议与二次开发接口，近海在胶州湾口、深海搭载南海航次分别验证，交付5台工程样机。',
    teamLead: { name: '蒋文涛', title: '研究员', role: '项目负责人' },
    teamMembers: [
      { name: '毛思琪', title: '副研究员', role: '信号处理算法' },
      { name: '单宇', title: '工程师', role: '硬件与换能器' },
      { name: '廖凡', title: '工程师', role: '海试与软件' },
    ],
    price: '1880000.00',
    durationMonths: 14,
    milestones: [
      { title: '算法改进与水池验证', month: 4, deliverable: '改进算法、消声水池测试报告' },
      { title: '工程样机研制', month: 9, deliverable: '工程样机5台、耐压试验报告' },
      { title: '近海与深海海试', month: 14, deliverable: '海试报告、协议文档与二次开发包' },
    ],
    awarded: true,
    feedback: '已有10 km级湖试与南海试验数据，技术成熟度最高，协议开放方案符合我司组网需求，确定为挂帅方。',
  },
  {
    challengeKey: 'ch-acoustic-modem',
    organizationKey: 'haiwan',
    approach:
      '采用M元扩频体制保证低信噪比下的可靠性，并通过多载波并行扩频将速率提高至约800 bps；配套本校水声网络MAC协议，便于多节点组网。该方案在胶州湾6节点组网试验中端到端投递率达96%，可靠性突出，但多载波并行会降低抗多途能力，10 km距离下速率能否达标需海试确认。',
    teamLead: { name: '马骁', title: '副教授', role: '项目负责人' },
    teamMembers: [
      { name: '宫欣然', title: '教授', role: '系统设计' },
      { name: '江涛', title: '博士研究生', role: '算法实现' },
    ],
    price: '1500000.00',
    durationMonths: 16,
    milestones: [
      { title: '多载波扩频算法', month: 6, deliverable: '算法与仿真报告' },
      { title: '样机与海试', month: 16, deliverable: '样机3台、海试报告' },
    ],
    feedback: '组网协议方面有优势，但通信速率目标低于1 kbps的考核指标，本次未中选，后续潜标组网项目可再合作。',
  },

  // ——— ch-fucoidan (AWARDED) ———
  {
    challengeKey: 'ch-fucoidan',
    organizationKey: 'lanwan',
    approach:
      '以本院克隆的岩藻聚糖内切酶FcnA定向降解，酶切位点专一、不脱硫酸根，重均分子量可控制在8–12 kDa、PDI<1.5；建立HPGPC-MALLS分子量、离子色谱单糖组成与硫酸根、APTT抗凝活性的质控方法，形成质量标准草案，在发榜方200 L中试线连续3批验证，并提供酶制剂生产工艺保障供应。',
    teamLead: { name: '林海燕', title: '研究员', role: '项目负责人' },
    teamMembers: [
      { name: '魏佳琪', title: '副研究员', role: '酶工程' },
      { name: '褚天宇', title: '助理研究员', role: '结构表征' },
      { name: '郝蕾', title: '工程师', role: '中试工艺' },
    ],
    price: '1520000.00',
    durationMonths: 12,
    milestones: [
      { title: '酶解工艺小试', month: 3, deliverable: '工艺参数、小试样品' },
      { title: '质控方法建立与验证', month: 7, deliverable: '分析方法验证报告、质量标准草案' },
      { title: '200 L中试3批验证', month: 12, deliverable: '中试批记录、工艺包' },
    ],
    awarded: true,
    feedback: '酶法定向降解与质控体系完整，已有中试批间一致性数据，完全契合下游药企需求，确定为挂帅方。',
  },
  {
    challengeKey: 'ch-fucoidan',
    organizationKey: 'haiwan',
    approach:
      '采用温和酸水解结合超滤膜分级的方法获得目标分子量段，并通过工艺参数优化减少脱硫酸根；工艺设备要求低，易于在现有产线实施，但分子量分布和硫酸根保持率不如酶法。酸解条件为0.1 mol/L盐酸、60 ℃，再经10 kDa与5 kDa超滤膜两级截留，预计硫酸根含量可保持在22%左右。',
    teamLead: { name: '周文杰', title: '副教授', role: '项目负责人' },
    teamMembers: [{ name: '邢娜', title: '实验师', role: '分析检测' }],
    price: '980000.00',
    durationMonths: 10,
    milestones: [
      { title: '酸解—膜分级工艺', month: 5, deliverable: '工艺参数与样品' },
      { title: '中试验证', month: 10, deliverable: '中试报告' },
    ],
    feedback: '工艺简单、成本低，但硫酸根保持率与批间一致性难以满足药用原料要求，未中选。',
  },
  {
    challengeKey: 'ch-fucoidan',
    organizationKey: 'yike',
    approach:
      '侧重质量研究与活性评价：建立分子量、硫酸根、单糖组成等理化指标方法，并以大鼠静脉血栓模型评价不同分子量段的抗血栓活性，为质量标准中的活性指标提供依据；降解工艺由发榜方自行开发。本校药理平台可按GLP要求开展试验，评价结果可直接用于后续药学申报资料。',
    teamLead: { name: '苏婉清', title: '教授', role: '项目负责人' },
    teamMembers: [{ name: '黄立群', title: '副教授', role: '药理评价' }],
    price: '700000.00',
    durationMonths: 9,
    milestones: [
      { title: '分析方法建立', month: 4, deliverable: '分析方法及验证报告' },
      { title: '活性评价', month: 9, deliverable: '抗血栓活性评价报告' },
    ],
    feedback: '质量研究与药理评价能力很强，但方案未覆盖定向降解工艺这一核心任务，本次未中选，后续活性评价环节将优先委托贵校。',
  },

  // ——— ch-pipeline-mfl (AWARDED) ———
  {
    challengeKey: 'ch-pipeline-mfl',
    organizationKey: 'haiwan',
    approach:
      '基于已在某油田DN200管道检测38 km的小口径高清漏磁内检测器，扩展为DN150、DN200、DN300三个规格：三轴霍尔传感器周向间距8 mm，分节铰接结构通过1.5D弯头，单次里程120 km；配套缺陷自动识别与量化软件，在发榜方牵拉环道与约40 km在役管道中检测并组织开挖验证。',
    teamLead: { name: '尹晓光', title: '教授', role: '项目负责人' },
    teamMembers: [
      { name: '郝俊', title: '副教授', role: '磁路与机械结构' },
      { name: '晏子', title: '工程师', role: '数据采集' },
      { name: '毕然', title: '博士研究生', role: '缺陷量化算法' },
    ],
    price: '3050000.00',
    durationMonths: 18,
    milestones: [
      { title: '三规格检测器设计', month: 5, deliverable: '设计图纸、磁路仿真报告' },
      { title: '样机研制与牵拉试验', month: 11, deliverable: '检测器3套、牵拉试验报告' },
      { title: '在役管道检测与开挖验证', month: 18, deliverable: '检测报告、开挖验证报告、分析软件' },
    ],
    awarded: true,
    feedback: '已有小口径管道工程检测业绩，通过能力与量化精度数据可信，确定为挂帅方。',
  },
  {
    challengeKey: 'ch-pipeline-mfl',
    organizationKey: 'jingzhi',
    approach:
      '采用超声导波对小口径管道进行外部长距离筛查，结合局部开挖点的小型漏磁扫查器精确量化，无需清管和收发球筒改造；适用于不可清管管段，但无法给出全线连续的缺陷量化数据。导波单点可向两侧各筛查30–60 m，对截面损失≥5%的腐蚀给出分级，适合穿越段普查。',
    teamLead: { name: '史文斌', title: '高级工程师', role: '项目负责人' },
    teamMembers: [{ name: '卓悦', title: '工程师', role: '导波检测' }],
    price: '1800000.00',
    durationMonths: 12,
    milestones: [
      { title: '导波筛查方案', month: 4, deliverable: '检测方案与试验报告' },
      { title: '现场检测', month: 12, deliverable: '检测报告' },
    ],
    feedback: '导波筛查对不可清管管段有参考价值，但不属于内检测方案，未满足连续量化的核心要求，未中选。',
  },
  {
    challengeKey: 'ch-pipeline-mfl',
    organizationKey: 'kongtian',
    approach:
      '聚焦漏磁数据智能分析：利用深度学习对漏磁信号进行缺陷识别与尺寸反演，可与任意品牌检测器配合；检测器硬件拟与外部厂家合作提供。模型采用本院积累的漏磁仿真数据与公开数据集预训练，缺陷深度反演目标误差±12%壁厚，软件可本地部署，数据不出境。',
    teamLead: { name: '温婷', title: '高级工程师', role: '项目负责人' },
    teamMembers: [{ name: '房昊', title: '算法工程师', role: '信号分析' }],
    price: '1200000.00',
    durationMonths: 10,
    milestones: [
      { title: '缺陷识别模型', month: 5, deliverable: '模型与评估报告' },
      { title: '分析软件', month: 10, deliverable: '分析软件' },
    ],
    feedback: '数据分析能力突出，但检测器硬件依赖外部厂家，整体方案不完整，未中选，后续数据分析平台建设可再交流。',
  },

  // ——— ch-aero-drag (AWARDED) ———
  {
    challengeKey: 'ch-aero-drag',
    organizationKey: 'gongcheng',
    approach:
      '建立牵引车—半挂车全尺寸CFD模型（DES湍流模型、3500万网格），在本校1:4缩比风洞对标（误差<3%）；系统优化导流罩型面、侧裙、驾驶室后部延伸板、车间间隙封闭、挂车尾翼与车底整流，考虑0–9°侧风工况。已在同类车型上将风阻系数由0.58降至0.47，提供可量产外饰方案与道路油耗对比试验。',
    teamLead: { name: '孔维', title: '副教授', role: '项目负责人' },
    teamMembers: [
      { name: '汪鑫', title: '工程师', role: '风洞试验' },
      { name: '殷凯', title: '博士研究生', role: 'CFD仿真' },
    ],
    price: '1250000.00',
    durationMonths: 12,
    milestones: [
      { title: '基准模型与风洞对标', month: 3, deliverable: 'CFD基准模型、风洞对标报告' },
      { title: '外饰优化与方案冻结', month: 8, deliverable: '优化方案、模具可行性评估' },
      { title: '实车油耗对比试验', month: 12, deliverable: '道路油耗试验报告' },
    ],
    awarded: true,
    feedback: '仿真—风洞—道路试验闭环完整，同类车型实绩可信，确定为挂帅方。',
  },
  {
    challengeKey: 'ch-aero-drag',
    organizationKey: 'university',
    approach:
      '以稳态RANS仿真结合伴随优化方法对驾驶室外形进行自动寻优，计算效率高；不含风洞试验，道路验证建议由发榜方自行组织。优化对象包括驾驶室顶部曲率、A柱圆角和前围倒角，预计可降低风阻系数8–10%，附加导流件优化不在本方案范围内。',
    teamLead: { name: '赵明远', title: '教授', role: '项目负责人' },
    teamMembers: [{ name: '彭浩', title: '博士研究生', role: '伴随优化' }],
    price: '780000.00',
    durationMonths: 8,
    milestones: [
      { title: '伴随优化', month: 5, deliverable: '优化外形方案' },
      { title: '方案报告', month: 8, deliverable: '仿真报告' },
    ],
    feedback: '伴随优化方法有特色，但缺少风洞与道路验证，难以保证量产效果，未中选。',
  },

  // ——— ch-bogie-diag (AWARDED) ———
  {
    challengeKey: 'ch-bogie-diag',
    organizationKey: 'kongtian',
    approach:
      '采用本院已在城轨线路运行18个月的走行部温度—振动融合诊断算法：阶次跟踪+包络解调提取轴承、齿轮与车轮擦伤特征，同车同位横向比较消除环境温度与线路影响；算法经裁剪后在车载主机CPU占用<35%。利用发榜方3条线路数据与26起故障案例重新训练，在一条线路完成6个月装车验证。',
    teamLead: { name: '葛晨阳', title: '高级工程师', role: '项目负责人' },
    teamMembers: [
      { name: '温婷', title: '高级工程师', role: '故障特征与诊断模型' },
      { name: '阮志', title: '工程师', role: '车载软件移植' },
    ],
    price: '1420000.00',
    durationMonths: 12,
    milestones: [
      { title: '算法适配与离线验证', month: 4, deliverable: '诊断算法、历史数据回测报告' },
      { title: '车载移植与静态测试', month: 6, deliverable: '车载软件版本、资源占用测试报告' },
      { title: '装车运行验证', month: 12, deliverable: '6个月运行报告、软件与文档' },
    ],
    awarded: true,
    feedback: '算法已有城轨线路运行实绩，变速工况与误报控制思路扎实，确定为挂帅方。',
  },
  {
    challengeKey: 'ch-bogie-diag',
    organizationKey: 'university',
    approach:
      '将本校风电与轧机轴承的物理信息深度退化模型迁移到轴箱轴承，实现故障诊断与剩余寿命预测；需针对列车变速工况补充阶次分析模块，车载部署方案待与发榜方共同确定。该模型在风电齿轮箱轴承数据上的寿命预测误差小于15%，迁移到轴箱轴承后需重新标定退化阈值。',
    teamLead: { name: '俞海峰', title: '教授', role: '项目负责人' },
    teamMembers: [{ name: '季晓', title: '副教授', role: '寿命预测' }],
    price: '1100000.00',
    durationMonths: 14,
    milestones: [
      { title: '模型迁移', month: 6, deliverable: '迁移模型与评估' },
      { title: '装车验证', month: 14, deliverable: '验证报告' },
    ],
    feedback: '寿命预测方法先进，但缺少轨道车辆变速工况与车载部署经验，未中选。',
  },
  {
    challengeKey: 'ch-bogie-diag',
    organizationKey: 'jingzhi',
    approach:
      '提出更换为带振动通道的新型轴温传感器并增加车载采集单元，在硬件层面提高数据质量，诊断采用阈值与频谱特征结合的规则方法。新型传感器集成温度与三向振动测量，采样率25.6 kHz，采集单元需占用车下设备舱空间，且须重新通过车载设备型式试验，改造周期较长。',
    teamLead: { name: '臧晓', title: '高级工程师', role: '项目负责人' },
    teamMembers: [{ name: '卫宁', title: '工程师', role: '硬件设计' }],
    price: '1600000.00',
    durationMonths: 12,
    milestones: [
      { title: '传感器与采集单元研制', month: 7, deliverable: '硬件样机' },
      { title: '装车验证', month: 12, deliverable: '验证报告' },
    ],
    feedback: '方案需更换车载硬件，超出本榜单范围，诊断方法也难以满足误报率要求，未中选。',
  },

  // ——— ch-adc-calib (AWARDED) ———
  {
    challengeKey: 'ch-adc-calib',
    organizationKey: 'university',
    approach:
      '采用本校基于统计相关的时间交织ADC后台盲校准算法，同时估计失调、增益与时钟偏斜，无需注入测试信号，可随温度变化连续跟踪；在16 GS/s、12 bit系统中6.8 GHz输入SFDR由42 dBc提升至68 dBc。针对发榜方20 GS/s架构进行FPGA实现与资源优化，并配合完成高低温环境试验。',
    teamLead: { name: '储建国', title: '教授', role: '项目负责人' },
    teamMembers: [
      { name: '易欣', title: '副教授', role: '算法与FPGA实现' },
      { name: '宫琪', title: '博士研究生', role: '测试验证' },
    ],
    price: '1650000.00',
    durationMonths: 10,
    milestones: [
      { title: '算法适配与仿真', month: 3, deliverable: '算法模型、基于实测数据的仿真报告' },
      { title: 'FPGA实现与样机集成', month: 7, deliverable: 'FPGA工程、样机测试报告' },
      { title: '环境试验与交付', month: 10, deliverable: '高低温试验报告、算法文档' },
    ],
    awarded: true,
    feedback: '后台盲校准方法已有高频实测数据支撑，资源占用低，确定为挂帅方。',
  },
  {
    challengeKey: 'ch-adc-calib',
    organizationKey: 'gongcheng',
    approach:
      '采用前台正弦注入+查表的校准方法，在开机与温度变化超过阈值时自动插入校准周期，校准精度高但会短暂中断采集。校准信号由片上DDS产生并经开关切入，每次校准约需200 ms，可在触发间隙执行；适用于对采集连续性要求不高的场景，但无法跟踪采集过程中的快速温度变化。',
    teamLead: { name: '邬思远', title: '教授', role: '项目负责人' },
    teamMembers: [{ name: '冼晓', title: '工程师', role: '硬件电路' }],
    price: '1200000.00',
    durationMonths: 9,
    milestones: [
      { title: '校准电路与算法', month: 5, deliverable: '校准模块' },
      { title: '样机集成', month: 9, deliverable: '测试报告' },
    ],
    feedback: '方案需中断采集，不符合后台校准的核心要求，未中选。',
  },
  {
    challengeKey: 'ch-adc-calib',
    organizationKey: 'kongtian',
    approach:
      '以神经网络对交织失配进行非线性建模与补偿，可同时校正带宽失配；模型在GPU上训练、FPGA上推理，资源占用预计约25%。训练数据由发榜方样机在不同频率与温度下采集，模型规模约3万参数，量化后部署；该方法对未覆盖频点的泛化能力需进一步验证。',
    teamLead: { name: '尤佳', title: '研究员', role: '项目负责人' },
    teamMembers: [{ name: '毛可', title: '工程师', role: '模型部署' }],
    price: '1500000.00',
    durationMonths: 12,
    milestones: [
      { title: '模型训练', month: 6, deliverable: '模型与仿真结果' },
      { title: 'FPGA部署', month: 12, deliverable: 'FPGA工程' },
    ],
    feedback: '带宽失配补偿思路新颖，但FPGA资源占用超出限值且温漂跟踪能力未验证，未中选。',
  },

  // ——— ch-thermal-runaway (AWARDED) ———
  {
    challengeKey: 'ch-thermal-runaway',
    organizationKey: 'xinneng',
    approach:
      '在电池簇内布置H₂/CO复合气体与压力传感器，融合BMS电压、温度构建多特征预警模型；本院280 Ah电芯过充热失控试验中H₂信号在安全阀开启后30 s内报警，较温度报警提前约11 min。报警分三级与BMS、排风、簇级消防联动，满足GB/T 42288要求，在发榜方12个储能舱部署并试运行3个月。',
    teamLead: { name: '喻晓东', title: '研究员', role: '项目负责人' },
    teamMembers: [
      { name: '盛楠', title: '高级工程师', role: '预警模型' },
      { name: '殷浩', title: '工程师', role: '探测器与现场部署' },
    ],
    price: '1480000.00',
    durationMonths: 9,
    milestones: [
      { title: '方案设计与触发验证试验', month: 3, deliverable: '设计方案、热失控触发试验报告' },
      { title: '探测器生产与部署', month: 6, deliverable: '12舱探测系统、联动调试记录' },
      { title: '试运行与验收', month: 9, deliverable: '试运行报告、运维手册' },
    ],
    awarded: true,
    feedback: '特征气体预警有完整的热失控试验数据支撑，联动设计符合标准，确定为挂帅方。',
  },
  {
    challengeKey: 'ch-thermal-runaway',
    organizationKey: 'kongtian',
    approach:
      '基于云端电池大数据，对电芯内短路、一致性劣化等早期征兆进行小时级预测，结合SOH模型提前数天发现高风险电芯；不新增硬件，但对秒级热失控事件的响应依赖现有BMS。平台已接入4座储能电站的12万支电芯数据，可对一致性劣化电芯给出更换建议。',
    teamLead: { name: '葛晨阳', title: '高级工程师', role: '项目负责人' },
    teamMembers: [{ name: '房昊', title: '算法工程师', role: '数据分析' }],
    price: '980000.00',
    durationMonths: 8,
    milestones: [
      { title: '数据接入与模型', month: 4, deliverable: '风险评估模型' },
      { title: '平台上线', month: 8, deliverable: '风险预警平台' },
    ],
    feedback: '长期风险评估很有价值，但无法满足探测器秒级响应和消防联动要求，本次未中选，后续运维平台可考虑合作。',
  },
  {
    challengeKey: 'ch-thermal-runaway',
    organizationKey: 'gongcheng',
    approach:
      '在电池模组间布设分布式光纤测温，实现毫米级空间分辨的温度监测，可定位热点；响应速度优于点式温度传感器，但仍属温度类信号。光纤测温系统空间分辨率0.5 m、温度分辨率0.1 ℃，单舱需布设约800 m光纤；系统可与BMS联动，但对安全阀开启前的产气阶段无法感知。',
    teamLead: { name: '鲍志强', title: '教授', role: '项目负责人' },
    teamMembers: [{ name: '詹宇', title: '副教授', role: '光纤传感' }],
    price: '1750000.00',
    durationMonths: 12,
    milestones: [
      { title: '光纤布设方案', month: 4, deliverable: '设计方案' },
      { title: '部署与试运行', month: 12, deliverable: '试运行报告' },
    ],
    feedback: '光纤测温定位精度高，但预警提前量不及气体特征方案且成本较高，未中选。',
  },

  // ——— ch-h2-tank (NO_WINNER) ———
  {
    challengeKey: 'ch-h2-tank',
    organizationKey: 'jingzhi',
    approach:
      '基于已完成爆破、常温循环和氢渗透试验的52 L IV型样瓶，开发适配重卡瓶组的200 L规格；HDPE/PA阻隔内胆滚塑、瓶口双O圈密封与T700碳纤维湿法缠绕。火烧、枪击等试验尚无条件，拟委托外部机构，排期暂无法确定。',
    teamLead: { name: '骆志成', title: '研究员', role: '项目负责人' },
    teamMembers: [
      { name: '宁静', title: '高级工程师', role: '缠绕工艺' },
      { name: '叶晨', title: '工程师', role: '内胆与密封' },
    ],
    price: '7800000.00',
    durationMonths: 24,
    milestones: [
      { title: '200 L样瓶开发', month: 8, deliverable: '样瓶与爆破、循环试验报告' },
      { title: '全项型式试验', month: 18, deliverable: '型式试验报告（视排期）' },
      { title: '量产线建设', month: 24, deliverable: '年产5000只产线' },
    ],
    feedback: '样瓶技术基础较好，但全项型式试验无法承诺完成，量产线投入占比过高，本次流标，重新发榜时欢迎再次揭榜。',
  },
  {
    challengeKey: 'ch-h2-tank',
    organizationKey: 'gaofenzi',
    approach:
      '发挥本院高分子材料优势，开发PA6/EVOH多层共挤阻隔内胆，氢气渗透率目标低于标准限值50%；缠绕与瓶口结构与合作企业联合开发，型式试验委托第三方。多层共挤内胆已完成小口径管材试制，阻隔层厚度0.3 mm，-40 ℃冲击性能满足要求，但尚未制成整瓶内胆。',
    teamLead: { name: '郑雪梅', title: '研究员', role: '项目负责人' },
    teamMembers: [{ name: '冯涛', title: '高级工程师', role: '内胆材料' }],
    price: '6500000.00',
    durationMonths: 26,
    milestones: [
      { title: '内胆材料开发', month: 10, deliverable: '内胆样件与渗透测试报告' },
      { title: '样瓶与型式试验', month: 26, deliverable: '型式试验报告' },
    ],
    feedback: '内胆材料方案有特色，但缠绕与整瓶能力依赖合作方，周期超出要求，本次流标。',
  },
  {
    challengeKey: 'ch-h2-tank',
    organizationKey: 'xinneng',
    approach:
      '从整车储氢系统角度出发，提出采用35 MPa IV型瓶过渡、同步开展70 MPa瓶研发的分阶段方案，并承担瓶组安全监测与热管理设计。本院可承担瓶组氢泄漏监测、温度管理与加注协议设计，70 MPa瓶体开发将与外部气瓶企业合作，首阶段35 MPa瓶组可在6个月内装车。',
    teamLead: { name: '高翔', title: '研究员', role: '项目负责人' },
    teamMembers: [{ name: '苗苗', title: '工程师', role: '系统集成' }],
    price: '5200000.00',
    durationMonths: 20,
    milestones: [
      { title: '35 MPa IV型瓶组集成', month: 8, deliverable: '瓶组系统样机' },
      { title: '70 MPa瓶研发', month: 20, deliverable: '样瓶与测试报告' },
    ],
    feedback: '分阶段方案务实，但首阶段不满足70 MPa的核心指标，本次流标。',
  },

  // ——— ch-cabin-noise (NO_WINNER) ———
  {
    challengeKey: 'ch-cabin-noise',
    organizationKey: 'gongcheng',
    approach:
      '在客室顶板布置16通道次级声源与误差传声器，采用多通道FxLMS并以轮轨激励加速度信号作为参考；350 km/h实车测试中100–500 Hz头部位置降噪4.3 dB(A)。计划通过增加次级声源数量提升降噪量，但系统增重预计约38 kg/辆。',
    teamLead: { name: '孔维', title: '副教授', role: '项目负责人' },
    teamMembers: [{ name: '伍峰', title: '讲师', role: '控制算法' }],
    price: '1900000.00',
    durationMonths: 15,
    milestones: [
      { title: '系统扩展设计', month: 5, deliverable: '24通道系统方案' },
      { title: '实车试验', month: 15, deliverable: '线路试验报告' },
    ],
    feedback: '已有实车数据，但降噪量4.3 dB(A)未达指标且增重超限，本次流标；如后续指标调整，欢迎再次合作。',
  },
  {
    challengeKey: 'ch-cabin-noise',
    organizationKey: 'university',
    approach:
      '采用座椅头枕集成扬声器的局部主动降噪方案，仅在乘客头部附近形成静区，系统重量轻；台架试验中静区内降噪3.5 dB(A)，乘客头部移动时效果下降。头枕扬声器与座椅一体化设计，单座增重约0.4 kg，整车需改造全部座椅，且对站立乘客和过道区域无降噪效果。',
    teamLead: { name: '许文博', title: '副教授', role: '项目负责人' },
    teamMembers: [{ name: '曲晓彤', title: '讲师', role: '声学测试' }],
    price: '1500000.00',
    durationMonths: 12,
    milestones: [
      { title: '头枕降噪样机', month: 6, deliverable: '样机与台架报告' },
      { title: '实车试验', month: 12, deliverable: '试验报告' },
    ],
    feedback: '头枕方案轻量化思路好，但降噪量不足且静区范围小，本次流标。',
  },

  // ——— ch-vulcanization-vocs (NO_WINNER) ———
  {
    challengeKey: 'ch-vulcanization-vocs',
    organizationKey: 'gaofenzi',
    approach:
      '采用已在2家轮胎厂运行的“水洗+干式过滤预处理—疏水沸石转轮10–15倍浓缩—三室RTO”工艺，出口非甲烷总烃<10 mg/m³、臭气浓度<800；浓缩气可实现RTO自持燃烧。报价含转轮、RTO本体及安装工程，运行能耗随废气浓度波动，暂不作年度承诺。',
    teamLead: { name: '俞琳', title: '研究员', role: '项目负责人' },
    teamMembers: [
      { name: '关鹏', title: '工程师', role: '工艺设计' },
      { name: '孙嘉禾', title: '工程师', role: '工程实施' },
    ],
    price: '3150000.00',
    durationMonths: 10,
    milestones: [
      { title: '设计与设备制造', month: 6, deliverable: '设计文件、转轮与RTO设备' },
      { title: '安装调试与验收监测', month: 10, deliverable: '验收监测报告' },
    ],
    feedback: '技术路线成熟可靠，但报价为悬赏金额的2.1倍且未承诺运行能耗，经协商未达成一致，本次流标。',
  },
  {
    challengeKey: 'ch-vulcanization-vocs',
    organizationKey: 'xinneng',
    approach:
      '采用“预处理+活性炭吸附浓缩+催化燃烧（CO）”组合，投资低于RTO方案；吸附床定期脱附再生，运行能耗较低，但需定期更换催化剂与活性炭。活性炭采用蜂窝状疏水炭，设计使用寿命2年，催化剂为贵金属蜂窝催化剂，需定期检测硫中毒情况。',
    teamLead: { name: '阎浩', title: '高级工程师', role: '项目负责人' },
    teamMembers: [{ name: '傅雯', title: '工程师', role: '工程设计' }],
    price: '2700000.00',
    durationMonths: 9,
    milestones: [
      { title: '设计与制造', month: 6, deliverable: '设备' },
      { title: '调试与监测', month: 9, deliverable: '监测报告' },
    ],
    feedback: '方案投资相对较低，但仍为悬赏金额的1.8倍，且未给出年运行能耗承诺，本次流标。',
  },

  // ——— ch-mash-screening (NO_WINNER) ———
  {
    challengeKey: 'ch-mash-screening',
    organizationKey: 'yike',
    approach:
      '依托本校含肝活检病理的MASLD队列（1860例），联合瞬时弹性成像、MRI-PDFF与PRO-C3、CK-18构建两步法无创模型，内部验证AUC 0.87；外部验证需联合4家医院新建队列，含活检金标准的验证样本预计12个月可达800例。',
    teamLead: { name: '宁远', title: '主任医师', role: '项目负责人' },
    teamMembers: [
      { name: '卓然', title: '副主任医师', role: '临床队列' },
      { name: '鲍静怡', title: '副研究员', role: '统计建模' },
    ],
    price: '1450000.00',
    durationMonths: 14,
    milestones: [
      { title: '模型优化与内部验证', month: 4, deliverable: '模型与内部验证报告' },
      { title: '多中心外部验证', month: 14, deliverable: '外部验证报告、标准操作规程' },
    ],
    feedback: '队列基础与模型性能均较好，但外部验证周期无法满足临床启动计划，双方同意本次流标，待方案调整后再合作。',
  },
  {
    challengeKey: 'ch-mash-screening',
    organizationKey: 'lanwan',
    approach:
      '从血清代谢组学角度筛选MASH进展相关标志物，构建代谢物组合诊断模型；需先开展发现队列研究，外部验证在第二年开展。本所具备超高效液相—高分辨质谱代谢组学平台，可承担大样本检测；临床样本需由合作医院提供，目前尚无含肝活检病理的MASH队列。',
    teamLead: { name: '包媛', title: '助理研究员', role: '项目负责人' },
    teamMembers: [{ name: '褚天宇', title: '助理研究员', role: '代谢组学分析' }],
    price: '1200000.00',
    durationMonths: 20,
    milestones: [
      { title: '标志物发现', month: 10, deliverable: '候选标志物报告' },
      { title: '模型验证', month: 20, deliverable: '验证报告' },
    ],
    feedback: '代谢组学思路有探索价值，但缺少含活检金标准的临床队列，周期过长，本次流标。',
  },

  // ——— ch-winch-ahc (CONTRACTED) ———
  {
    challengeKey: 'ch-winch-ahc',
    organizationKey: 'jingzhi',
    approach:
      '采用本院在4000吨级科考船海试验证的主动升沉补偿方案：MRU测量船舶升沉，前馈+模型预测控制驱动变频电机与液压马达混合执行机构，3 m有义波高下残余升沉≤8%；排缆器与卷筒电子齿轮同步，6000 m铠装缆排缆误差≤0.5倍缆径。先在本院Stewart平台完成硬件在环测试，再随发榜方科考船海试。',
    teamLead: { name: '何振宇', title: '研究员', role: '项目负责人' },
    teamMembers: [
      { name: '韦嘉', title: '高级工程师', role: '控制算法' },
      { name: '顾一鸣', title: '工程师', role: '电气与PLC集成' },
      { name: '钟静', title: '工程师', role: '试验与海试' },
    ],
    price: '3600000.00',
    durationMonths: 15,
    milestones: [
      { title: '控制系统设计与仿真', month: 4, deliverable: '控制方案、仿真报告' },
      { title: '台架联调', month: 9, deliverable: 'Stewart平台硬件在环试验报告' },
      { title: '实船海试与交付', month: 15, deliverable: '海试报告、控制软件源代码与调试手册' },
    ],
    awarded: true,
    feedback: '方案已有同类科考船海试验证，电液混合驱动与排缆同步设计成熟，确定为挂帅方并已签订技术开发合同。',
  },
  {
    challengeKey: 'ch-winch-ahc',
    organizationKey: 'institute',
    approach:
      '基于本院ROV收放系统经验，采用全液压驱动的主动补偿绞车控制，配合张力闭环；液压方案功率密度高，但能耗较大，需对发榜方绞车液压系统进行较大改造。本院ROV收放系统的液压补偿装置在3级海况下残余升沉约9%，迁移到6000米级绞车需要重新设计液压泵站与蓄能器，预计新增液压功率150 kW。',
    teamLead: { name: '邓凯', title: '副研究员', role: '项目负责人' },
    teamMembers: [{ name: '王硕', title: '工程师', role: '液压系统' }],
    price: '3300000.00',
    durationMonths: 16,
    milestones: [
      { title: '液压系统改造设计', month: 6, deliverable: '改造方案' },
      { title: '联调与海试', month: 16, deliverable: '海试报告' },
    ],
    feedback: '液压补偿方案可行，但需较大改动现有绞车液压系统，改造风险与能耗偏高，未中选。',
  },
  {
    challengeKey: 'ch-winch-ahc',
    organizationKey: 'haiwan',
    approach:
      '提出“被动蓄能器补偿+小功率主动补偿”的半主动方案，被动部分承担大部分冲击载荷，主动部分精调，能耗低、成本低；补偿精度预计残余升沉约15%。被动补偿器已在拖曳作业中应用，峰值缆绳张力可降低45%，主动部分采用小功率伺服电机，整套系统功率仅为全主动方案的约30%。',
    teamLead: { name: '孔令涛', title: '教授', role: '项目负责人' },
    teamMembers: [{ name: '袁浩然', title: '讲师', role: '控制设计' }],
    price: '2500000.00',
    durationMonths: 14,
    milestones: [
      { title: '半主动系统设计', month: 5, deliverable: '设计方案' },
      { title: '台架与海试', month: 14, deliverable: '试验报告' },
    ],
    feedback: '半主动方案节能且经济，但补偿精度未达到≤10%的指标，未中选。',
  },

  // ——— ch-fc-coldstart (CONTRACTED) ———
  {
    challengeKey: 'ch-fc-coldstart',
    organizationKey: 'xinneng',
    approach:
      '移植本院已验证的冷启动控制策略：以电化学阻抗在线估计膜含水量，优化停机吹扫终点；冷启动阶段采用低电压运行与氢气循环泵协同自加热，110 kW系统在-30 ℃环境舱无辅助加热450 s内达到50%额定功率，60次冷启动衰减<2%。按ISO 26262 ASIL B流程完成软件开发与文档，并在呼伦贝尔冬季实车标定。',
    teamLead: { name: '万丽君', title: '副研究员', role: '项目负责人' },
    teamMembers: [
      { name: '阎浩', title: '高级工程师', role: '控制策略' },
      { name: '傅雯', title: '工程师', role: '软件开发与功能安全' },
    ],
    price: '2300000.00',
    durationMonths: 12,
    milestones: [
      { title: '策略移植与台架验证', month: 4, deliverable: '控制软件、台架测试报告' },
      { title: '-30 ℃环境舱验证', month: 7, deliverable: '环境舱冷启动试验报告' },
      { title: '冬季实车标定与量产集成', month: 12, deliverable: '实车试验报告、功能安全文档' },
    ],
    awarded: true,
    feedback: '已有同功率等级系统-30 ℃无辅助冷启动数据，功能安全流程完备，确定为挂帅方并已签约。',
  },
  {
    challengeKey: 'ch-fc-coldstart',
    organizationKey: 'gongcheng',
    approach:
      '基于电堆三维多相流与结冰动力学模型，设计最优冷启动电流加载曲线，并通过模型降阶实现控制器在线计算；目前处于仿真验证阶段，需在发榜方台架上完成标定。模型已用公开文献的单电池冷启动数据校核，预测冰含量误差约10%，尚未在电堆级别进行验证，控制器移植工作量需与发榜方共同评估。',
    teamLead: { name: '龚学军', title: '教授', role: '项目负责人' },
    teamMembers: [{ name: '童欣', title: '博士研究生', role: '多相流建模' }],
    price: '1800000.00',
    durationMonths: 14,
    milestones: [
      { title: '模型开发', month: 6, deliverable: '降阶模型' },
      { title: '台架标定', month: 14, deliverable: '标定报告' },
    ],
    feedback: '建模方法深入，但尚无系统级冷启动实测数据，工程化风险较高，未中选。',
  },
  {
    challengeKey: 'ch-fc-coldstart',
    organizationKey: 'university',
    approach:
      '采用冷却液回路相变蓄热装置储存停机余热，启动时释放热量辅助升温，可降低PTC能耗；属于辅助加热方案的改进。蓄热装置采用相变温度58 ℃的有机相变材料，容积约12 L，可使冷却液在-30 ℃环境下3 min内升温至5 ℃以上，但需增加约15 kg重量。',
    teamLead: { name: '柴永辉', title: '副教授', role: '项目负责人' },
    teamMembers: [{ name: '丛林', title: '讲师', role: '热管理设计' }],
    price: '1500000.00',
    durationMonths: 12,
    milestones: [
      { title: '蓄热装置设计', month: 6, deliverable: '样件' },
      { title: '系统验证', month: 12, deliverable: '试验报告' },
    ],
    feedback: '蓄热方案仍属辅助加热，不符合无辅助冷启动的核心要求，未中选。',
  },

  // ——— ch-vip-fridge (CONTRACTED) ———
  {
    challengeKey: 'ch-vip-fridge',
    organizationKey: 'gongcheng',
    approach:
      '采用本校湿法玻璃纤维芯材（纤维直径3–5 μm）、CaO+Ba-Li复合吸气剂与三层镀铝PET/EVOH高阻隔膜，10 mm VIP初始导热系数2.0 mW/(m·K)，85 ℃加速老化折算25年≤4.5 mW/(m·K)；联合两家国内芯材与膜材企业建立供应链，配合发榜方发泡工艺完成整机能耗与可靠性验证。',
    teamLead: { name: '鲍志强', title: '教授', role: '项目负责人' },
    teamMembers: [
      { name: '欧晓', title: '讲师', role: '芯材与吸气剂' },
      { name: '阎冰', title: '工程师', role: '阻隔膜与老化测试' },
    ],
    price: '2100000.00',
    durationMonths: 14,
    milestones: [
      { title: 'VIP配方与寿命评价方法确认', month: 4, deliverable: 'VIP样品、加速老化评价方法' },
      { title: '供应链与小批量试产', month: 9, deliverable: '试产VIP 5000片、一致性报告' },
      { title: '整机验证', month: 14, deliverable: '整机能耗与可靠性试验报告' },
    ],
    awarded: true,
    feedback: '长寿命VIP的老化数据充分，供应链方案可落地，确定为挂帅方并已签订合同。',
  },
  {
    challengeKey: 'ch-vip-fridge',
    organizationKey: 'university',
    approach:
      '借鉴本校冷藏车厢体VIP复合保温结构经验，采用“VIP+聚氨酯缓冲层”设计提高抗穿刺与可靠性；VIP芯材与阻隔膜采用市售产品，重点在于结构设计与装配工艺。厢体VIP在道路振动条件下的可靠性数据可为冰箱门体结构提供参考，门体缓冲层厚度约3 mm。',
    teamLead: { name: '左丹', title: '教授', role: '项目负责人' },
    teamMembers: [{ name: '包涵', title: '讲师', role: '结构设计' }],
    price: '1400000.00',
    durationMonths: 10,
    milestones: [
      { title: '门体与侧壁结构设计', month: 5, deliverable: '结构方案' },
      { title: '整机验证', month: 10, deliverable: '能耗测试报告' },
    ],
    feedback: '结构设计有借鉴意义，但未解决VIP本身寿命衰减这一核心问题，未中选。',
  },
  {
    challengeKey: 'ch-vip-fridge',
    organizationKey: 'gaofenzi',
    approach:
      '开发气相二氧化硅芯材VIP，长期性能衰减小，但成本约为玻纤芯材的2.5倍，且相同厚度下初始导热系数略高。气相二氧化硅芯材在85 ℃加速老化后导热系数增幅小于30%，但初始导热系数约4 mW/(m·K)，在10 mm厚度下难以达到能耗目标，芯材需从国外采购。',
    teamLead: { name: '郑雪梅', title: '研究员', role: '项目负责人' },
    teamMembers: [{ name: '苏荷', title: '工程师', role: '芯材工艺' }],
    price: '1900000.00',
    durationMonths: 15,
    milestones: [
      { title: '气相二氧化硅芯材开发', month: 8, deliverable: '芯材与VIP样品' },
      { title: '整机验证', month: 15, deliverable: '测试报告' },
    ],
    feedback: '寿命优势明显，但成本过高、初始导热系数不满足超薄门体要求，未中选。',
  },

  // ——— ch-dh-maize (CONTRACTED) ———
  {
    challengeKey: 'ch-dh-maize',
    organizationKey: 'nongye',
    approach:
      '提供本校选育的温带高频诱导系JDI-5（ZmPLA1/ZmDMP双突变，诱导率12–15%），配合R1-nj与高油双标记近红外自动分选（准确率95%）；幼苗期秋水仙素—除草剂协同加倍，加倍率38%。在发榜方莱西育种站建设DH生产线，编制操作规程并培训6名技术人员，首年产出DH系不少于1万份。',
    teamLead: { name: '房春生', title: '教授', role: '项目负责人' },
    teamMembers: [
      { name: '顾远', title: '副教授', role: '单倍体识别与加倍' },
      { name: '鲁晓晴', title: '博士研究生', role: '田间试验' },
    ],
    price: '3300000.00',
    durationMonths: 24,
    milestones: [
      { title: '诱导系适应性鉴定', month: 6, deliverable: '莱西、三亚两地诱导率鉴定报告' },
      { title: 'DH生产线建设', month: 12, deliverable: '分选设备与加倍车间、操作规程' },
      { title: '规模化生产与培训', month: 24, deliverable: 'DH系1万份以上、培训记录' },
    ],
    awarded: true,
    feedback: '诱导系性能与工程化体系均经实际运行检验，确定为挂帅方并已签约。',
  },
  {
    challengeKey: 'ch-dh-maize',
    organizationKey: 'lanwan',
    approach:
      '采用花药/小孢子离体培养途径获得玉米单倍体，不依赖诱导系；但玉米小孢子培养基因型依赖性强，成胚率不稳定，需针对发榜方种质逐一优化。本所在组织培养方面有较好基础，已建立部分水稻与小麦花药培养体系，玉米小孢子成胚率在0.5–3%之间，年产能预计约2000份DH系。',
    teamLead: { name: '聂建国', title: '高级工程师', role: '项目负责人' },
    teamMembers: [{ name: '吴晓琳', title: '工程师', role: '组织培养' }],
    price: '2200000.00',
    durationMonths: 24,
    milestones: [
      { title: '培养体系优化', month: 12, deliverable: '培养体系报告' },
      { title: 'DH系生产', month: 24, deliverable: 'DH系' },
    ],
    feedback: '离体培养途径基因型依赖性强，难以满足年产1万份的规模要求，未中选。',
  },

  // ——— ch-bearing-quench (COMPLETED) ———
  {
    challengeKey: 'ch-bearing-quench',
    organizationKey: 'jingzhi',
    approach:
      '采用双感应器同步起始、反向扫描至末端搭接区的“预热—追赶”策略消除软带，以电磁—热—相变耦合仿真优化功率与速度曲线；配套双感应器同步跟随工装，可直接安装于发榜方中频淬火机床。工艺覆盖3.5 m与4.2 m两种规格，完成解剖检测与整机厂认证。',
    teamLead: { name: '何振宇', title: '研究员', role: '项目负责人' },
    teamMembers: [
      { name: '祁冬', title: '高级工程师', role: '工艺仿真' },
      { name: '宗华', title: '工程师', role: '工装设计' },
      { name: '龙飞', title: '工程师', role: '检测与认证' },
    ],
    price: '2650000.00',
    durationMonths: 14,
    milestones: [
      { title: '工艺仿真与工装设计', month: 4, deliverable: '仿真报告、双感应器工装' },
      { title: '试验环件淬火与解剖', month: 9, deliverable: '硬度、硬化层与金相检测报告' },
      { title: '产品验证与整机厂认证', month: 14, deliverable: '工艺评定报告、认证文件' },
    ],
    awarded: true,
    feedback: '无软带淬火方案已在3.6 m轴承上完成工艺验证，工装可直接利用现有机床，确定为挂帅方。',
  },
  {
    challengeKey: 'ch-bearing-quench',
    organizationKey: 'gongcheng',
    approach:
      '采用整圈同时加热的环形感应器一次淬火，从原理上避免软带；但需新制大功率电源与专用感应器，设备投资较大，对不同规格需配置不同感应器。整圈淬火需要功率约2000 kW的中频电源和与滚道形状完全匹配的环形感应器，每种规格感应器制造周期约3个月，适合批量大、规格少的产品。',
    teamLead: { name: '霍建军', title: '教授', role: '项目负责人' },
    teamMembers: [{ name: '钱晓', title: '副教授', role: '感应器设计' }],
    price: '3400000.00',
    durationMonths: 18,
    milestones: [
      { title: '感应器与电源设计', month: 8, deliverable: '设计方案' },
      { title: '工艺验证', month: 18, deliverable: '验证报告' },
    ],
    feedback: '整圈淬火思路可行，但需新增大功率设备，投资超出预期，未中选。',
  },
  {
    challengeKey: 'ch-bearing-quench',
    organizationKey: 'university',
    approach:
      '通过激光熔覆对软带区域进行局部强化，使其硬度接近正常淬火区；可作为现有工艺的补救措施，不改变主淬火工艺。熔覆材料选用与基体匹配的铁基合金粉末，熔覆层硬度可达58 HRC，但熔覆层与基体界面的残余应力与疲劳性能需要进一步试验验证。',
    teamLead: { name: '邹卫国', title: '教授', role: '项目负责人' },
    teamMembers: [{ name: '赖鑫', title: '工程师', role: '激光工艺' }],
    price: '1600000.00',
    durationMonths: 12,
    milestones: [
      { title: '激光强化工艺', month: 6, deliverable: '工艺参数' },
      { title: '验证', month: 12, deliverable: '检测报告' },
    ],
    feedback: '局部强化属补救措施，整机厂对熔覆层疲劳性能存在顾虑，未中选。',
  },

  // ——— ch-tire-xray (COMPLETED) ———
  {
    challengeKey: 'ch-tire-xray',
    organizationKey: 'gongcheng',
    approach:
      '基于本校构建的14类轮胎X光缺陷标注库（11万张），采用高分辨率分块检测与周期纹理背景抑制，检出率99.2%、误判率1.8%；结合发榜方8万张历史标注图像进行迁移训练，对接现有X光机与MES，实现自动判定、可疑图像复核与缺陷统计，并支持新增缺陷在线标注与模型迭代。',
    teamLead: { name: '詹宇', title: '副教授', role: '项目负责人' },
    teamMembers: [
      { name: '庞依然', title: '讲师', role: '检测模型' },
      { name: '桂林', title: '硕士研究生', role: '数据标注与测试' },
    ],
    price: '1150000.00',
    durationMonths: 9,
    milestones: [
      { title: '模型迁移训练', month: 3, deliverable: '检测模型、离线评估报告' },
      { title: '产线部署与MES对接', month: 6, deliverable: '两条产线部署、接口文档' },
      { title: '试运行与验收', month: 9, deliverable: '3个月试运行报告' },
    ],
    awarded: true,
    feedback: '专用缺陷库与背景抑制方法针对性强，离线指标已达要求，确定为挂帅方。',
  },
  {
    challengeKey: 'ch-tire-xray',
    organizationKey: 'kongtian',
    approach:
      '采用本院小样本工业视觉平台，以视觉基础模型+异常检测实现缺陷识别，只需少量缺陷样本即可上线，适用于新规格快速切换；对帘线稀线等细微缺陷的识别精度有待针对性优化。平台在家电钣金与注塑外观检测中漏检率小于0.3%，新缺陷类型的上线周期约1周。',
    teamLead: { name: '严博文', title: '研究员', role: '项目负责人' },
    teamMembers: [{ name: '符佳', title: '算法工程师', role: '视觉模型' }],
    price: '980000.00',
    durationMonths: 8,
    milestones: [
      { title: '平台适配', month: 4, deliverable: '检测模型' },
      { title: '产线部署', month: 8, deliverable: '部署报告' },
    ],
    feedback: '平台通用性好，但对帘线类细微缺陷的识别能力弱于专用方案，未中选。',
  },

  // ——— ch-protocol-gateway (COMPLETED) ———
  {
    challengeKey: 'ch-protocol-gateway',
    organizationKey: 'kongtian',
    approach:
      '采用本院已部署3100余台的多协议工业网关软件，内置62种驱动，支持对无文档老旧PLC进行协议自动识别与点表半自动生成，单台接入平均25 min；移植到国产ARM工控机，支持断网缓存7天与MQTT/OPC UA上云，并按设备型号沉淀驱动模板形成平台协议库。',
    teamLead: { name: '严博文', title: '研究员', role: '项目负责人' },
    teamMembers: [
      { name: '阮志', title: '工程师', role: '协议驱动开发' },
      { name: '鞠鹏', title: '工程师', role: '网关移植与部署' },
      { name: '包志远', title: '工程师', role: '现场实施' },
    ],
    price: '960000.00',
    durationMonths: 8,
    milestones: [
      { title: 'ARM工控机移植', month: 2, deliverable: '网关软件版本、兼容性测试报告' },
      { title: '协议识别与点表生成工具', month: 5, deliverable: '配置工具、协议库' },
      { title: '500台设备部署验证', month: 8, deliverable: '接入记录、实施手册' },
    ],
    awarded: true,
    feedback: '方案已有大规模部署验证，协议识别能力直接解决我方痛点，确定为挂帅方。',
  },
  {
    challengeKey: 'ch-protocol-gateway',
    organizationKey: 'gongcheng',
    approach:
      '研究基于流量报文的工业协议逆向方法，自动推断未知私有协议的字段结构；方法通用性强，但处于研究阶段，工程化网关软件需另行开发。原型已能识别12种常见工业协议的报文结构，对加密或压缩的私有协议识别能力有限，后续需要与网关厂商合作实现工程化产品。',
    teamLead: { name: '詹宇', title: '副教授', role: '项目负责人' },
    teamMembers: [{ name: '庞博', title: '讲师', role: '协议逆向' }],
    price: '800000.00',
    durationMonths: 12,
    milestones: [
      { title: '协议逆向方法', month: 6, deliverable: '方法与原型' },
      { title: '原型验证', month: 12, deliverable: '验证报告' },
    ],
    feedback: '协议逆向研究有前瞻性，但工程化程度不足，难以在项目周期内完成500台部署，未中选。',
  },
  {
    challengeKey: 'ch-protocol-gateway',
    organizationKey: 'jingzhi',
    approach:
      '采用硬件网关方案，外接电流、振动传感器采集设备状态，不依赖PLC通信协议，适合完全无法通信的老旧设备；但只能获得设备状态类数据，无法采集工艺参数。网关内置4路电流与2路振动采集通道，通过4G上云，单套硬件成本约1800元，安装时无需停机，适合冲床、老旧机床等无通信接口设备。',
    teamLead: { name: '臧晓', title: '高级工程师', role: '项目负责人' },
    teamMembers: [{ name: '卫宁', title: '工程师', role: '硬件开发' }],
    price: '1100000.00',
    durationMonths: 10,
    milestones: [
      { title: '硬件网关研制', month: 5, deliverable: '网关样机' },
      { title: '部署验证', month: 10, deliverable: '部署报告' },
    ],
    feedback: '外挂传感方案对无通信设备有补充价值，但无法获取工艺参数，未中选。',
  },
];
