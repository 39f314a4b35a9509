import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byKey, groupBy } from '../../graphql/group-by';
import { ContractBroker } from './contract-broker.entity';
import { ContractCategory } from './contract-category.entity';
import { ContractMilestone } from './contract-milestone.entity';
import { ContractRegistration } from './contract-registration.entity';
import { TechContract } from './contract.entity';

/** Contracts and their parts. They return everything: resolvers check access before anything reaches the client. */
export function createContractLoaders(em: EntityManager) {
  return {
    contractById: new DataLoader<string, TechContract | null>(async (ids) => byKey(ids, await em.find(TechContract, { id: { $in: [...ids] } }), (row) => row.id)),
    contractByChallenge: new DataLoader<string, TechContract | null>(async (ids) =>
      byKey(ids, await em.find(TechContract, { challenge: { $in: [...ids] } }), (row) => row.challenge!.id),
    ),
    contractCategoryByCode: new DataLoader<string, ContractCategory | null>(async (codes) =>
      byKey(codes, await em.find(ContractCategory, { code: { $in: [...codes] } }), (row) => row.code),
    ),
    milestonesByContract: new DataLoader<string, ContractMilestone[]>(async (ids) => {
      const rows = await em.find(ContractMilestone, { contract: { $in: [...ids] } }, { orderBy: { position: 'asc' } });
      return groupBy(ids, rows, (row) => row.contract.id);
    }),
    brokerIdsByContract: new DataLoader<string, string[]>(async (ids) => {
      const rows = await em.find(ContractBroker, { contract: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return groupBy(ids, rows, (row) => row.contract.id).map((list) => list.map((row) => row.broker.id));
    }),
    registrationsByContract: new DataLoader<string, ContractRegistration[]>(async (ids) => {
      const rows = await em.find(ContractRegistration, { contract: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return groupBy(ids, rows, (row) => row.contract.id);
    }),
  };
}
