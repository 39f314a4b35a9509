import { registerEnumType } from 'type-graphql';
import { OrganizationKind } from '../organization/organization.entity';

/** Where a technology contract is in registration (认定登记). */
export enum ContractStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  REJECTED = 'REJECTED',
  REGISTERED = 'REGISTERED',
  CHANGE_SUBMITTED = 'CHANGE_SUBMITTED',
  TERMINATION_SUBMITTED = 'TERMINATION_SUBMITTED',
  TERMINATED = 'TERMINATED',
}
registerEnumType(ContractStatus, {
  name: 'ContractStatus',
  description:
    'DRAFT 草稿 → SUBMITTED 待登记 (by the seller) → REGISTERED 已登记 (bureau) or REJECTED 不予登记 (edit and resubmit); ' +
    'a registered contract may have a change (变更) or a termination (终止) submitted: CHANGE_SUBMITTED / TERMINATION_SUBMITTED, ' +
    'then REGISTERED again (with the new version) or TERMINATED. Registered, changed, pending and terminated contracts count ' +
    'with the amounts of their current registered version.',
});

/** Statuses in which a contract counts toward targets (it has a registered version). */
export const COUNTED_STATUSES = [
  ContractStatus.REGISTERED,
  ContractStatus.CHANGE_SUBMITTED,
  ContractStatus.TERMINATION_SUBMITTED,
  ContractStatus.TERMINATED,
];

/** Statuses in which the parties may still edit the contract itself (before its first registration). */
export const EDITABLE_CONTRACT_STATUSES = [ContractStatus.DRAFT, ContractStatus.REJECTED];

export enum RegistrationKind {
  INITIAL = 'INITIAL',
  CHANGE = 'CHANGE',
  TERMINATION = 'TERMINATION',
}
registerEnumType(RegistrationKind, { name: 'RegistrationKind', description: 'INITIAL 登记, CHANGE 变更登记, TERMINATION 终止登记' });

export enum RegistrationStatus {
  SUBMITTED = 'SUBMITTED',
  REGISTERED = 'REGISTERED',
  REJECTED = 'REJECTED',
}
registerEnumType(RegistrationStatus, { name: 'RegistrationStatus', description: 'SUBMITTED 待登记, REGISTERED 已登记, REJECTED 不予登记' });

/** 法人类型 of a party on the registration form, snapshotted from the organization when the contract is made. */
export enum PartyType {
  ENTERPRISE = 'ENTERPRISE',
  INSTITUTE = 'INSTITUTE',
  UNIVERSITY = 'UNIVERSITY',
  BROKERAGE = 'BROKERAGE',
  GOVERNMENT = 'GOVERNMENT',
  OTHER = 'OTHER',
}
registerEnumType(PartyType, {
  name: 'PartyType',
  description: 'ENTERPRISE 企业, INSTITUTE 科研院所, UNIVERSITY 高等院校, BROKERAGE 技术转移/中介机构, GOVERNMENT 机关, OTHER 其他',
});

export const PARTY_TYPE_OF_KIND: Record<OrganizationKind, PartyType> = {
  [OrganizationKind.ENTERPRISE]: PartyType.ENTERPRISE,
  [OrganizationKind.INSTITUTE]: PartyType.INSTITUTE,
  [OrganizationKind.UNIVERSITY]: PartyType.UNIVERSITY,
  [OrganizationKind.BROKERAGE]: PartyType.BROKERAGE,
  [OrganizationKind.BUREAU]: PartyType.GOVERNMENT,
};

/** 知识产权类型 on the registration form. */
export enum IpType {
  INVENTION_PATENT = 'INVENTION_PATENT',
  UTILITY_MODEL = 'UTILITY_MODEL',
  DESIGN_PATENT = 'DESIGN_PATENT',
  SOFTWARE_COPYRIGHT = 'SOFTWARE_COPYRIGHT',
  IC_LAYOUT = 'IC_LAYOUT',
  PLANT_VARIETY = 'PLANT_VARIETY',
  NEW_DRUG = 'NEW_DRUG',
  KNOW_HOW = 'KNOW_HOW',
  OTHER = 'OTHER',
  NONE = 'NONE',
}
registerEnumType(IpType, {
  name: 'IpType',
  description:
    'INVENTION_PATENT 发明专利, UTILITY_MODEL 实用新型, DESIGN_PATENT 外观设计, SOFTWARE_COPYRIGHT 计算机软件著作权, ' +
    'IC_LAYOUT 集成电路布图设计, PLANT_VARIETY 植物新品种, NEW_DRUG 生物医药新品种, KNOW_HOW 技术秘密, OTHER 其他, NONE 未涉及知识产权',
});

/** 计划来源 on the registration form; JIEBANG links the 揭榜 challenge and bid. */
export enum PlanSource {
  JIEBANG = 'JIEBANG',
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  CITY = 'CITY',
  OTHER_PLAN = 'OTHER_PLAN',
  NONE = 'NONE',
}
registerEnumType(PlanSource, {
  name: 'PlanSource',
  description: 'JIEBANG 揭榜挂帅任务, NATIONAL 国家计划, PROVINCIAL 省级计划, CITY 市级计划, OTHER_PLAN 其他计划, NONE 非计划',
});
