import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { User } from '../user/user.entity';

export enum NotificationKind {
  CHALLENGE_REVIEWED = 'CHALLENGE_REVIEWED',
  BIDS_RECEIVED = 'BIDS_RECEIVED',
  REVIEW_ASSIGNED = 'REVIEW_ASSIGNED',
  BID_OUTCOME = 'BID_OUTCOME',
  DEADLINE_APPROACHING = 'DEADLINE_APPROACHING',
  CHALLENGE_CANCELLED = 'CHALLENGE_CANCELLED',
  CONTRACT_REGISTERED = 'CONTRACT_REGISTERED',
  CONTRACT_REJECTED = 'CONTRACT_REJECTED',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description:
    'CHALLENGE_REVIEWED 榜单审核结果, BIDS_RECEIVED 揭榜截止收到方案, REVIEW_ASSIGNED 评审任务, BID_OUTCOME 揭榜结果, ' +
    'DEADLINE_APPROACHING 截止提醒, CHALLENGE_CANCELLED 榜单取消, CONTRACT_REGISTERED 合同已认定登记, CONTRACT_REJECTED 合同不予登记',
});

/** A message in one user's inbox. Organizations are notified by writing one per member. */
@ObjectType({ description: "A message in the signed-in user's inbox." })
@Entity()
@Index({ properties: ['recipient', 'createdAt'] })
@Index({
  name: 'notification_unread_index',
  expression: `create index "notification_unread_index" on "notification" ("recipient_id") where "read_at" is null`,
})
export class Notification extends BaseEntity {
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  recipient!: Rel<User>;

  @Field(() => NotificationKind)
  @Enum({ items: () => NotificationKind, nativeEnumName: 'notification_kind' })
  kind!: NotificationKind;

  @Field()
  @Property({ type: 'text' })
  title!: string;

  @Field()
  @Property({ type: 'text' })
  body!: string;

  /** Ids of what the message is about; resolved to objects (with access checks) by the resolver. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  challengeId?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  bidId?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  contractId?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null;
}
