import { ContractStatus, IpType, PartyType, PlanSource } from '../contract/contract.types';
import type { ColumnSpec } from './xlsx';

/**
 * The contract sheet, shared by export and import so that an exported file imports as it is. Columns follow the
 * national registration form. Import finds columns by header, in any order; `required` ones must be present.
 */
export const CONTRACT_COLUMNS = [
  { key: 'registrationNumber', header: '登记编号', width: 20, kind: 'text', required: true },
  { key: 'registeredOn', header: '登记日期', width: 12, kind: 'date', required: true },
  { key: 'title', header: '合同名称', width: 36, kind: 'text', required: true },
  { key: 'category', header: '合同类别', width: 14, kind: 'text', required: true },
  { key: 'field', header: '技术领域', width: 18, kind: 'text', required: true },
  { key: 'ipType', header: '知识产权类型', width: 16, kind: 'text', required: true },
  { key: 'planSource', header: '计划来源', width: 14, kind: 'text', required: true },
  { key: 'buyerName', header: '买方名称', width: 28, kind: 'text', required: true },
  { key: 'buyerCreditCode', header: '买方统一社会信用代码', width: 22, kind: 'text', required: true },
  { key: 'buyerRegionCode', header: '买方地区代码', width: 12, kind: 'text', required: true },
  { key: 'buyerPartyType', header: '买方法人类型', width: 14, kind: 'text', required: true },
  { key: 'sellerName', header: '卖方名称', width: 28, kind: 'text', required: true },
  { key: 'sellerCreditCode', header: '卖方统一社会信用代码', width: 22, kind: 'text', required: true },
  { key: 'sellerRegionCode', header: '卖方地区代码', width: 12, kind: 'text', required: true },
  { key: 'sellerPartyType', header: '卖方法人类型', width: 14, kind: 'text', required: true },
  { key: 'contractAmount', header: '成交额（元）', width: 18, kind: 'yuan', required: true },
  { key: 'techTransactionAmount', header: '技术交易额（元）', width: 18, kind: 'yuan', required: true },
  { key: 'signedOn', header: '签订日期', width: 12, kind: 'date', required: true },
  { key: 'validFrom', header: '有效期起', width: 12, kind: 'date', required: true },
  { key: 'validTo', header: '有效期止', width: 12, kind: 'date', required: true },
  { key: 'brokers', header: '技术经纪人证书编号', width: 24, kind: 'text', required: false },
  { key: 'description', header: '技术内容摘要', width: 40, kind: 'text', required: false },
  // Export only: import makes every row a registered contract.
  { key: 'status', header: '合同状态', width: 12, kind: 'text', required: false },
] as const satisfies ReadonlyArray<ColumnSpec & { required: boolean }>;

export type ContractColumnKey = (typeof CONTRACT_COLUMNS)[number]['key'];

export const CONTRACT_SHEET_NAME = '技术合同';

/** Separator of several certificate numbers in one cell (、 as Chinese lists write it; , and ; accepted). */
export const LIST_SEPARATOR = '、';

export const IP_TYPE_LABELS: Record<IpType, string> = {
  [IpType.INVENTION_PATENT]: '发明专利',
  [IpType.UTILITY_MODEL]: '实用新型',
  [IpType.DESIGN_PATENT]: '外观设计',
  [IpType.SOFTWARE_COPYRIGHT]: '计算机软件著作权',
  [IpType.IC_LAYOUT]: '集成电路布图设计',
  [IpType.PLANT_VARIETY]: '植物新品种',
  [IpType.NEW_DRUG]: '生物医药新品种',
  [IpType.KNOW_HOW]: '技术秘密',
  [IpType.OTHER]: '其他',
  [IpType.NONE]: '未涉及知识产权',
};

export const PLAN_SOURCE_LABELS: Record<PlanSource, string> = {
  [PlanSource.JIEBANG]: '揭榜挂帅任务',
  [PlanSource.NATIONAL]: '国家计划',
  [PlanSource.PROVINCIAL]: '省级计划',
  [PlanSource.CITY]: '市级计划',
  [PlanSource.OTHER_PLAN]: '其他计划',
  [PlanSource.NONE]: '非计划',
};

export const PARTY_TYPE_LABELS: Record<PartyType, string> = {
  [PartyType.ENTERPRISE]: '企业',
  [PartyType.INSTITUTE]: '科研院所',
  [PartyType.UNIVERSITY]: '高等院校',
  [PartyType.BROKERAGE]: '技术转移/中介机构',
  [PartyType.GOVERNMENT]: '机关',
  [PartyType.OTHER]: '其他',
};

export const CONTRACT_STATUS_LABELS: Record<ContractStatus, string> = {
  [ContractStatus.DRAFT]: '草稿',
  [ContractStatus.SUBMITTED]: '待登记',
  [ContractStatus.REJECTED]: '不予登记',
  [ContractStatus.REGISTERED]: '已登记',
  [ContractStatus.CHANGE_SUBMITTED]: '变更待登记',
  [ContractStatus.TERMINATION_SUBMITTED]: '终止待登记',
  [ContractStatus.TERMINATED]: '已终止',
};

/** Reads a label back: the Chinese label or the code itself (so files written by other systems with codes work). */
export function fromLabel<T extends string>(labels: Record<T, string>, text: string): T | null {
  const trimmed = text.trim();
  const entry = Object.entries(labels).find(([code, label]) => label === trimmed || code === trimmed.toUpperCase());
  return entry ? (entry[0] as T) : null;
}
