import { creditCodeCheckCharacter } from '../server/src/modules/organization/credit-code';
import { OrganizationKind } from '../server/src/modules/organization/organization.entity';

/** Builds a valid 统一社会信用代码 from its first 17 characters (demo data only). */
export function creditCode(first17: string): string {
  const check = creditCodeCheckCharacter(first17);
  if (!check) throw new Error(`bad credit code body ${first17}`);
  return first17 + check;
}

/** Every demo account signs in with this password; printed at start-up in development. */
export const DEMO_PASSWORD = 'jiebang-demo-2026';

export interface DemoOrganization {
  key: string;
  kind: OrganizationKind;
  name: string;
  creditCode: string;
  regionCode: string;
  tags: string[];
  description: string;
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    key: 'bureau',
    kind: OrganizationKind.BUREAU,
    name: '青岛市科学技术局',
    creditCode: creditCode('11370200MB284600'.padEnd(17, '0')),
    regionCode: '370202',
    tags: ['政府机关'],
    description: '负责全市科技创新工作，组织揭榜挂帅项目，开展技术合同认定登记。',
  },
  {
    key: 'enterprise',
    kind: OrganizationKind.ENTERPRISE,
    name: '青岛深蓝海洋装备有限公司',
    creditCode: creditCode('91370211MA3C5FQ2X'),
    regionCode: '370211',
    tags: ['高新技术企业', '涉海'],
    description: '从事深海探测装备、水下机器人和海洋观测浮标的研发与制造。',
  },
  {
    key: 'institute',
    kind: OrganizationKind.INSTITUTE,
    name: '青岛海洋智能装备研究院',
    creditCode: creditCode('12370212MB1R8K3T0'),
    regionCode: '370212',
    tags: ['新型研发机构', '涉海'],
    description: '聚焦海洋传感器、水下通信与智能控制，拥有海洋装备中试平台。',
  },
  {
    key: 'university',
    kind: OrganizationKind.UNIVERSITY,
    name: '青岛滨海理工大学',
    creditCode: creditCode('12370213MB0N4D7H1'),
    regionCode: '370213',
    tags: ['高校'],
    description: '设有材料科学与工程、机械工程、海洋技术等学科，承担多项国家重点研发计划。',
  },
  {
    key: 'brokerage',
    kind: OrganizationKind.BROKERAGE,
    name: '青岛蓝谷技术转移中心',
    creditCode: creditCode('52370215MJ7W2P9L3'),
    regionCode: '370215',
    tags: ['技术转移示范机构'],
    description: '提供技术经纪、成果评价、技术合同登记辅导等服务。',
  },
];

export interface DemoUser {
  email: string;
  displayName: string;
  role: string;
  organizationKey?: string;
  isExpert?: boolean;
  isBroker?: boolean;
}

export const DEMO_USERS: DemoUser[] = [
  { email: 'bureau@jiebang.demo', displayName: '王科长', role: '科技局工作人员', organizationKey: 'bureau' },
  { email: 'enterprise@jiebang.demo', displayName: '李总工', role: '企业（发榜方）管理员', organizationKey: 'enterprise' },
  { email: 'institute@jiebang.demo', displayName: '陈研究员', role: '院所（揭榜方）管理员', organizationKey: 'institute' },
  { email: 'university@jiebang.demo', displayName: '赵教授', role: '高校（揭榜方）管理员', organizationKey: 'university' },
  { email: 'expert@jiebang.demo', displayName: '周专家', role: '评审专家', isExpert: true },
  { email: 'broker@jiebang.demo', displayName: '孙经纪', role: '技术经纪人', organizationKey: 'brokerage', isBroker: true },
];
