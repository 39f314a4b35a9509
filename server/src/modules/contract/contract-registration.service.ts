import Decimal from 'decimal.js';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterCursorCondition, toConnection, type ConnectionShape } from '../../graphql/connection';
import { ErrorCode, type FieldProblem } from '../../errors';
import type { Viewer } from '../auth/viewer';
import { User } from '../user/user.entity';
import { markContractedOnRegistration } from '../challenge/challenge-contracted';
import { NotificationKind } from '../notification/notification.entity';
import { notifyOrganizations } from '../notification/notification.service';
import { applyToRollups, rollupDelta, type RollupSource } from '../target/contract-rollup';
import { cityToday, isIsoDate } from './contract-dates';
import { ContractRegistration, type MilestoneSnapshot } from './contract-registration.entity';
import { brokerIdsOf, milestoneSnapshots, newContract, replaceMilestones, withLockedContract, writeContract } from './contract-store';
import { checkContract, ContractReferences, moneyProblem, registrationProblems, type ContractMilestoneData, type HistoricalContractData } from './contract-validation';
import { TechContract } from './contract.entity';
import { ContractError } from './contract.errors';
import { ContractStatus, EDITABLE_CONTRACT_STATUSES, RegistrationKind, RegistrationStatus } from './contract.types';
import { registrationNumberProblem } from './registration-number';

export interface RegisterInput {
  contractId: string;
  /** Required for the first registration; a change or termination keeps the contract's number. */
  registrationNumber?: string | null;
  /** Defaults to today. */
  registeredOn?: string | null;
}

export interface ChangeInput {
  contractId: string;
  contractAmount: string;
  techTransactionAmount: string;
  validTo: string;
  milestones?: ContractMilestoneData[] | null;
  reason: string;
}

export interface TerminationInput {
  contractId: string;
  terminatedOn: string;
  performedContractAmount: string;
  performedTechTransactionAmount: string;
  reason: string;
}

/** One row's problems in a batch, by its position in the batch (0-based). */
export interface RowProblems {
  index: number;
  fields: FieldProblem[];
}

export function rollupSource(contract: TechContract, brokerIds: readonly string[]): RollupSource {
  return {
    brokerIds,
    sellerCreditCode: contract.sellerCreditCode,
    buyerCreditCode: contract.buyerCreditCode,
    registeredOn: contract.registeredOn!,
    categoryCode: contract.category.code,
    fieldCode: contract.field.code,
    sellerRegionCode: contract.sellerRegionCode,
    buyerRegionCode: contract.buyerRegionCode,
    sellerPartyType: contract.sellerPartyType,
    buyerPartyType: contract.buyerPartyType,
  };
}

const REGISTRATION_KIND_LABEL: Record<RegistrationKind, string> = {
  [RegistrationKind.INITIAL]: 'The contract (认定登记)',
  [RegistrationKind.CHANGE]: 'The change (变更登记)',
  [RegistrationKind.TERMINATION]: 'The termination (终止登记)',
};

/** Both parties hear the bureau's decision; a party without an account on the platform has nobody to tell. */
function partyOrganizationIds(contract: TechContract): string[] {
  return [contract.sellerOrganization?.id, contract.buyerOrganization?.id].filter((id): id is string => Boolean(id));
}

function problemsToError(problems: FieldProblem[]) {
  if (problems.length) throw ContractError.invalid(problems);
}

/**
 * 认定登记: the seller files (first registration, change 变更, termination 终止), the bureau registers or rejects.
 * Registered amounts, the registration history and the target rollups change together in one transaction.
 */
export class ContractRegistrationService {
  constructor(private readonly em: EntityManager) {}

  /** Seller: files a draft or rejected contract for its first registration. */
  async submit(viewer: Viewer, contractId: string): Promise<TechContract> {
    return withLockedContract(this.em, viewer, contractId, async (tx, contract, relation) => {
      if (!relation.seller) throw ContractError.notTheSeller();
      if (!EDITABLE_CONTRACT_STATUSES.includes(contract.status)) throw ContractError.illegalTransition(contract.status, 'submit it for registration');
      tx.create(ContractRegistration, {
        contract,
        kind: RegistrationKind.INITIAL,
        contractAmount: contract.contractAmount,
        techTransactionAmount: contract.techTransactionAmount,
        validTo: contract.validTo,
        milestones: await milestoneSnapshots(tx, contract.id),
        submittedBy: viewer.id,
      });
      contract.status = ContractStatus.SUBMITTED;
      await tx.flush();
      return contract;
    });
  }

  /** Seller: files a change (变更) of a registered contract's amounts, validity or milestones. */
  async submitChange(viewer: Viewer, input: ChangeInput): Promise<TechContract> {
    return withLockedContract(this.em, viewer, input.contractId, async (tx, contract, relation) => {
      if (!relation.seller) throw ContractError.notTheSeller();
      if (contract.status !== ContractStatus.REGISTERED) throw ContractError.illegalTransition(contract.status, 'file a change');
      const problems: FieldProblem[] = [];
      checkAmounts(input.contractAmount, input.techTransactionAmount, 'contractAmount', 'techTransactionAmount', problems);
      if (!isIsoDate(input.validTo)) problems.push({ field: 'validTo', message: 'must be a date as YYYY-MM-DD' });
      else if (input.validTo < contract.validFrom) problems.push({ field: 'validTo', message: `(${input.validTo}) must not be before validFrom (${contract.validFrom})` });
      if (!input.reason?.trim()) problems.push({ field: 'reason', message: 'is required: say what changes and why' });
      let milestones: MilestoneSnapshot[] = await milestoneSnapshots(tx, contract.id);
      if (input.milestones) {
        // Milestones are checked with the contract rules, against the new amount.
        const { problems: milestoneProblems } = await checkContract(new ContractReferences(tx), {
          ...contractDataOf(contract), contractAmount: input.contractAmount, techTransactionAmount: input.techTransactionAmount, validTo: input.validTo, milestones: input.milestones,
        });
        problems.push(...milestoneProblems.filter((p) => p.field.startsWith('milestones')));
        milestones = input.milestones.map((m) => ({ title: m.title?.trim(), dueOn: m.dueOn, amount: String(m.amount).trim(), paidOn: m.paidOn ?? null }));
      } else if (!moneyProblem(input.contractAmount)) {
        const total = milestones.reduce((sum, m) => sum.plus(m.amount), new Decimal(0));
        if (total.gt(input.contractAmount)) problems.push({ field: 'contractAmount', message: `must cover the milestones (${total.toFixed(2)}); change them too` });
      }
      problemsToError(problems);
      tx.create(ContractRegistration, {
        contract, kind: RegistrationKind.CHANGE, contractAmount: input.contractAmount.trim(), techTransactionAmount: input.techTransactionAmount.trim(),
        validTo: input.validTo, milestones, reason: input.reason.trim(), submittedBy: viewer.id,
      });
      contract.status = ContractStatus.CHANGE_SUBMITTED;
      await tx.flush();
      return contract;
    });
  }

  /**
   * Seller: files a termination (终止). What counts afterwards is what was actually performed: the amounts given
   * here, at most the registered ones.
   */
  async submitTermination(viewer: Viewer, input: TerminationInput): Promise<TechContract> {
    return withLockedContract(this.em, viewer, input.contractId, async (tx, contract, relation) => {
      if (!relation.seller) throw ContractError.notTheSeller();
      if (contract.status !== ContractStatus.REGISTERED) throw ContractError.illegalTransition(contract.status, 'file a termination');
      const problems: FieldProblem[] = [];
      const ok = checkAmounts(input.performedContractAmount, input.performedTechTransactionAmount, 'performedContractAmount', 'performedTechTransactionAmount', problems);
      if (ok && new Decimal(input.performedContractAmount).gt(contract.contractAmount)) {
        problems.push({ field: 'performedContractAmount', message: `must not exceed the registered 成交额 (${contract.contractAmount})` });
      }
      if (ok && new Decimal(input.performedTechTransactionAmount).gt(contract.techTransactionAmount)) {
        problems.push({ field: 'performedTechTransactionAmount', message: `must not exceed the registered 技术交易额 (${contract.techTransactionAmount})` });
      }
      if (!isIsoDate(input.terminatedOn)) problems.push({ field: 'terminatedOn', message: 'must be a date as YYYY-MM-DD' });
      else if (input.terminatedOn < contract.signedOn) problems.push({ field: 'terminatedOn', message: `must not be before signing (${contract.signedOn})` });
      else if (input.terminatedOn > cityToday()) problems.push({ field: 'terminatedOn', message: 'must not be in the future' });
      if (!input.reason?.trim()) problems.push({ field: 'reason', message: 'is required: say why the contract ends early' });
      problemsToError(problems);
      tx.create(ContractRegistration, {
        contract, kind: RegistrationKind.TERMINATION, contractAmount: input.performedContractAmount.trim(),
        techTransactionAmount: input.performedTechTransactionAmount.trim(), validTo: contract.validTo, terminatedOn: input.terminatedOn,
        milestones: await milestoneSnapshots(tx, contract.id), reason: input.reason.trim(), submittedBy: viewer.id,
      });
      contract.status = ContractStatus.TERMINATION_SUBMITTED;
      await tx.flush();
      return contract;
    });
  }

  /**
   * Bureau: registers the pending filing. The first registration takes the 16-digit number (unique) and the date;
   * a change or termination becomes the next version. Counted amounts and rollups move by exactly the difference.
   */
  async register(viewer: Viewer, input: RegisterInput): Promise<TechContract> {
    return withLockedContract(this.em, viewer, input.contractId, async (tx, contract) => {
      const filing = await tx.findOne(ContractRegistration, { contract, status: RegistrationStatus.SUBMITTED });
      if (!filing) throw ContractError.illegalTransition(contract.status, 'register it (nothing is filed)');
      const registeredOn = input.registeredOn ?? cityToday();
      const number = input.registrationNumber?.trim() || null;
      const before = filing.kind === RegistrationKind.INITIAL ? null : { contractAmount: contract.contractAmount, techTransactionAmount: contract.techTransactionAmount };
      if (filing.kind === RegistrationKind.INITIAL) {
        if (!number) throw ContractError.invalidRegistrationNumber('is required for the first registration');
        problemsToError(registrationProblems({ registrationNumber: number, registeredOn, signedOn: contract.signedOn }));
        const taken = await tx.findOne(TechContract, { registrationNumber: number }, { fields: ['id'] });
        if (taken) throw ContractError.registrationNumberTaken(number);
        contract.registrationNumber = number;
        contract.registeredOn = registeredOn;
      } else {
        if (number && number !== contract.registrationNumber) {
          throw ContractError.invalidRegistrationNumber(`must be omitted or equal to the contract's number ${contract.registrationNumber}: changes keep it`);
        }
        const last = await tx.findOne(ContractRegistration, { contract, status: RegistrationStatus.REGISTERED }, { orderBy: { version: 'desc' } });
        const problems: FieldProblem[] = [];
        if (!isIsoDate(registeredOn)) problems.push({ field: 'registeredOn', message: 'must be a date as YYYY-MM-DD' });
        else if (registeredOn > cityToday()) problems.push({ field: 'registeredOn', message: 'must not be in the future' });
        else if (last?.registeredOn && registeredOn < last.registeredOn) problems.push({ field: 'registeredOn', message: `must not be before the previous registration (${last.registeredOn})` });
        problemsToError(problems);
      }
      contract.registeredVersion += 1;
      Object.assign(filing, {
        status: RegistrationStatus.REGISTERED, version: contract.registeredVersion, registrationNumber: contract.registrationNumber,
        registeredOn, decidedBy: tx.getReference(User, viewer.id), decidedAt: new Date(),
      });
      contract.contractAmount = filing.contractAmount;
      contract.techTransactionAmount = filing.techTransactionAmount;
      if (filing.kind === RegistrationKind.CHANGE) {
        contract.validTo = filing.validTo;
        await replaceMilestones(tx, contract, filing.milestones);
      }
      if (filing.kind === RegistrationKind.TERMINATION) contract.terminatedOn = filing.terminatedOn;
      contract.status = filing.kind === RegistrationKind.TERMINATION ? ContractStatus.TERMINATED : ContractStatus.REGISTERED;
      await applyToRollups(tx, [{ source: rollupSource(contract, await brokerIdsOf(tx, contract.id)), delta: rollupDelta(before, filing) }]);
      if (filing.kind === RegistrationKind.INITIAL && contract.challenge) {
        await markContractedOnRegistration(tx, contract.challenge.id, viewer.id, contract.registrationNumber!);
      }
      await notifyOrganizations(tx, partyOrganizationIds(contract), {
        kind: NotificationKind.CONTRACT_REGISTERED,
        title: `合同已认定登记：${contract.title}`,
        body: `${REGISTRATION_KIND_LABEL[filing.kind]} registered on ${registeredOn}, registration number ${contract.registrationNumber}.`,
        challengeId: contract.challenge?.id ?? null,
        contractId: contract.id,
      });
      try {
        await tx.flush();
      } catch (error) {
        if (error instanceof UniqueConstraintViolationException) throw ContractError.registrationNumberTaken(number ?? '');
        throw error;
      }
      return contract;
    });
  }

  /** Bureau: does not register the pending filing (不予登记), with a reason. A rejected change leaves the registered version as it was. */
  async reject(viewer: Viewer, contractId: string, reason: string): Promise<TechContract> {
    return withLockedContract(this.em, viewer, contractId, async (tx, contract) => {
      if (!reason?.trim()) throw ContractError.invalid([{ field: 'reason', message: 'is required: tell the seller what to fix' }]);
      const filing = await tx.findOne(ContractRegistration, { contract, status: RegistrationStatus.SUBMITTED });
      if (!filing) throw ContractError.illegalTransition(contract.status, 'reject it (nothing is filed)');
      Object.assign(filing, { status: RegistrationStatus.REJECTED, rejectionReason: reason.trim(), decidedBy: tx.getReference(User, viewer.id), decidedAt: new Date() });
      contract.status = filing.kind === RegistrationKind.INITIAL ? ContractStatus.REJECTED : ContractStatus.REGISTERED;
      await notifyOrganizations(tx, partyOrganizationIds(contract), {
        kind: NotificationKind.CONTRACT_REJECTED,
        title: `合同不予登记：${contract.title}`,
        body: `${REGISTRATION_KIND_LABEL[filing.kind]} not registered: ${reason.trim()}`,
        challengeId: contract.challenge?.id ?? null,
        contractId: contract.id,
      });
      await tx.flush();
      return contract;
    });
  }

  /** Bureau: pending filings, oldest first (the registration queue). */
  async queue(first: number, after?: string | null): Promise<ConnectionShape<ContractRegistration>> {
    const where = { status: RegistrationStatus.SUBMITTED };
    const [rows, totalCount] = await Promise.all([
      this.em.find(ContractRegistration, { $and: [where, afterCursorCondition(after, 'asc')] }, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: first + 1 }),
      this.em.count(ContractRegistration, where),
    ]);
    return toConnection(rows, first, totalCount);
  }

  /**
   * Checks one historical (already registered) contract for import without writing anything: every problem with
   * its field (`contractAmount`, `buyer.creditCode`, `milestones[0].dueOn`, `registrationNumber`...), empty when it
   * can be imported. Does not see other rows of the same file: importHistorical also checks numbers across the batch.
   */
  async validateHistorical(data: HistoricalContractData, refs = new ContractReferences(this.em)): Promise<FieldProblem[]> {
    const { problems } = await checkContract(refs, data);
    const registration = registrationProblems(data);
    problems.push(...registration);
    if (!registration.some((p) => p.field === 'registrationNumber')) {
      const taken = await this.em.findOne(TechContract, { registrationNumber: data.registrationNumber.trim() }, { fields: ['id'] });
      if (taken) problems.push({ field: 'registrationNumber', message: 'is already used by another contract' });
    }
    return problems;
  }

  /**
   * Imports historical contracts in one transaction, each already REGISTERED (version 1) with its given number and
   * date, and adds them to the rollups. All or nothing: when any row has a problem nothing is written and the
   * error's `rows` lists every row's problems (index in `items`). The caller decides who may import (the bureau).
   */
  async importHistorical(items: HistoricalContractData[], importedBy: string | null = null): Promise<TechContract[]> {
    const refs = new ContractReferences(this.em);
    const rows: RowProblems[] = [];
    const seen = new Map<string, number>();
    for (const [index, data] of items.entries()) {
      const fields = await this.validateHistorical(data, refs);
      const number = data.registrationNumber?.trim();
      if (number && seen.has(number)) fields.push({ field: 'registrationNumber', message: `repeats row ${seen.get(number)! + 1} of this batch` });
      else if (number) seen.set(number, index);
      if (fields.length) rows.push({ index, fields });
    }
    if (rows.length) {
      const first = rows.slice(0, 3).map((r) => `row ${r.index + 1}: ${r.fields.map((p) => `${p.field} ${p.message}`).join('; ')}`);
      throw new ContractError(ErrorCode.BAD_USER_INPUT, 'INVALID_ROWS', `${rows.length} of ${items.length} contracts have problems; nothing was imported (${first.join(' | ')}${rows.length > 3 ? ' | …' : ''}).`, { rows });
    }
    return this.em.transactional(async (tx) => {
      const txRefs = new ContractReferences(tx);
      const contracts: TechContract[] = [];
      const brokers = new Map<TechContract, string[]>();
      for (const data of items) {
        const { checked } = await checkContract(txRefs, data);
        const contract = newContract(tx, importedBy);
        await writeContract(tx, contract, checked!);
        Object.assign(contract, { status: ContractStatus.REGISTERED, registrationNumber: data.registrationNumber.trim(), registeredOn: data.registeredOn, registeredVersion: 1 });
        tx.create(ContractRegistration, {
          contract, kind: RegistrationKind.INITIAL, status: RegistrationStatus.REGISTERED, version: 1,
          contractAmount: contract.contractAmount, techTransactionAmount: contract.techTransactionAmount, validTo: contract.validTo,
          milestones: checked!.milestones.map((m) => ({ ...m, paidOn: m.paidOn ?? null })), registrationNumber: contract.registrationNumber,
          registeredOn: contract.registeredOn, submittedBy: importedBy, decidedBy: importedBy, decidedAt: new Date(), reason: '历史合同导入',
        });
        contracts.push(contract);
        brokers.set(contract, checked!.brokerIds);
      }
      await applyToRollups(tx, contracts.map((c) => ({ source: rollupSource(c, brokers.get(c)!), delta: rollupDelta(null, c) })));
      try {
        await tx.flush();
      } catch (error) {
        if (error instanceof UniqueConstraintViolationException) throw ContractError.registrationNumberTaken('(one of the batch)');
        throw error;
      }
      return contracts;
    });
  }
}

function checkAmounts(amount: string, tech: string, amountField: string, techField: string, problems: FieldProblem[]): boolean {
  const a = moneyProblem(amount);
  const t = moneyProblem(tech);
  if (a) problems.push({ field: amountField, message: a });
  if (t) problems.push({ field: techField, message: t });
  if (a || t) return false;
  if (new Decimal(tech).gt(amount)) {
    problems.push({ field: techField, message: `(技术交易额 ${tech}) must not exceed ${amountField} (成交额 ${amount})` });
    return false;
  }
  return true;
}

/** The contract's current content as ContractData, to re-check parts of it (e.g. new milestones) with the same rules. */
function contractDataOf(contract: TechContract) {
  return {
    title: contract.title, categoryCode: contract.category.code, fieldCode: contract.field.code, ipType: contract.ipType, planSource: contract.planSource,
    buyer: { name: contract.buyerName, creditCode: contract.buyerCreditCode, regionCode: contract.buyerRegionCode, partyType: contract.buyerPartyType },
    seller: { name: contract.sellerName, creditCode: contract.sellerCreditCode, regionCode: contract.sellerRegionCode, partyType: contract.sellerPartyType },
    contractAmount: contract.contractAmount, techTransactionAmount: contract.techTransactionAmount,
    signedOn: contract.signedOn, validFrom: contract.validFrom, validTo: contract.validTo,
  };
}
