import { Entity, Index, ManyToOne, OneToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { LocalDateResolver } from 'graphql-scalars';
import { Organization } from '../organization/organization.entity';
import { User } from '../user/user.entity';

/**
 * A certified technology broker (技术经纪人): recorded by the bureau, which certifies brokers. The certification
 * date decides the year in which the broker counts toward the yearly "new technology-transfer professionals" target.
 */
@ObjectType({ description: 'The profile of a certified technology broker (技术经纪人).' })
@Entity()
export class BrokerProfile extends BaseEntity<'fieldCodes'> {
  // Exposed through the `user` field resolver (a loader), not directly.
  @OneToOne(() => User, { owner: true, unique: true, deleteRule: 'cascade' })
  user!: Rel<User>;

  @Field({ description: '技术经纪人证书编号, unique.' })
  @Property({ type: 'text', unique: true })
  certificateNumber!: string;

  /** The organization the broker works for; its members see the broker's deals. */
  @Index()
  @ManyToOne(() => Organization)
  organization!: Rel<Organization>;

  @Field(() => [String], { description: 'Technology field codes the broker works in.' })
  @Property({ type: 'text[]', default: '{}' })
  fieldCodes: string[] = [];

  @Field(() => LocalDateResolver, { description: 'Date of certification (取得证书日期); counts toward that year\'s target.' })
  @Index()
  @Property({ type: 'date' })
  certifiedOn!: string;
}
