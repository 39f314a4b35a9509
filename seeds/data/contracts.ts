/**
 * Demo technology contracts written by hand, between the demo organizations, one for each situation a user
 * meets: registered, waiting in the bureau's queue, rejected, a draft, changed (变更) and terminated (终止).
 * Days are relative to the day the demo is loaded, so the demo year always looks current.
 */
export interface SeedContract {
  key: string;
  title: string;
  description: string;
  categoryCode: string;
  fieldCode: string;
  ipType: string;
  planSource: string;
  buyerKey: string;
  sellerKey: string;
  contractAmount: string;
  techTransactionAmount: string;
  /** Days before the demo is loaded. */
  signedDaysAgo: number;
  validMonths: number;
  milestones: Array<{ title: string; dueDaysAfterSigning: number; share: number; paid?: boolean }>;
  brokered?: boolean;
  /** What happens to it; registeredDaysAgo for everything registered. */
  story: 'DRAFT' | 'SUBMITTED' | 'REJECTED' | 'REGISTERED' | 'CHANGED' | 'CHANGE_SUBMITTED' | 'TERMINATED';
  registeredDaysAgo?: number;
  rejectReason?: string;
  change?: { contractAmount: string; techTransactionAmount: string; extraMonths: number; reason: string; daysAgo: number };
  termination?: { performedContractAmount: string; performedTechTransactionAmount: string; reason: string; daysAgo: number };
}

const PAY_3 = [
  { title: '合同签订后预付款', dueDaysAfterSigning: 15, share: 0.3, paid: true },
  { title: '中期检查通过', dueDaysAfterSigning: 180, share: 0.4 },
  { title: '验收合格后尾款', dueDaysAfterSigning: 360, share: 0.3 },
];
const PAY_2 = [
  { title: '首付款', dueDaysAfterSigning: 10, share: 0.5, paid: true },
  { title: '交付验收款', dueDaysAfterSigning: 120, share: 0.5 },
];

export const SEED_CONTRACTS: SeedContract[] = [
  {
    key: 'winch-control', title: '深海绞车恒张力控制系统联合开发', description: '基于电液伺服的深海绞车恒张力与升沉补偿控制系统开发，含半实物仿真平台。',
    categoryCode: 'DEVELOPMENT.COOPERATIVE', fieldCode: 'MARINE.EQUIPMENT', ipType: 'INVENTION_PATENT', planSource: 'CITY',
    buyerKey: 'haisheng', sellerKey: 'jingzhi', contractAmount: '3600000.00', techTransactionAmount: '3100000.00',
    signedDaysAgo: 200, validMonths: 24, milestones: PAY_3, brokered: true, story: 'REGISTERED', registeredDaysAgo: 185,
  },
  {
    key: 'buoy-license', title: '海洋观测浮标数据质控算法专利实施许可', description: '许可使用“一种浮标多源观测数据质量控制方法”发明专利，普通许可，期限五年。',
    categoryCode: 'LICENSE.PATENT', fieldCode: 'MARINE.INFO', ipType: 'INVENTION_PATENT', planSource: 'NONE',
    buyerKey: 'lanxun', sellerKey: 'haiqi', contractAmount: '850000.00', techTransactionAmount: '850000.00',
    signedDaysAgo: 150, validMonths: 60, milestones: PAY_2, story: 'REGISTERED', registeredDaysAgo: 140,
  },
  {
    key: 'peptide-transfer', title: '海洋生物活性肽制备技术秘密转让', description: '转让鱼皮胶原蛋白肽酶解与膜分离纯化工艺技术秘密及配套工艺包。',
    categoryCode: 'TRANSFER.KNOW_HOW', fieldCode: 'MARINE.PHARMA', ipType: 'KNOW_HOW', planSource: 'PROVINCIAL',
    buyerKey: 'haiyuan', sellerKey: 'lanwan', contractAmount: '5200000.00', techTransactionAmount: '4800000.00',
    signedDaysAgo: 120, validMonths: 36, milestones: PAY_3, brokered: true, story: 'REGISTERED', registeredDaysAgo: 104,
  },
  {
    key: 'bearing-consult', title: '风电主轴承失效分析技术咨询', description: '对三台机组主轴承早期失效开展断口分析、润滑评估并提出改进建议。',
    categoryCode: 'CONSULTING', fieldCode: 'MANUFACTURING.BEARING', ipType: 'NONE', planSource: 'NONE',
    buyerKey: 'dingzhou', sellerKey: 'gongcheng', contractAmount: '380000.00', techTransactionAmount: '380000.00',
    signedDaysAgo: 60, validMonths: 6, milestones: PAY_2, story: 'REGISTERED', registeredDaysAgo: 52,
  },
  {
    key: 'fuelcell-stack', title: '燃料电池电堆金属双极板涂层技术开发', description: '开发低成本导电耐蚀涂层并完成1000小时耐久测试。',
    categoryCode: 'DEVELOPMENT.COMMISSIONED', fieldCode: 'ENERGY.HYDROGEN', ipType: 'INVENTION_PATENT', planSource: 'CITY',
    buyerKey: 'qingtu', sellerKey: 'xinneng', contractAmount: '2400000.00', techTransactionAmount: '2000000.00',
    signedDaysAgo: 20, validMonths: 18, milestones: PAY_3, brokered: true, story: 'SUBMITTED',
  },
  {
    key: 'rail-training', title: '轨道车辆轻量化设计技术培训', description: '面向设计人员的铝合金车体拓扑优化与疲劳评估培训，共四期。',
    categoryCode: 'SERVICE.TRAINING', fieldCode: 'MANUFACTURING.RAIL', ipType: 'NONE', planSource: 'NONE',
    buyerKey: 'guicheng', sellerKey: 'haiwan', contractAmount: '160000.00', techTransactionAmount: '160000.00',
    signedDaysAgo: 9, validMonths: 4, milestones: PAY_2, story: 'SUBMITTED',
  },
  {
    key: 'rubber-service', title: '轮胎胎面胶配方性能测试技术服务', description: '完成12组配方的动态力学、磨耗与湿滑性能测试并出具报告。',
    categoryCode: 'SERVICE.GENERAL', fieldCode: 'MATERIALS.RUBBER', ipType: 'NONE', planSource: 'NONE',
    buyerKey: 'xianglian', sellerKey: 'gaofenzi', contractAmount: '450000.00', techTransactionAmount: '300000.00',
    signedDaysAgo: 30, validMonths: 6, milestones: PAY_2, story: 'REJECTED',
    rejectReason: '技术交易额未扣除测试耗材费用，请核减后重新提交。',
  },
  {
    key: 'seed-breeding', title: '耐盐碱小麦分子标记辅助育种合作开发', description: '联合开发耐盐碱小麦新品系，共享品种权。',
    categoryCode: 'DEVELOPMENT.COOPERATIVE', fieldCode: 'AGRICULTURE.SEED', ipType: 'PLANT_VARIETY', planSource: 'NATIONAL',
    buyerKey: 'fengsui', sellerKey: 'nongye', contractAmount: '1800000.00', techTransactionAmount: '1800000.00',
    signedDaysAgo: 3, validMonths: 36, milestones: PAY_3, story: 'DRAFT',
  },
  {
    key: 'industrial-iot', title: '注塑车间工业互联网平台开发', description: '设备联网、工艺参数采集与质量追溯平台开发及部署。',
    categoryCode: 'DEVELOPMENT.COMMISSIONED', fieldCode: 'INFO.INDUSTRIAL_INTERNET', ipType: 'SOFTWARE_COPYRIGHT', planSource: 'NONE',
    buyerKey: 'huijia', sellerKey: 'kongtian', contractAmount: '2900000.00', techTransactionAmount: '2300000.00',
    signedDaysAgo: 240, validMonths: 12, milestones: PAY_3, brokered: true, story: 'CHANGED', registeredDaysAgo: 228,
    change: { contractAmount: '3400000.00', techTransactionAmount: '2750000.00', extraMonths: 6, reason: '增加二期质量追溯模块，合同金额与期限相应调整。', daysAgo: 45 },
  },
  {
    key: 'vehicle-frame', title: '重卡车架轻量化结构优化技术开发', description: '高强钢车架拓扑与尺寸优化，减重8%以上并通过台架试验。',
    categoryCode: 'DEVELOPMENT.COMMISSIONED', fieldCode: 'MANUFACTURING.VEHICLE', ipType: 'UTILITY_MODEL', planSource: 'NONE',
    buyerKey: 'zhongchi', sellerKey: 'jingzhi', contractAmount: '1200000.00', techTransactionAmount: '1000000.00',
    signedDaysAgo: 170, validMonths: 12, milestones: PAY_3, story: 'CHANGE_SUBMITTED', registeredDaysAgo: 160,
    change: { contractAmount: '1450000.00', techTransactionAmount: '1200000.00', extraMonths: 3, reason: '增加整车道路载荷谱采集。', daysAgo: 6 },
  },
  {
    key: 'heat-pump', title: '高温热泵余热回收技术开发', description: '石化装置低温余热回收高温热泵样机开发，因项目所在装置停产提前终止。',
    categoryCode: 'DEVELOPMENT.COMMISSIONED', fieldCode: 'ENERGY.LOWCARBON', ipType: 'INVENTION_PATENT', planSource: 'NONE',
    buyerKey: 'hairong', sellerKey: 'xinneng', contractAmount: '2600000.00', techTransactionAmount: '2200000.00',
    signedDaysAgo: 280, validMonths: 24, milestones: PAY_3, story: 'TERMINATED', registeredDaysAgo: 270,
    termination: { performedContractAmount: '780000.00', performedTechTransactionAmount: '660000.00', reason: '甲方装置停产，双方协商一致终止，已完成方案设计阶段。', daysAgo: 20 },
  },
  {
    key: 'clinical-consult', title: '肝胆肿瘤伴随诊断试剂注册路径技术咨询', description: '就伴随诊断试剂临床试验设计与注册申报路径提供咨询报告。',
    categoryCode: 'CONSULTING', fieldCode: 'BIOMED.CLINICAL.HEPATOBILIARY', ipType: 'NONE', planSource: 'NONE',
    buyerKey: 'kangrui', sellerKey: 'yike', contractAmount: '260000.00', techTransactionAmount: '260000.00',
    signedDaysAgo: 90, validMonths: 6, milestones: PAY_2, story: 'REGISTERED', registeredDaysAgo: 84,
  },
  {
    key: 'broker-service', title: '电子测量仪器成果转化技术中介服务', description: '为示波器校准技术寻找受让方并组织谈判，按成交额收取中介费。',
    categoryCode: 'SERVICE.BROKERAGE', fieldCode: 'INFO.MEASUREMENT', ipType: 'NONE', planSource: 'NONE',
    buyerKey: 'jingce', sellerKey: 'kechuang', contractAmount: '120000.00', techTransactionAmount: '120000.00',
    signedDaysAgo: 75, validMonths: 12, milestones: PAY_2, brokered: true, story: 'REGISTERED', registeredDaysAgo: 70,
  },
];
