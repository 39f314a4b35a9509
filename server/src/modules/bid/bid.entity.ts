import { Check, Entity, Enum, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { MoneyScalar } from '../../graphql/money';
import { Challenge } from '../challenge/challenge.entity';
import { Organization } from '../organization/organization.entity';
import { User } from '../user/user.entity';
import { AttachmentMeta, BidOutcome, BidStatus, Milestone, TeamMember } from './bid.types';

/**
 * A proposal (揭榜方案) of an institute or university for a challenge. Sealed: who may read it is decided by
 * BidAccess (bid-access.ts) for every query path. One per organization and challenge; at most one AWARDED per
 * challenge.
 */
@ObjectType({ description: 'A proposal (揭榜方案) for a challenge. Sealed: see the access rules in the README.' })
@Entity()
@Unique({ properties: ['challenge', 'organization'] })
// At most one awarded bid per challenge, whatever the application does: award is exactly-once.
@Index({
  name: 'bid_one_award_per_challenge',
  expression: `create unique index "bid_one_award_per_challenge" on "bid" ("challenge_id") where "outcome" = 'AWARDED'`,
})
@Check({ name: 'bid_price_check', expression: 'price >= 0' })
@Check({ name: 'bid_duration_months_check', expression: 'duration_months > 0' })
export class Bid extends BaseEntity<'status' | 'outcome' | 'teamMembers' | 'milestones' | 'attachments'> {
  @Index()
  @ManyToOne(() => Challenge)
  challenge!: Rel<Challenge>;

  @Index()
  @ManyToOne(() => Organization)
  organization!: Rel<Organization>;

  @ManyToOne(() => User)
  submittedBy!: Rel<User>;

  @Field({ description: 'Technical approach (技术路线).' })
  @Property({ type: 'text' })
  approach!: string;

  @Field(() => TeamMember)
  @Property({ type: 'json' })
  teamLead!: TeamMember;

  @Field(() => [TeamMember])
  @Property({ type: 'json' })
  teamMembers: TeamMember[] = [];

  @Field(() => MoneyScalar, { description: 'Quoted price in yuan.' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  price!: string;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  durationMonths!: number;

  @Field(() => [Milestone])
  @Property({ type: 'json' })
  milestones: Milestone[] = [];

  @Field(() => [AttachmentMeta])
  @Property({ type: 'json' })
  attachments: AttachmentMeta[] = [];

  @Field(() => BidStatus)
  @Enum({ items: () => BidStatus, nativeEnumName: 'bid_status' })
  status: BidStatus = BidStatus.SUBMITTED;

  @Field(() => BidOutcome)
  @Enum({ items: () => BidOutcome, nativeEnumName: 'bid_outcome' })
  outcome: BidOutcome = BidOutcome.PENDING;

  @Field(() => String, { nullable: true, description: "The owner's feedback to this bidder, shown with the outcome." })
  @Property({ type: 'text', nullable: true })
  feedback?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  withdrawnAt?: Date | null;
}
