import { Entity, ManyToOne, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';
import { Organization } from '../organization/organization.entity';
import { User } from '../user/user.entity';
import { Challenge } from './challenge.entity';

/** An organization's acceptance of a confidential challenge's NDA, by one of its members. */
@Entity()
@Unique({ properties: ['challenge', 'organization'] })
export class NdaAcceptance extends BaseEntity {
  @ManyToOne(() => Challenge, { deleteRule: 'cascade' })
  challenge!: Rel<Challenge>;

  @ManyToOne(() => Organization)
  organization!: Rel<Organization>;

  @ManyToOne(() => User)
  acceptedBy!: Rel<User>;
}
