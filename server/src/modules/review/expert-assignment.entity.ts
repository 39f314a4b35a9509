import { Entity, Index, ManyToOne, Unique, type Rel } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Challenge } from '../challenge/challenge.entity';
import { User } from '../user/user.entity';

/** An expert assigned by the bureau to review the bids of one challenge. */
@ObjectType({ description: 'An expert assigned to review the bids of a challenge.' })
@Entity()
@Unique({ properties: ['challenge', 'expert'] })
export class ExpertAssignment extends BaseEntity {
  @ManyToOne(() => Challenge, { deleteRule: 'cascade' })
  challenge!: Rel<Challenge>;

  @Index()
  @ManyToOne(() => User)
  expert!: Rel<User>;

  @ManyToOne(() => User)
  assignedBy!: Rel<User>;
}
