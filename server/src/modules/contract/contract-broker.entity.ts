import { Entity, Index, ManyToOne, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';
import { User } from '../user/user.entity';
import { TechContract } from './contract.entity';

/**
 * A broker (技术经纪人) credited with a contract. Each attributed broker is credited with the contract's whole
 * registered amount in their own KPIs, so brokers' contributions do not add up to the city total.
 */
@Entity()
@Unique({ properties: ['contract', 'broker'] })
export class ContractBroker extends BaseEntity {
  @ManyToOne(() => TechContract, { deleteRule: 'cascade' })
  contract!: Rel<TechContract>;

  @Index()
  @ManyToOne(() => User)
  broker!: Rel<User>;
}
