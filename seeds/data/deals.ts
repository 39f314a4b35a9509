/**
 * Brokers (技术经纪人) and their deals over the demo year. Days are relative to the day the demo is loaded, like the
 * contracts, so the year always looks current. Deals that reached SIGNED or REGISTERED name the demo contract
 * (data/contracts.ts key) that credits broker@jiebang.demo, so the pipeline, the contracts and the KPIs agree.
 */

export interface SeedBroker {
  /** An existing demo account (broker@, an organization admin) or a new one. */
  email: string;
  displayName?: string;
  organizationKey: 'brokerage' | 'kechuang';
  certificateNumber: string;
  /** Certified this many days before the demo is loaded (this year's count toward the 100 new brokers). */
  certifiedDaysAgo?: number;
  /** Or certified in the previous year, on this month and day. */
  certifiedLastYear?: string;
  fieldCodes: string[];
}

export interface SeedDealStep {
  stage: 'CONTACTED' | 'NEGOTIATING' | 'SIGNED' | 'REGISTERED' | 'LOST';
  daysAgo: number;
  reason?: string;
}

export interface SeedDeal {
  brokerEmail: string;
  title: string;
  description: string;
  buyerKey: string;
  sellerKey: string;
  /** The buyer's first published challenge is what the deal is about. */
  aboutChallenge?: boolean;
  /** The seller's first public capability is what the deal is about. */
  aboutCapability?: boolean;
  expectedValue?: string;
  openedDaysAgo: number;
  steps: SeedDealStep[];
  /** Linked when the deal is SIGNED. */
  contractKey?: string;
  nextActionInDays?: number;
  nextAction?: string;
  activities: Array<{ kind: 'NOTE' | 'CALL' | 'MEETING' | 'VISIT' | 'EMAIL'; daysAgo: number; body: string }>;
}

const SURNAMES = ['赵', '钱', '周', '吴', '郑', '冯', '陈', '褚', '卫', '蒋', '沈', '韩', '杨', '朱', '秦', '许', '何', '吕', '施', '张', '孔', '曹'];
const GIVEN = ['立新', '雅琴', '海涛', '静怡', '志远', '晓彤', '建华', '若溪', '明轩', '佳宁', '振宇', '思源', '文博', '海燕', '子涵', '国栋', '梦瑶', '鹏飞', '玉洁', '浩然', '秀英', '嘉怡'];
const FIELD_SETS = [['MARINE'], ['ENERGY.HYDROGEN', 'ENERGY.LOWCARBON'], ['MANUFACTURING'], ['MATERIALS'], ['INFO.INDUSTRIAL_INTERNET', 'INFO.AI'], ['MARINE.PHARMA']];

/**
 * broker@ and the two agencies' other certified brokers: 17 certified this year (against the target of 100) and 9
 * the year before, spread over the months as certification courses finish.
 */
export const SEED_BROKERS: SeedBroker[] = [
  { email: 'broker@jiebang.demo', organizationKey: 'brokerage', certificateNumber: 'QD-JJR-THIS-0001', certifiedDaysAgo: 300, fieldCodes: ['MARINE', 'ENERGY', 'INFO.INDUSTRIAL_INTERNET'] },
  { email: 'kechuang.transfer@jiebang.demo', organizationKey: 'kechuang', certificateNumber: 'QD-JJR-THIS-0002', certifiedDaysAgo: 280, fieldCodes: ['MARINE.EQUIPMENT', 'ENERGY.HYDROGEN', 'INFO.MEASUREMENT'] },
  ...Array.from({ length: 24 }, (_, i): SeedBroker => {
    const thisYear = i < 15;
    return {
      email: `broker${String(i + 2).padStart(2, '0')}@jiebang.demo`,
      displayName: `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}`,
      organizationKey: i % 3 === 0 ? 'kechuang' : 'brokerage',
      certificateNumber: thisYear ? `QD-JJR-THIS-${String(i + 3).padStart(4, '0')}` : `QD-JJR-LAST-${String(i - 14).padStart(4, '0')}`,
      // This year's courses finish every few weeks; the last ones are recent.
      ...(thisYear ? { certifiedDaysAgo: 260 - i * 16 } : { certifiedLastYear: `${String(3 + (i % 9)).padStart(2, '0')}-15` }),
      fieldCodes: FIELD_SETS[i % FIELD_SETS.length],
    };
  }),
];

export const SEED_DEALS: SeedDeal[] = [
  // ——— broker@jiebang.demo (孙经纪, 青岛蓝谷技术转移中心) ———
  {
    brokerEmail: 'broker@jiebang.demo', title: '深海绞车恒张力控制系统联合开发对接',
    description: '海晟智能装备新一代科考绞车需要恒张力与升沉补偿控制，精密制造研究院有电液伺服控制积累。',
    buyerKey: 'haisheng', sellerKey: 'jingzhi', aboutCapability: true, expectedValue: '3500000.00', openedDaysAgo: 262,
    steps: [{ stage: 'CONTACTED', daysAgo: 250 }, { stage: 'NEGOTIATING', daysAgo: 228 }, { stage: 'SIGNED', daysAgo: 200 }, { stage: 'REGISTERED', daysAgo: 185 }],
    contractKey: 'winch-control',
    activities: [
      { kind: 'VISIT', daysAgo: 255, body: '走访海晟智能装备，梳理绞车控制系统技术需求与指标。' },
      { kind: 'MEETING', daysAgo: 236, body: '组织双方技术负责人会谈，确定联合开发与知识产权共享方式。' },
      { kind: 'NOTE', daysAgo: 190, body: '协助卖方准备技术合同认定登记材料。' },
    ],
  },
  {
    brokerEmail: 'broker@jiebang.demo', title: '海洋生物活性肽制备技术秘密转让撮合',
    description: '蓝海源生物制药拟引进胶原蛋白肽酶解纯化工艺，蓝湾海洋生物技术研究院有成熟工艺包。',
    buyerKey: 'haiyuan', sellerKey: 'lanwan', aboutCapability: true, expectedValue: '5000000.00', openedDaysAgo: 172,
    steps: [{ stage: 'CONTACTED', daysAgo: 163 }, { stage: 'NEGOTIATING', daysAgo: 141 }, { stage: 'SIGNED', daysAgo: 120 }, { stage: 'REGISTERED', daysAgo: 104 }],
    contractKey: 'peptide-transfer',
    activities: [
      { kind: 'CALL', daysAgo: 165, body: '与研究院成果转化办公室电话沟通转让意向与报价区间。' },
      { kind: 'MEETING', daysAgo: 138, body: '三方会谈：技术秘密范围、保密期限与分期付款。' },
    ],
  },
  {
    brokerEmail: 'broker@jiebang.demo', title: '注塑车间工业互联网平台项目',
    description: '慧家智能电器注塑车间设备联网与质量追溯，工业智能与空天信息研究院承担平台开发。',
    buyerKey: 'huijia', sellerKey: 'kongtian', expectedValue: '2800000.00', openedDaysAgo: 300,
    steps: [{ stage: 'CONTACTED', daysAgo: 292 }, { stage: 'NEGOTIATING', daysAgo: 270 }, { stage: 'SIGNED', daysAgo: 240 }, { stage: 'REGISTERED', daysAgo: 228 }],
    contractKey: 'industrial-iot',
    activities: [
      { kind: 'VISIT', daysAgo: 296, body: '现场调研注塑车间，共 46 台设备，PLC 品牌 5 种。' },
      { kind: 'NOTE', daysAgo: 120, body: '合同变更：增加 MES 接口，金额上调，已协助办理变更登记。' },
    ],
  },
  {
    brokerEmail: 'broker@jiebang.demo', title: '燃料电池金属双极板涂层技术开发',
    description: '氢途动力需要低成本耐腐蚀双极板涂层，新能源与低碳技术研究院有磁控溅射涂层中试线。',
    buyerKey: 'qingtu', sellerKey: 'xinneng', aboutChallenge: true, expectedValue: '2400000.00', openedDaysAgo: 95,
    steps: [{ stage: 'CONTACTED', daysAgo: 88 }, { stage: 'NEGOTIATING', daysAgo: 60 }, { stage: 'SIGNED', daysAgo: 20 }],
    contractKey: 'fuelcell-stack', nextActionInDays: 5, nextAction: '跟进科技局认定登记进度',
    activities: [
      { kind: 'EMAIL', daysAgo: 85, body: '发送研究院涂层样片的接触电阻与腐蚀电流测试报告。' },
      { kind: 'MEETING', daysAgo: 45, body: '谈判付款节点：中期以电堆 1000 小时耐久测试为准。' },
      { kind: 'NOTE', daysAgo: 18, body: '合同已签订，卖方已提交认定登记。' },
    ],
  },
  {
    brokerEmail: 'broker@jiebang.demo', title: '风电主轴承滚道表面强化工艺许可',
    description: '鼎轴精密轴承希望引入激光冲击强化工艺提升滚道疲劳寿命，精密制造研究院持有相关发明专利。',
    buyerKey: 'dingzhou', sellerKey: 'jingzhi', aboutCapability: true, expectedValue: '1500000.00', openedDaysAgo: 70,
    steps: [{ stage: 'CONTACTED', daysAgo: 62 }, { stage: 'NEGOTIATING', daysAgo: 30 }],
    nextActionInDays: 3, nextAction: '提交许可合同草案给企业法务',
    activities: [
      { kind: 'CALL', daysAgo: 64, body: '企业技术总监确认需求：滚道疲劳寿命提升 30% 以上。' },
      { kind: 'MEETING', daysAgo: 28, body: '讨论独占许可与普通许可的价格差异。' },
    ],
  },
  {
    brokerEmail: 'broker@jiebang.demo', title: '海洋牧场水质在线监测系统开发',
    description: '澜讯海洋信息拟为海洋牧场客户部署水质在线监测，海洋气象与环境观测研究所有浮标与传感器技术。',
    buyerKey: 'lanxun', sellerKey: 'haiqi', expectedValue: '980000.00', openedDaysAgo: 48,
    steps: [{ stage: 'CONTACTED', daysAgo: 40 }, { stage: 'NEGOTIATING', daysAgo: 12 }],
    nextActionInDays: 8, nextAction: '组织海上联合测试方案评审',
    activities: [{ kind: 'VISIT', daysAgo: 38, body: '陪同企业参观研究所海上观测平台。' }],
  },
  {
    brokerEmail: 'broker@jiebang.demo', title: '重卡电驱桥 NVH 优化技术服务',
    description: '重驰专用汽车电驱桥啸叫问题，工程技术大学半消声室可提供测试与优化服务。',
    buyerKey: 'zhongchi', sellerKey: 'gongcheng', aboutCapability: true, expectedValue: '600000.00', openedDaysAgo: 25,
    steps: [{ stage: 'CONTACTED', daysAgo: 16 }],
    nextActionInDays: 2, nextAction: '约高校团队到企业试验场测试',
    activities: [{ kind: 'CALL', daysAgo: 16, body: '企业同意先做一轮台架测试再谈合作范围。' }],
  },
  {
    brokerEmail: 'broker@jiebang.demo', title: '橡胶密封件老化寿命预测技术咨询',
    description: '橡联轮胎材料希望建立密封件热氧老化寿命预测方法，高分子与复合材料研究院有加速老化试验能力。',
    buyerKey: 'xianglian', sellerKey: 'gaofenzi', expectedValue: '280000.00', openedDaysAgo: 14,
    steps: [{ stage: 'CONTACTED', daysAgo: 9 }],
    nextActionInDays: 6, nextAction: '整理历史老化数据发给研究院',
    activities: [],
  },
  {
    brokerEmail: 'broker@jiebang.demo', title: '智能家电语音交互模组技术许可',
    description: '慧家智能电器新品需要离线语音交互，工业智能与空天信息研究院有端侧语音模型。',
    buyerKey: 'huijia', sellerKey: 'kongtian', aboutCapability: true, expectedValue: '450000.00', openedDaysAgo: 6,
    steps: [], nextActionInDays: 4, nextAction: '约企业产品经理电话沟通',
    activities: [{ kind: 'NOTE', daysAgo: 6, body: '企业在展会上提出需求，留了联系方式。' }],
  },
  {
    brokerEmail: 'broker@jiebang.demo', title: '耐盐碱小麦分子育种合作',
    description: '丰穗种业关注耐盐碱品系，胶东农业大学有分子标记辅助育种平台。',
    buyerKey: 'fengsui', sellerKey: 'nongye', aboutChallenge: true, openedDaysAgo: 3,
    steps: [], nextActionInDays: 10, nextAction: '了解企业已有品系与试验田情况',
    activities: [],
  },
  {
    brokerEmail: 'broker@jiebang.demo', title: '风电齿轮箱润滑状态在线监测',
    description: '鼎轴精密轴承配套齿轮箱润滑监测，海湾大学有油液传感技术。',
    buyerKey: 'dingzhou', sellerKey: 'haiwan', expectedValue: '700000.00', openedDaysAgo: 210,
    steps: [{ stage: 'CONTACTED', daysAgo: 200 }, { stage: 'NEGOTIATING', daysAgo: 170 }, { stage: 'LOST', daysAgo: 150, reason: '企业决定采购进口成套监测设备' }],
    activities: [{ kind: 'MEETING', daysAgo: 168, body: '企业对传感器长期稳定性存疑，要求提供 2 年以上现场数据。' }],
  },
  {
    brokerEmail: 'broker@jiebang.demo', title: '园区综合能源遥感监测数据服务',
    description: '绿碳综合能源希望用遥感数据评估园区屋顶光伏潜力。',
    buyerKey: 'lvtan', sellerKey: 'kongtian', expectedValue: '350000.00', openedDaysAgo: 130,
    steps: [{ stage: 'CONTACTED', daysAgo: 121 }, { stage: 'LOST', daysAgo: 96, reason: '报价差距过大，双方未达成一致' }],
    activities: [],
  },

  // ——— broker@'s colleagues at 青岛蓝谷技术转移中心 ———
  {
    brokerEmail: 'broker03@jiebang.demo', title: '海洋装备钛合金焊接工艺技术服务',
    description: '海晟智能装备耐压壳体焊接质量提升。',
    buyerKey: 'haisheng', sellerKey: 'haiwan', expectedValue: '520000.00', openedDaysAgo: 40,
    steps: [{ stage: 'CONTACTED', daysAgo: 33 }, { stage: 'NEGOTIATING', daysAgo: 11 }],
    nextActionInDays: 7, nextAction: '确认焊接试样数量与检测标准', activities: [{ kind: 'VISIT', daysAgo: 33, body: '现场查看焊接工位与缺陷样件。' }],
  },
  {
    brokerEmail: 'broker03@jiebang.demo', title: '石化装置余热回收热泵方案咨询',
    description: '海融石化装备余热回收方案比选。', buyerKey: 'hairong', sellerKey: 'xinneng', expectedValue: '300000.00', openedDaysAgo: 19,
    steps: [], nextActionInDays: 1, nextAction: '电话确认企业余热参数', activities: [],
  },
  {
    brokerEmail: 'broker04@jiebang.demo', title: '伴随诊断试剂注册路径咨询对接',
    description: '康瑞达生物医药伴随诊断试剂注册策略。', buyerKey: 'kangrui', sellerKey: 'yike', expectedValue: '250000.00', openedDaysAgo: 100,
    steps: [{ stage: 'CONTACTED', daysAgo: 95 }, { stage: 'LOST', daysAgo: 80, reason: '企业已委托其他咨询机构' }],
    activities: [],
  },

  // ——— 青岛西海岸技术转移促进中心 ———
  {
    brokerEmail: 'kechuang.transfer@jiebang.demo', title: '示波器校准技术成果转化',
    description: '为精测电子仪器寻找示波器校准技术来源并组织谈判。', buyerKey: 'jingce', sellerKey: 'haiwan', expectedValue: '900000.00', openedDaysAgo: 80,
    steps: [{ stage: 'CONTACTED', daysAgo: 72 }, { stage: 'NEGOTIATING', daysAgo: 35 }],
    nextActionInDays: 9, nextAction: '安排高校团队到企业演示', activities: [{ kind: 'MEETING', daysAgo: 35, body: '企业希望以技术入股方式合作，需评估作价。' }],
  },
  {
    brokerEmail: 'kechuang.transfer@jiebang.demo', title: '氢燃料电池重卡示范运营数据平台',
    description: '氢途动力示范车队运营数据采集与分析平台。', buyerKey: 'qingtu', sellerKey: 'kongtian', aboutChallenge: true, expectedValue: '1600000.00', openedDaysAgo: 22,
    steps: [{ stage: 'CONTACTED', daysAgo: 15 }], nextActionInDays: 4, nextAction: '收集车队数据接口文档', activities: [],
  },
  {
    brokerEmail: 'broker02@jiebang.demo', title: '轨道车辆铝合金车体焊接变形控制',
    description: '轨程轨道装备车体焊接变形控制技术开发。', buyerKey: 'guicheng', sellerKey: 'gongcheng', expectedValue: '1100000.00', openedDaysAgo: 55,
    steps: [{ stage: 'CONTACTED', daysAgo: 47 }], nextActionInDays: 12, nextAction: '等待企业提供车体图纸', activities: [],
  },
];
