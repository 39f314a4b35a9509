import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum CapabilityKind {
  PATENT = 'PATENT',
  PAPER = 'PAPER',
  PROTOTYPE = 'PROTOTYPE',
  SOFTWARE = 'SOFTWARE',
  PROCESS = 'PROCESS',
  EQUIPMENT = 'EQUIPMENT',
  SERVICE = 'SERVICE',
}
registerEnumType(CapabilityKind, {
  name: 'CapabilityKind',
  description: 'PATENT 专利, PAPER 论文, PROTOTYPE 样机, SOFTWARE 软件, PROCESS 工艺, EQUIPMENT 装备, SERVICE 技术服务',
});

export enum CooperationMode {
  LICENCE = 'LICENCE',
  TRANSFER = 'TRANSFER',
  JOINT_DEVELOPMENT = 'JOINT_DEVELOPMENT',
  CONSULTING = 'CONSULTING',
}
registerEnumType(CooperationMode, {
  name: 'CooperationMode',
  description: 'LICENCE 许可, TRANSFER 转让, JOINT_DEVELOPMENT 合作开发, CONSULTING 技术咨询',
});

export enum CapabilityVisibility {
  PUBLIC = 'PUBLIC',
  SIGNED_IN = 'SIGNED_IN',
  PRIVATE = 'PRIVATE',
}
registerEnumType(CapabilityVisibility, {
  name: 'CapabilityVisibility',
  description: 'PUBLIC: everyone; SIGNED_IN: any signed-in user; PRIVATE: the owning organization and the bureau only.',
});

export enum PatentStatus {
  FILED = 'FILED',
  GRANTED = 'GRANTED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(PatentStatus, { name: 'PatentStatus', description: 'FILED 申请中, GRANTED 已授权, EXPIRED 已失效' });

@ObjectType()
export class Patent {
  @Field({ description: 'e.g. ZL202110123456.7' })
  number!: string;

  @Field()
  title!: string;

  @Field(() => PatentStatus)
  status!: PatentStatus;
}

@ObjectType()
export class Person {
  @Field()
  name!: string;

  @Field({ description: 'e.g. 研究员, 教授' })
  title!: string;
}
