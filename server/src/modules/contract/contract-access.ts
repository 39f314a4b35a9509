import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { ContractBroker } from './contract-broker.entity';
import type { TechContract } from './contract.entity';

export interface ContractRelation {
  bureau: boolean;
  buyer: boolean;
  seller: boolean;
  broker: boolean;
}

/** How the viewer relates to a contract; `brokerIds` are the users credited with it. */
export function contractRelation(viewer: Viewer | null, contract: TechContract, brokerIds: readonly string[]): ContractRelation {
  return {
    bureau: Boolean(viewer?.isBureau),
    buyer: Boolean(viewer && contract.buyerOrganization && viewer.isMemberOf(contract.buyerOrganization.id)),
    seller: Boolean(viewer && contract.sellerOrganization && viewer.isMemberOf(contract.sellerOrganization.id)),
    broker: Boolean(viewer && brokerIds.includes(viewer.id)),
  };
}

/** Its two parties, its attributed brokers and the bureau; for anyone else the contract does not exist. */
export function canSeeContract(relation: ContractRelation): boolean {
  return relation.bureau || relation.buyer || relation.seller || relation.broker;
}

/**
 * The MikroORM condition for "contracts this viewer may see", for lists and their counts alike. A broker's
 * contracts are read first (one statement, whatever the page size).
 */
export async function visibleContractsCondition(em: EntityManager, viewer: Viewer): Promise<object> {
  if (viewer.isBureau) return {};
  const organizationIds = viewer.memberships.map((m) => m.organizationId);
  const brokered = viewer.user.isBroker
    ? (await em.find(ContractBroker, { broker: viewer.id }, { fields: ['contract'] })).map((row) => row.contract.id)
    : [];
  const or: object[] = [];
  if (organizationIds.length) {
    or.push({ buyerOrganization: { $in: organizationIds } }, { sellerOrganization: { $in: organizationIds } });
  }
  if (brokered.length) or.push({ id: { $in: brokered } });
  // Nobody to match: a condition no row satisfies (ids are never null).
  return or.length ? { $or: or } : { id: null };
}
