import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byKey, groupBy } from '../../graphql/group-by';
import { ContractBroker } from '../contract/contract-broker.entity';
import { TechContract } from '../contract/contract.entity';
import { BrokerProfile } from './broker-profile.entity';
import { DealActivity } from './deal-activity.entity';
import { Deal } from './deal.entity';

/** One SQL statement per batch, results in key order. These return everything: resolvers apply the access rules. */
export function createBrokerLoaders(em: EntityManager) {
  return {
    dealById: new DataLoader<string, Deal | null>(async (ids) => byKey(ids, await em.find(Deal, { id: { $in: [...ids] } }), (row) => row.id)),
    brokerProfileByUser: new DataLoader<string, BrokerProfile | null>(async (userIds) =>
      byKey(userIds, await em.find(BrokerProfile, { user: { $in: [...userIds] } }), (row) => row.user.id),
    ),
    activitiesByDeal: new DataLoader<string, DealActivity[]>(async (dealIds) => {
      const rows = await em.find(DealActivity, { deal: { $in: [...dealIds] } }, { orderBy: { occurredAt: 'desc', createdAt: 'desc', id: 'desc' } });
      return groupBy(dealIds, rows, (row) => row.deal.id);
    }),
    dealContractById: new DataLoader<string, TechContract | null>(async (ids) =>
      byKey(ids, await em.find(TechContract, { id: { $in: [...ids] } }), (row) => row.id),
    ),
    attributedBrokerIdsByContract: new DataLoader<string, string[]>(async (contractIds) => {
      const rows = await em.find(ContractBroker, { contract: { $in: [...contractIds] } });
      return groupBy(contractIds, rows, (row) => row.contract.id).map((list) => list.map((row) => row.broker.id));
    }),
  };
}
