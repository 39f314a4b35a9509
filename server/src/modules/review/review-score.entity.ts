import { Check, Entity, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Bid } from '../bid/bid.entity';
import { User } from '../user/user.entity';

/** One expert's score of one bid on one criterion. Hidden from other experts until the review closes. */
@ObjectType({ description: "An expert's score of a bid on one criterion (0–100)." })
@Entity()
@Unique({ properties: ['bid', 'expert', 'criterionKey'] })
@Check({ name: 'review_score_score_check', expression: 'score >= 0 and score <= 100' })
export class ReviewScore extends BaseEntity {
  @Index()
  @ManyToOne(() => Bid, { deleteRule: 'cascade' })
  bid!: Rel<Bid>;

  @ManyToOne(() => User)
  expert!: Rel<User>;

  @Field()
  @Property({ type: 'text' })
  criterionKey!: string;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  score!: number;

  @Field()
  @Property({ type: 'text', default: '' })
  comment: string = '';
}
