import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { User } from '../user/user.entity';
import { DealStage } from './deal-stage';
import { Deal } from './deal.entity';

export enum DealActivityKind {
  NOTE = 'NOTE',
  CALL = 'CALL',
  MEETING = 'MEETING',
  VISIT = 'VISIT',
  EMAIL = 'EMAIL',
  STAGE_CHANGE = 'STAGE_CHANGE',
  CONTRACT_LINKED = 'CONTRACT_LINKED',
}
registerEnumType(DealActivityKind, {
  name: 'DealActivityKind',
  description:
    'NOTE 备注, CALL 电话, MEETING 会谈, VISIT 走访, EMAIL 邮件; STAGE_CHANGE and CONTRACT_LINKED are written by the platform.',
});

/** One entry of a deal's activity log; stage changes are logged here too, so the log is the deal's history. */
@ObjectType({ description: "An entry of a deal's activity log." })
@Entity()
@Index({ properties: ['deal', 'occurredAt'] })
export class DealActivity extends BaseEntity {
  @ManyToOne(() => Deal, { deleteRule: 'cascade' })
  deal!: Rel<Deal>;

  @ManyToOne(() => User)
  author!: Rel<User>;

  @Field(() => DealActivityKind)
  @Enum({ items: () => DealActivityKind, nativeEnumName: 'deal_activity_kind' })
  kind!: DealActivityKind;

  @Field()
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Date, { description: 'When the call, meeting... took place (the entry time for platform entries).' })
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Field(() => DealStage, { nullable: true })
  @Enum({ items: () => DealStage, nativeEnumName: 'deal_stage', nullable: true })
  fromStage?: DealStage | null;

  @Field(() => DealStage, { nullable: true })
  @Enum({ items: () => DealStage, nativeEnumName: 'deal_stage', nullable: true })
  toStage?: DealStage | null;
}
