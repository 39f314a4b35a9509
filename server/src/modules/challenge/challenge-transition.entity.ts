import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { User } from '../user/user.entity';
import { Challenge } from './challenge.entity';
import { ChallengeStatus } from './challenge-status';

/** One step of a challenge's history: who moved it from which state to which, when and why. */
@ObjectType({ description: "A step in a challenge's history." })
@Entity()
export class ChallengeTransition extends BaseEntity {
  @Index()
  @ManyToOne(() => Challenge, { deleteRule: 'cascade' })
  challenge!: Rel<Challenge>;

  /** Null when the platform itself acted (bidding closed at the deadline). */
  @ManyToOne(() => User, { nullable: true })
  actor?: Rel<User> | null;

  @Field(() => ChallengeStatus, { nullable: true, description: 'Null for the creation of the draft.' })
  @Enum({ items: () => ChallengeStatus, nativeEnumName: 'challenge_status', nullable: true })
  fromStatus?: ChallengeStatus | null;

  @Field(() => ChallengeStatus)
  @Enum({ items: () => ChallengeStatus, nativeEnumName: 'challenge_status' })
  toStatus!: ChallengeStatus;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;
}
