import { Check, Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { MoneyScalar } from '../../graphql/money';
import { Organization } from '../organization/organization.entity';
import { TechField } from '../field/tech-field.entity';
import { User } from '../user/user.entity';
import { ChallengeStatus } from './challenge-status';
import { Confidentiality, DEFAULT_CRITERIA, type Contact, type Indicator, ReviewCriterion } from './challenge.types';

/**
 * A technology challenge (榜单) posted by an enterprise. Fields without @Field here are the confidential
 * details; they are exposed only through `Challenge.details`, which checks who may see them.
 */
@ObjectType({ description: 'A technology challenge (榜单) posted by an enterprise.' })
@Entity()
@Index({ properties: ['status', 'deadline'] })
@Check({ name: 'challenge_bounty_check', expression: 'bounty >= 0' })
@Check({ name: 'challenge_target_trl_check', expression: 'target_trl >= 1 and target_trl <= 9' })
export class Challenge extends BaseEntity<'status' | 'keywords' | 'criteria' | 'indicators' | 'ipTerms'> {
  @ManyToOne(() => Organization)
  @Index()
  ownerOrganization!: Rel<Organization>;

  @ManyToOne(() => User)
  createdBy!: Rel<User>;

  @Field()
  @Property({ type: 'text' })
  title!: string;

  @Field({ description: 'The public summary, shown to everyone once published (also for NDA challenges).' })
  @Property({ type: 'text' })
  summary!: string;

  /** Full problem statement: a detail. */
  @Property({ type: 'text' })
  statement!: string;

  /** Technical indicators (指标): a detail. */
  @Property({ type: 'json' })
  indicators: Indicator[] = [];

  /** Intellectual property terms: a detail. */
  @Property({ type: 'text', default: '' })
  ipTerms: string = '';

  /** Contact person: a detail. */
  @Property({ type: 'json' })
  contact!: Contact;

  @Field(() => MoneyScalar, { description: 'Bounty or budget (悬赏金额) in yuan.' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  bounty!: string;

  @Field({ description: 'Bidding closes at this moment.' })
  @Property({ type: 'datetime' })
  deadline!: Date;

  /** Exposed as `field` and `fieldCode` by the resolver. */
  @Index()
  @ManyToOne(() => TechField, { fieldName: 'field_code' })
  field!: Rel<TechField>;

  @Field(() => [String])
  @Property({ type: 'text[]', default: '{}' })
  keywords: string[] = [];

  @Field(() => Int, { description: 'Target technology readiness level, 1–9.' })
  @Property({ type: 'smallint' })
  targetTrl!: number;

  @Field({ description: 'GB/T 2260 code of where the work is to be done.' })
  @Index()
  @Property({ type: 'varchar', length: 6 })
  regionCode!: string;

  @Field(() => Confidentiality)
  @Enum({ items: () => Confidentiality, nativeEnumName: 'confidentiality' })
  confidentiality!: Confidentiality;

  @Field(() => ChallengeStatus)
  @Enum({ items: () => ChallengeStatus, nativeEnumName: 'challenge_status' })
  status: ChallengeStatus = ChallengeStatus.DRAFT;

  @Field(() => [ReviewCriterion])
  @Property({ type: 'json' })
  criteria: ReviewCriterion[] = DEFAULT_CRITERIA.map((c) => ({ ...c }));

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When bidding closed (the deadline, or when it was noticed).' })
  @Property({ type: 'datetime', nullable: true })
  biddingClosedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "When experts' scores were revealed and ranked." })
  @Property({ type: 'datetime', nullable: true })
  reviewClosedAt?: Date | null;

  /** Set once the "deadline approaching" reminders went out, so they go out once. */
  @Property({ type: 'datetime', nullable: true })
  deadlineReminderSentAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Reason of the last rejection, cancellation or no-winner decision.' })
  @Property({ type: 'text', nullable: true })
  statusReason?: string | null;
}
