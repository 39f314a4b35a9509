import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';

export enum OrganizationKind {
  ENTERPRISE = 'ENTERPRISE',
  INSTITUTE = 'INSTITUTE',
  UNIVERSITY = 'UNIVERSITY',
  BROKERAGE = 'BROKERAGE',
  BUREAU = 'BUREAU',
}
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'ENTERPRISE 企业, INSTITUTE 科研院所, UNIVERSITY 高校, BROKERAGE 技术转移机构, BUREAU 科技局',
});

@ObjectType({ description: 'An enterprise, institute, university, brokerage or the science bureau.' })
@Entity()
export class Organization extends BaseEntity<'tags' | 'description'> {
  @Field(() => OrganizationKind)
  @Enum({ items: () => OrganizationKind, nativeEnumName: 'organization_kind' })
  @Index()
  kind!: OrganizationKind;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: '统一社会信用代码 (18 characters, GB 32100).' })
  @Unique()
  @Property({ type: 'varchar', length: 18 })
  creditCode!: string;

  @Field({ description: 'GB/T 2260 administrative division code (6 digits), e.g. 370212 for 崂山区.' })
  @Index()
  @Property({ type: 'varchar', length: 6 })
  regionCode!: string;

  @Field(() => [String], { description: 'e.g. 高新技术企业, 涉海' })
  @Property({ type: 'text[]', default: '{}' })
  tags: string[] = [];

  @Field()
  @Property({ type: 'text', default: '' })
  description: string = '';
}
