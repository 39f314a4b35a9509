import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CommonError } from '../../errors';
import type { Viewer } from '../auth/viewer';
import { User } from '../user/user.entity';
import { canSeeContract, contractRelation, type ContractRelation } from './contract-access';
import { ContractBroker } from './contract-broker.entity';
import { ContractMilestone } from './contract-milestone.entity';
import type { MilestoneSnapshot } from './contract-registration.entity';
import type { CheckedContract } from './contract-validation';
import { TechContract } from './contract.entity';

/** A new contract, filled by writeContract (the entity's required columns all come from a checked contract). */
export function newContract(tx: EntityManager, createdBy: string | null, origin: Partial<Pick<TechContract, 'challenge' | 'bid'>> = {}): TechContract {
  const contract = new TechContract();
  contract.createdBy = createdBy ? tx.getReference(User, createdBy) : null;
  Object.assign(contract, origin);
  return contract;
}

/** Copies a checked contract onto the entity and replaces its milestones and brokers. */
export async function writeContract(tx: EntityManager, contract: TechContract, checked: CheckedContract): Promise<void> {
  const { data, buyer, seller } = checked;
  Object.assign(contract, {
    title: data.title,
    description: data.description?.trim() ?? '',
    category: checked.category,
    field: checked.field,
    ipType: data.ipType,
    planSource: data.planSource,
    buyerOrganization: buyer.organization,
    buyerName: buyer.name,
    buyerCreditCode: buyer.creditCode,
    buyerRegionCode: buyer.regionCode,
    buyerPartyType: buyer.partyType,
    sellerOrganization: seller.organization,
    sellerName: seller.name,
    sellerCreditCode: seller.creditCode,
    sellerRegionCode: seller.regionCode,
    sellerPartyType: seller.partyType,
    contractAmount: data.contractAmount,
    techTransactionAmount: data.techTransactionAmount,
    signedOn: data.signedOn,
    validFrom: data.validFrom,
    validTo: data.validTo,
  });
  tx.persist(contract);
  await replaceMilestones(tx, contract, checked.milestones);
  await tx.nativeDelete(ContractBroker, { contract: contract.id });
  for (const brokerId of checked.brokerIds) tx.create(ContractBroker, { contract, broker: tx.getReference(User, brokerId) });
}

export async function replaceMilestones(tx: EntityManager, contract: TechContract, milestones: MilestoneSnapshot[]): Promise<void> {
  await tx.nativeDelete(ContractMilestone, { contract: contract.id });
  milestones.forEach((m, i) =>
    tx.create(ContractMilestone, { contract, position: i + 1, title: m.title, dueOn: m.dueOn, amount: m.amount, paidOn: m.paidOn ?? null }),
  );
}

export async function milestoneSnapshots(tx: EntityManager, contractId: string): Promise<MilestoneSnapshot[]> {
  const rows = await tx.find(ContractMilestone, { contract: contractId }, { orderBy: { position: 'asc' } });
  return rows.map((m) => ({ title: m.title, dueOn: m.dueOn, amount: m.amount, paidOn: m.paidOn ?? null }));
}

export async function brokerIdsOf(em: EntityManager, contractId: string): Promise<string[]> {
  return (await em.find(ContractBroker, { contract: contractId }, { fields: ['broker'] })).map((row) => row.broker.id);
}

/**
 * Runs `work` in a transaction holding the contract's row lock, so filings and decisions on one contract happen one
 * at a time. A contract the viewer may not see is NOT_FOUND, never FORBIDDEN: its existence does not leak.
 */
export async function withLockedContract<T>(
  em: EntityManager,
  viewer: Viewer,
  contractId: string,
  work: (tx: EntityManager, contract: TechContract, relation: ContractRelation) => Promise<T>,
): Promise<T> {
  return em.transactional(async (tx) => {
    const contract = await tx.findOne(TechContract, { id: contractId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!contract) throw CommonError.notFound('Contract', contractId);
    const relation = contractRelation(viewer, contract, await brokerIdsOf(tx, contract.id));
    if (!canSeeContract(relation)) throw CommonError.notFound('Contract', contractId);
    return work(tx, contract, relation);
  });
}
