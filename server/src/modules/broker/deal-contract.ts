import type { EntityManager } from '@mikro-orm/postgresql';
import { CommonError } from '../../errors';
import type { Viewer } from '../auth/viewer';
import { canSeeContract, contractRelation } from '../contract/contract-access';
import { brokerIdsOf } from '../contract/contract-store';
import { TechContract } from '../contract/contract.entity';
import { BrokerError } from './broker.errors';
import type { Deal } from './deal.entity';

/** A contract counts as registered once it has a registered version (later changes and terminations keep it counted). */
export function isContractRegistered(contract: TechContract): boolean {
  return contract.registeredVersion > 0;
}

/**
 * The contract a broker may link to a deal: one they can see (NOT_FOUND otherwise, as everywhere for contracts)
 * that belongs to the deal, i.e. it is between the deal's parties (each party the deal names is on that side of the
 * contract) or it credits the deal's broker.
 */
export async function loadLinkableContract(tx: EntityManager, viewer: Viewer, deal: Deal, contractId: string): Promise<TechContract> {
  const contract = await tx.findOne(TechContract, { id: contractId });
  if (!contract) throw CommonError.notFound('Contract', contractId);
  const brokerIds = await brokerIdsOf(tx, contract.id);
  if (!canSeeContract(contractRelation(viewer, contract, brokerIds))) throw CommonError.notFound('Contract', contractId);
  const attributed = brokerIds.includes(deal.broker.id);
  const buyerId = contract.buyerOrganization?.id;
  const sellerId = contract.sellerOrganization?.id;
  const namesParties = Boolean(deal.buyer || deal.seller);
  const partiesMatch = namesParties && (!deal.buyer || deal.buyer.id === buyerId) && (!deal.seller || deal.seller.id === sellerId);
  if (!attributed && !partiesMatch) throw BrokerError.contractNotRelated();
  return contract;
}
